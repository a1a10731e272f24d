/**
 * Styles of the pages the site server renders itself (status page, preview banner and messages).
 * Served as a file, because the Content-Security-Policy allows no inline styles.
 */
export const STAFF_CSS_PATH = "/_staff.css";

export const STAFF_CSS = `body.staff-page { font: 1rem/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
.staff-page .ok { border-left: .5rem solid #1b7a3a; padding-left: 1rem; }
.staff-page .error { border-left: .5rem solid #b00020; padding-left: 1rem; }
.staff-page pre { white-space: pre-wrap; background: #f4f4f4; padding: .5rem; }
.staff-page dt { font-weight: bold; }
.preview-banner { position: sticky; top: 0; z-index: 1000; background: #5a2d82; color: #fff; padding: .5rem 1rem; font: 600 1rem/1.4 system-ui, sans-serif; text-align: center; }
`;
