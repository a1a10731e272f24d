// QR sign landings (see src/lib/page-data/qr.ts). A classic script in <head>, so it runs before the
// page renders; a file, not inline, because the Content-Security-Policy allows no inline script.
// Its data attributes say what to do:
//   data-de, data-en  a /q/<code>/ landing: go to the stop in the browser's language (German fallback)
//   data-codes        /q/?code=…: go to the landing of a known code, or show "no such code"
(() => {
  const script = document.currentScript;
  if (!script) return;
  const data = script.dataset;
  if (data.de) {
    const languages = navigator.languages || [navigator.language || ""];
    for (const language of languages) {
      const primary = String(language).toLowerCase().split("-")[0];
      if (primary === "de") return location.replace(data.de);
      if (primary === "en") return location.replace(data.en || data.de);
    }
    return location.replace(data.de);
  }
  if (data.codes) {
    const codes = JSON.parse(data.codes);
    const given = new URLSearchParams(location.search).get("code");
    if (!given) return;
    const code = given
      .trim()
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, "");
    if (codes.includes(code)) return location.replace(`/q/${code}/`);
    document.addEventListener("DOMContentLoaded", () => {
      for (const message of document.querySelectorAll("[data-qr-nomatch]")) message.hidden = false;
      for (const input of document.querySelectorAll("[data-qr-form] input")) input.value = code;
    });
  }
})();
