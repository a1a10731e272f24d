// Entry of the event page island (loaded only on event pages).
import { mountAll } from "./event-page.ts";

mountAll();
