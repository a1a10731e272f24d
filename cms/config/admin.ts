import { env } from "../src/env/env";
import { previewConfig } from "../src/preview/preview-config";

export default () => {
  const { adminJwtSecret, apiTokenSalt, transferTokenSalt, encryptionKey } = env();
  return {
    auth: { secret: adminJwtSecret },
    apiToken: { salt: apiTokenSalt },
    transfer: { token: { salt: transferTokenSalt } },
    secrets: { encryptionKey },
    // Strapi's login limiter counts successful logins too; src/middlewares/login-limit.ts replaces it.
    rateLimit: { enabled: false },
    // No product tours, surveys or upsell banners for museum staff.
    flags: { nps: false, promoteEE: false },
    // "Vorschau": drafts rendered by the site's own build, behind a signed link (src/preview/).
    preview: previewConfig(),
  };
};
