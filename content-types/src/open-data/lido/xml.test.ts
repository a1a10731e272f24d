import { describe, expect, it } from "vitest";
import { element, escapeXml, plainText, textElement, xmlCharsOnly } from "./xml.ts";

describe("the XML helpers of the LIDO builder", () => {
  it("escapes markup characters in text and attributes", () => {
    expect(escapeXml(`a < b & "c" > d`)).toBe("a &lt; b &amp; &quot;c&quot; &gt; d");
    expect(textElement("x", "1 & 2", { a: 'say "hi"' })).toBe('<x a="say &quot;hi&quot;">1 &amp; 2</x>');
  });

  it("drops control characters, lone surrogates and U+FFFE/U+FFFF, keeping tabs, line breaks and emoji", () => {
    expect(xmlCharsOnly("a\u0000b\u001Fc\uFFFEd\uFFFF")).toBe("abcd");
    expect(xmlCharsOnly("x\uDC00y\uD800")).toBe("xy");
    expect(xmlCharsOnly("t\ta\nb\r🏰")).toBe("t\ta\nb\r🏰");
  });

  it("writes no element for empty text and no wrapper without content", () => {
    expect(textElement("x", "  ")).toBe("");
    expect(textElement("x", null)).toBe("");
    expect(element("w", { a: "1" }, "", [""])).toBe("");
    expect(element("w", { a: undefined }, "<x/>")).toBe("<w><x/></w>");
  });

  it("turns the editors' Markdown into plain text, keeping link texts and paragraphs", () => {
    expect(
      plainText("## Herkunft\n\nDie **Schale** ist *alt*, [mehr](https://example.org).\n\n\n\n> Zitat"),
    ).toBe("Herkunft\n\nDie Schale ist alt, mehr.\n\nZitat");
  });
});
