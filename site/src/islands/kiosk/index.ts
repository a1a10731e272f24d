// Entry of the kiosk script (loaded only by kiosk pages).
import { readSettings, startKiosk } from "./kiosk.ts";

const settings = readSettings(document.body);
if (settings) startKiosk(settings);
else console.warn("[kiosk] the page's body lacks the kiosk settings (data-kiosk-*)");
