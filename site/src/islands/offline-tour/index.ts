// Entry of the offline tour island (loaded only on tour pages).
import { mountOfflineTour } from "./offline-tour.ts";

for (const root of document.querySelectorAll<HTMLElement>("[data-offline-tour]")) void mountOfflineTour(root);
