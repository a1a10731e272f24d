/**
 * The CMS refuses to publish a tour stop whose panorama hotspot points at a stop or object that is
 * not published (real Strapi, as the admin's "Publish" calls it), naming the hotspot in German and
 * English, and publishes once the target is.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

const STOP = "api::tour-stop.tour-stop";
const BASE = `/content-manager/collection-types/${STOP}`;
let cms: TestStrapi;

beforeAll(async () => {
  cms = await startStrapi();
}, 300_000);
afterAll(async () => {
  await cms?.stop();
});

async function stop(code: string, title: string, hotspots: Record<string, unknown>[] = []) {
  const created = (await cms.strapi.documents(STOP as never).create({
    locale: "de",
    data: { title, code, position: 1, text: "Text der Station.", hotspots },
  } as never)) as { documentId: string };
  return created.documentId;
}

async function publishInAdmin(documentId: string) {
  const response = await cms.adminFetch(`${BASE}/${documentId}/actions/publish?locale=de`, {
    method: "POST",
    role: "editor",
    body: JSON.stringify({}),
  });
  return { status: response.status, body: (await response.json()) as { error?: { message: string } } };
}

describe("hotspots of a tour stop's panorama in the CMS", () => {
  it("refuses to publish a hotspot to an unpublished stop, naming the hotspot, and publishes once the target is published", async () => {
    const target = await stop("VTZIEL1", "Ziel im Entwurf");
    const source = await stop("VTSTART1", "Start", [
      { kind: "stop", label: "Weiter zum Ziel", yaw: 0, pitch: 0, stop: target },
    ]);
    const refused = await publishInAdmin(source);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toContain("Hotspot 1 „Weiter zum Ziel“");
    expect(refused.body.error?.message).toContain(
      "„Ziel im Entwurf“ ist in dieser Sprache nicht veröffentlicht",
    );
    expect(refused.body.error?.message).toContain("is not published in this language");

    expect((await publishInAdmin(target)).status).toBe(200);
    expect((await publishInAdmin(source)).status).toBe(200);
  }, 60_000);

  it("refuses a hotspot without its target and an information point without text", async () => {
    const source = await stop("VTSTART2", "Ohne Ziel", [
      { kind: "object", label: "Zum Objekt", yaw: 10, pitch: 0 },
      { kind: "info", label: "Hinweis", yaw: 20, pitch: 0 },
    ]);
    const refused = await publishInAdmin(source);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toContain("Hotspot 1 „Zum Objekt“: Bitte ein Ziel-Objekt wählen");
    expect(refused.body.error?.message).toContain("Hotspot 2 „Hinweis“: Ein Infopunkt braucht einen Text");
  }, 60_000);

  it("refuses a stop created and published in one write (REST, scripts) whose hotspot points at a draft", async () => {
    const target = await stop("VTZIEL3", "Noch ein Entwurf");
    const write = cms.strapi.documents(STOP as never).create({
      locale: "de",
      status: "published",
      data: {
        title: "Sofort veröffentlicht",
        code: "VTSTART3",
        position: 1,
        text: "Text der Station.",
        hotspots: [
          {
            kind: "stop",
            label: "Zum Entwurf",
            yaw: 0,
            pitch: 0,
            stop: { connect: [{ documentId: target }] },
          },
        ],
      },
    } as never);
    await expect(write).rejects.toThrow(/Hotspot 1 „Zum Entwurf“: Die Ziel-Station „Noch ein Entwurf“/);
  }, 60_000);
});
