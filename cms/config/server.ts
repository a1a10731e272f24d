import { env } from "../src/config/env";

export default () => {
  const { host, port, appKeys, publicUrl, publicDir } = env();
  return {
    host,
    port,
    ...(publicUrl ? { url: publicUrl } : {}),
    app: { keys: appKeys },
    dirs: { public: publicDir },
  };
};
