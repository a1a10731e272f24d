import { env } from "../src/config/env";

export default () => {
  const { host, port, appKeys, publicUrl, publicDir } = env();
  return {
    host,
    port,
    ...(publicUrl ? { url: publicUrl } : {}),
    app: { keys: appKeys },
    dirs: { public: publicDir },
    // No update checks against the internet.
    logger: { updates: { enabled: false }, startup: { enabled: true } },
  };
};
