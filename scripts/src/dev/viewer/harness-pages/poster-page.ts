/** Test object page: only the poster-first script, exactly as the site includes it. */
import "@showroom/viewer/poster-first.ts";
