import { env } from "../src/env/env";
import { allowedUploadTypes, uploadSizeLimit } from "../src/env/upload-rules";

export default () => ({
  "users-permissions": {
    // No visitor accounts (src/bootstrap/no-public-accounts.ts turns sign-ups off); should one be
    // made anyway, it could set no field beyond username, e-mail and password.
    config: { jwtSecret: env().jwtSecret, register: { allowedFields: [] } },
  },
  upload: {
    config: {
      sizeLimit: uploadSizeLimit(),
      security: { allowedTypes: allowedUploadTypes() },
    },
  },
});
