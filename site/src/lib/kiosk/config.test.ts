import { describe, expect, it } from "vitest";
import { kioskConfigFromEnv, pickEntries } from "./config.ts";

describe("the kiosk's settings from the environment", () => {
  it("offers both languages, every tour and the default objects when nothing is set", () => {
    expect(kioskConfigFromEnv({})).toEqual({
      tours: undefined,
      objects: undefined,
      languages: ["de", "en"],
      idleSeconds: 90,
    });
  });

  it("reads a language lock, slug lists and the idle time", () => {
    expect(
      kioskConfigFromEnv({
        KIOSK_LANGUAGES: " en ",
        KIOSK_TOURS: "wall, kirche",
        KIOSK_OBJECTS: "kelch",
        KIOSK_IDLE_SECONDS: "5",
      }),
    ).toEqual({ tours: ["wall", "kirche"], objects: ["kelch"], languages: ["en"], idleSeconds: 5 });
  });

  it("names the variable and the fix for a wrong language or idle time", () => {
    expect(() => kioskConfigFromEnv({ KIOSK_LANGUAGES: "de|fr" })).toThrow(
      /KIOSK_LANGUAGES="de\|fr": unknown language "de\|fr". Use de, en or de,en/,
    );
    expect(() => kioskConfigFromEnv({ KIOSK_IDLE_SECONDS: "1.5" })).toThrow(/KIOSK_IDLE_SECONDS="1.5"/);
    expect(() => kioskConfigFromEnv({ KIOSK_IDLE_SECONDS: "0" })).toThrow(/1 or more/);
  });

  it("finds entries by the slug of either language and refuses an unknown slug with the known ones", () => {
    const de = [{ documentId: "a", slug: "wall" }];
    const en = [{ documentId: "a", slug: "rampart" }];
    expect(pickEntries("KIOSK_TOURS", ["rampart", "wall"], [de, en], () => [])).toEqual(["a"]);
    expect(pickEntries("KIOSK_TOURS", undefined, [de, en], () => ["x"])).toEqual(["x"]);
    expect(() => pickEntries("KIOSK_TOURS", ["nope"], [de, en], () => [])).toThrow(
      'KIOSK_TOURS: no published entry has the slug "nope". Known slugs: wall.',
    );
  });
});
