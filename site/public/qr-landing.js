// QR sign landings (see src/lib/pages/qr.ts). A classic script in <head>, so it runs before the
// page renders; a file, not inline, because the Content-Security-Policy allows no inline script.
// Its data attributes say what to do:
//   data-de, data-en  a /q/<code>/ landing: go to the stop in the browser's language (German fallback)
//   data-codes        /q/?code=…: go to the landing of a known code, or show "no such code"
(() => {
  var script = document.currentScript;
  if (!script) return;
  var data = script.dataset;
  if (data.de) {
    var languages = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < languages.length; i++) {
      var primary = String(languages[i]).toLowerCase().split("-")[0];
      if (primary === "de") return location.replace(data.de);
      if (primary === "en") return location.replace(data.en || data.de);
    }
    return location.replace(data.de);
  }
  if (data.codes) {
    var codes = JSON.parse(data.codes);
    var code = new URLSearchParams(location.search).get("code");
    if (!code) return;
    code = code
      .trim()
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, "");
    if (codes.indexOf(code) >= 0) return location.replace("/q/" + code + "/");
    document.addEventListener("DOMContentLoaded", () => {
      var messages = document.querySelectorAll("[data-qr-nomatch]");
      for (var m = 0; m < messages.length; m++) messages[m].hidden = false;
      var inputs = document.querySelectorAll("[data-qr-form] input");
      for (var n = 0; n < inputs.length; n++) inputs[n].value = code;
    });
  }
})();
