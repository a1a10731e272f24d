/** URLs of the event calendar files, next to the event pages (from the URL scheme, like every URL). */
export { calendarFeedPath, eventCalendarPath } from "@showroom/content-types/url-scheme";
