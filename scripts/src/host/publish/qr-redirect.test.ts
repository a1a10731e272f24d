import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { notFoundPageFor, preferredLocale } from "./qr-redirect.ts";

const request = (acceptLanguage?: string) =>
  ({ headers: acceptLanguage === undefined ? {} : { "accept-language": acceptLanguage } }) as IncomingMessage;

describe("the site server's language choice", () => {
  it("takes the first site language of Accept-Language by weight, German when there is none", () => {
    expect(preferredLocale("en-GB,en;q=0.9,de;q=0.8")).toBe("en");
    expect(preferredLocale("fr-FR,fr;q=0.9,en;q=0.5,de;q=0.4")).toBe("en");
    expect(preferredLocale("de;q=0.2,en;q=0.9")).toBe("en");
    expect(preferredLocale("en;q=0,de")).toBe("de");
    expect(preferredLocale("fr, pl")).toBe("de");
    expect(preferredLocale(undefined)).toBe("de");
  });

  it("answers a miss below /q/ with the unknown-code page and elsewhere with the 404 page in that language", () => {
    expect(notFoundPageFor("/q/nope/", request("en"))).toBe("q/unknown-en/index.html");
    expect(notFoundPageFor("/q/nope/", request())).toBe("q/unknown-de/index.html");
    expect(notFoundPageFor("/objekte/x/", request("en-US"))).toBe("en/404.html");
    expect(notFoundPageFor("/en/objects/x/", request("de"))).toBe("en/404.html");
    expect(notFoundPageFor("/objekte/x/", request("de-AT"))).toBe("404.html");
  });
});
