// The REST client's error mapping and paging, against a small local server that answers in
// Strapi 5's response shapes. The main path runs against a real CMS in tests/content-source/.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CmsRequestError, createCmsClient } from "./cms-client.ts";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let server: Server | undefined;
const requested: URL[] = [];

async function serve(handler: Handler): Promise<string> {
  requested.length = 0;
  server = createServer((request, response) => {
    requested.push(new URL(request.url ?? "/", "http://cms"));
    handler(request, response);
  });
  await new Promise<void>((done) => server?.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
  server = undefined;
});

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function strapiError(status: number, name: string, message: string) {
  return { data: null, error: { status, name, message, details: {} } };
}

async function failure(promise: Promise<unknown>): Promise<CmsRequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CmsRequestError);
  return error as CmsRequestError;
}

describe("the CMS REST client", () => {
  it("names the URL, the status and Strapi's message when the CMS refuses a query", async () => {
    const url = await serve((_, response) =>
      json(response, 400, strapiError(400, "ValidationError", "Invalid key unknown")),
    );
    const error = await failure(createCmsClient({ url }).entries("place", "de"));
    expect(error.status).toBe(400);
    expect(error.url).toContain(`${url}/api/places?`);
    expect(error.message).toContain("answered 400 (ValidationError: Invalid key unknown)");
    expect(error.message).toContain(`for GET ${url}/api/places?status=published&locale=de`);
  });

  it("says to check the token when the CMS answers 401 or 403", async () => {
    const url = await serve((_, response) =>
      json(response, 403, strapiError(403, "ForbiddenError", "Forbidden")),
    );
    const error = await failure(createCmsClient({ url, token: "wrong" }).entries("tour", "en"));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/answered 403 \(ForbiddenError: Forbidden\).*Check the API token/);
  });

  it("keeps the status line when the error body is not JSON (a proxy's error page)", async () => {
    const url = await serve((_, response) => {
      response.writeHead(502, "Bad Gateway", { "content-type": "text/html" });
      response.end("<h1>502</h1>");
    });
    const error = await failure(createCmsClient({ url }).entries("place", "de"));
    expect(error.message).toContain("answered 502 (Bad Gateway)");
  });

  it("names the address and what to do when nothing answers in time", async () => {
    const url = await serve(() => undefined);
    const error = await failure(createCmsClient({ url, timeoutMs: 200 }).entries("place", "de"));
    expect(error.status).toBeUndefined();
    expect(error.message).toContain(`Cannot reach the CMS at ${url} (no answer within 0.2 s)`);
    expect(error.message).toContain("npm start");
  });

  it("reads every page of a collection, in order", async () => {
    const all = Array.from({ length: 5 }, (_, index) => ({ documentId: `d${index}` }));
    const url = await serve((request, response) => {
      const query = new URL(request.url ?? "/", "http://cms").searchParams;
      const page = Number(query.get("pagination[page]"));
      const pageSize = Number(query.get("pagination[pageSize]"));
      json(response, 200, {
        data: all.slice((page - 1) * pageSize, page * pageSize),
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(all.length / pageSize), total: 5 } },
      });
    });
    const entries = await createCmsClient({ url, pageSize: 2 }).entries("place", "de");
    expect(entries).toEqual(all);
    expect(requested.map((request) => request.searchParams.get("pagination[page]"))).toEqual(["1", "2", "3"]);
  });

  it("gives null for a single type without a published entry (Strapi answers 404)", async () => {
    const url = await serve((_, response) =>
      json(response, 404, strapiError(404, "NotFoundError", "Not Found")),
    );
    expect(await createCmsClient({ url }).single("imprint", "de")).toBeNull();
  });
});
