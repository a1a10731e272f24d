// STRAPI_LOG_LEVEL=warn keeps test and script output readable; the default logs every request.
export default () => ({ level: process.env.STRAPI_LOG_LEVEL?.trim() || "http" });
