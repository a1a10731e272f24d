import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarEvent, calendarFile } from "../../site/src/lib/events/ics.ts";

const options = {
  uidDomain: "showroom.example",
  calendarName: "Veranstaltungen",
  cancelledPrefix: "Abgesagt: ",
  postponedNote: "Verschoben, neuer Termin folgt.",
};

const concert: CalendarEvent = {
  id: "abc123",
  title: "Orgelkonzert in St. Johannis; Werke von Bach, Buxtehude",
  summary:
    "Ein Abend mit Orgelmusik in einer der ältesten Backsteinkirchen Norddeutschlands – mit Kommas, Semikolons; und einem Zeilenumbruch\nin der Beschreibung, die lang genug ist, um gefaltet zu werden.",
  start: "2026-06-12T19:30:00+02:00",
  end: "2026-06-12T21:00:00+02:00",
  location: "St.-Johannis-Kirche, Wallstraße 3, Oldenburg in Holstein",
  geo: { lat: 54.2928, lon: 10.8874 },
  url: "https://showroom.example/veranstaltungen/orgelkonzert/",
  updatedAt: "2026-05-01T10:00:00.000Z",
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
}

describe("calendarFile", () => {
  it("writes an iCalendar file that a parser reads back with the same title, times, place and link", () => {
    const text = calendarFile([concert], options);
    const [parsed] = parse(text);
    expect(parsed).toBeDefined();
    const { event, vevent } = parsed as NonNullable<typeof parsed>;
    expect(event.summary).toBe(concert.title);
    expect(event.description).toContain("Kommas, Semikolons; und einem Zeilenumbruch\nin der Beschreibung");
    expect(event.location).toBe(concert.location);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-06-12T17:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-06-12T19:00:00.000Z");
    expect(event.uid).toBe("abc123@showroom.example");
    expect(vevent.getFirstPropertyValue("url")).toBe(concert.url);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("follows RFC 5545 framing: CRLF line ends and no line longer than 75 octets", () => {
    const text = calendarFile([concert], options);
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text).toMatch(/VERSION:2\.0\r\n/);
    expect(text).toMatch(/PRODID:/);
    const lines = text.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    // Long descriptions must have been folded rather than cut.
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
  });

  it("marks a cancelled event as CANCELLED and says so in the title", () => {
    const [parsed] = parse(calendarFile([{ ...concert, statusOverride: "cancelled" }], options));
    expect(parsed?.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(parsed?.event.summary).toBe(`Abgesagt: ${concert.title}`);
  });

  it("moves a postponed event to its new date with the planned length", () => {
    const moved = {
      ...concert,
      statusOverride: "postponed" as const,
      postponedTo: "2026-07-03T20:00:00+02:00",
    };
    const [parsed] = parse(calendarFile([moved], options));
    expect(parsed?.event.startDate.toJSDate().toISOString()).toBe("2026-07-03T18:00:00.000Z");
    expect(parsed?.event.endDate.toJSDate().toISOString()).toBe("2026-07-03T19:30:00.000Z");
    expect(parsed?.vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("keeps a postponed event without a new date as TENTATIVE with a note", () => {
    const [parsed] = parse(calendarFile([{ ...concert, statusOverride: "postponed" }], options));
    expect(parsed?.vevent.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(parsed?.event.description).toContain("Verschoben, neuer Termin folgt.");
  });

  it("raises the sequence when an event is edited so subscribed calendars replace it", () => {
    const first = parse(calendarFile([concert], options))[0]?.vevent.getFirstPropertyValue("sequence");
    const later = parse(
      calendarFile([{ ...concert, updatedAt: "2026-05-02T10:00:00.000Z" }], options),
    )[0]?.vevent.getFirstPropertyValue("sequence");
    expect(Number(later)).toBeGreaterThan(Number(first));
  });

  it("writes a feed with one entry per event and the calendar name", () => {
    const lecture = {
      ...concert,
      id: "def456",
      title: "Vortrag: Starigard",
      url: "https://showroom.example/veranstaltungen/starigard/",
    };
    const text = calendarFile([concert, lecture], options);
    const entries = parse(text);
    expect(entries.map((entry) => entry.event.uid)).toEqual([
      "abc123@showroom.example",
      "def456@showroom.example",
    ]);
    expect(text).toContain("X-WR-CALNAME:Veranstaltungen");
  });

  it("names the event whose date cannot be read", () => {
    expect(() => calendarFile([{ ...concert, start: "soon" }], options)).toThrow(/abc123.*Orgelkonzert/);
  });
});
