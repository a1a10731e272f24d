import { env } from "../src/config/env";
import { allowedUploadTypes, uploadSizeLimit } from "../src/config/upload-rules";

export default () => ({
  "users-permissions": { config: { jwtSecret: env().jwtSecret } },
  upload: {
    config: {
      sizeLimit: uploadSizeLimit(),
      security: { allowedTypes: allowedUploadTypes() },
    },
  },
});
