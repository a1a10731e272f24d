/** Admin API path of the basemap the admin's map picker draws (shared by server and admin panel). */
export const BASEMAP_ROUTE = "/map-picker/basemap.geojson";
