/** The admin API route of the spreadsheet import (src/staff-import/register-staff-import.ts). */
export const STAFF_IMPORT_ROUTE = "/staff-import/heritage-items";
