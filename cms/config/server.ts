import { env } from "../src/env/env";

export default () => {
  const { host, port, appKeys, publicUrl, publicDir, proxy } = env();
  return {
    host,
    port,
    ...(publicUrl ? { url: publicUrl } : {}),
    app: { keys: appKeys },
    dirs: { public: publicDir },
    // PROXY=true behind a reverse proxy: the client address (login limits, logs) and https come
    // from X-Forwarded-For / -Proto, trusting only the last PROXY_HOPS addresses, which the
    // proxies added; a client's own X-Forwarded-For entries are ignored. Strapi 5 reads
    // `proxy.koa`: a plain `proxy: true` is silently ignored.
    proxy: { koa: proxy.trusted, maxIpsCount: proxy.trusted ? proxy.hops : 0 },
    // No update checks against the internet.
    logger: { updates: { enabled: false }, startup: { enabled: true } },
  };
};
