import { env } from "../src/config/env";

export default () => ({
  "users-permissions": { config: { jwtSecret: env().jwtSecret } },
});
