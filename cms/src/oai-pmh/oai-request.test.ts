import { describe, expect, it } from "vitest";
import { formatDatestamp, parseDateArgument } from "./datestamps";
import { defaultRepositoryId, isRepositoryId } from "./oai-config";
import { parseOaiRequest } from "./oai-request";
import { decodeResumptionToken, encodeResumptionToken } from "./resumption-token";

const pairs = (query: string) => [...new URLSearchParams(query)];
const codes = (query: string) => {
  const parsed = parseOaiRequest(pairs(query));
  return "errors" in parsed ? parsed.errors.map((error) => error.code) : [];
};

describe("OAI-PMH arguments", () => {
  it("accepts each verb with its arguments", () => {
    expect(codes("verb=Identify")).toEqual([]);
    expect(codes("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-02-01")).toEqual([]);
    expect(codes("verb=ListIdentifiers&resumptionToken=abc")).toEqual([]);
    expect(codes("verb=GetRecord&identifier=oai:a.b:c&metadataPrefix=lido")).toEqual([]);
  });

  it("answers badVerb for a missing, unknown or repeated verb", () => {
    for (const query of ["", "verb=identify", "verb=Identify&verb=ListSets"])
      expect(codes(query), query).toEqual(["badVerb"]);
  });

  it("answers badArgument for unknown, repeated, missing and non-exclusive arguments and bad dates", () => {
    for (const query of [
      "verb=Identify&set=x",
      "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=lido",
      "verb=ListRecords",
      "verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=t",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-1-1",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-01-02T00:00:00Z",
    ])
      expect(codes(query), query).toContain("badArgument");
  });
});

describe("datestamps", () => {
  it("reads both granularities; until covers the whole day or second", () => {
    const day = parseDateArgument("2024-03-05");
    expect(day?.start.toISOString()).toBe("2024-03-05T00:00:00.000Z");
    expect(day?.end.toISOString()).toBe("2024-03-06T00:00:00.000Z");
    const second = parseDateArgument("2024-03-05T12:30:15Z");
    expect(second?.end.toISOString()).toBe("2024-03-05T12:30:16.000Z");
  });

  it("refuses dates that do not exist, local times and fractions of seconds", () => {
    for (const value of [
      "2023-02-29",
      "2024-03-05T24:00:00Z",
      "2024-03-05T12:30:15",
      "2024-03-05T12:30:15.5Z",
    ])
      expect(parseDateArgument(value), value).toBeUndefined();
  });

  it("writes seconds granularity in UTC", () => {
    expect(formatDatestamp(new Date("2024-03-05T12:30:15.999Z"))).toBe("2024-03-05T12:30:15Z");
  });
});

describe("resumption tokens", () => {
  const position = {
    metadataPrefix: "lido",
    from: "2024-01-01",
    after: { datestamp: 1_709_641_815_000, documentId: "abc123" },
    cursor: 200,
  };

  it("round-trip the list position", () => {
    expect(decodeResumptionToken(encodeResumptionToken(position))).toEqual(position);
  });

  it("are refused when altered", () => {
    const token = encodeResumptionToken(position);
    const other = encodeResumptionToken({ ...position, cursor: 0 });
    expect(decodeResumptionToken(`${other.split(".")[0]}.${token.split(".")[1]}`)).toBeUndefined();
    expect(decodeResumptionToken(token.slice(1))).toBeUndefined();
    expect(decodeResumptionToken("")).toBeUndefined();
  });
});

describe("repository identifier", () => {
  it("defaults to the site's host, or a fixed name when the host is no domain", () => {
    expect(defaultRepositoryId("https://kultur.oldenburg-holstein.de/showroom")).toBe(
      "kultur.oldenburg-holstein.de",
    );
    expect(defaultRepositoryId("http://localhost:4321")).toBe("showroom.localhost");
    expect(defaultRepositoryId("http://127.0.0.1:4321")).toBe("showroom.localhost");
    expect(isRepositoryId("showroom")).toBe(false);
  });
});
