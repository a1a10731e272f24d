/**
 * Enhances the citation box of an object page: today's date in the citation, a copy button
 * (Clipboard API) and a share button when the browser offers the Web Share API.
 */
const box = document.querySelector<HTMLElement>("[data-cite-share]");

if (box) {
  const citation = box.querySelector<HTMLElement>("[data-citation]");
  const copy = box.querySelector<HTMLButtonElement>("[data-copy-citation]");
  const share = box.querySelector<HTMLButtonElement>("[data-share]");
  const status = box.querySelector<HTMLElement>("[data-copy-status]");
  const permalink = box.querySelector<HTMLAnchorElement>("[data-permalink]")?.href ?? location.href;
  const template = citation?.dataset.citationTemplate;
  if (citation && template) {
    const today = new Date().toLocaleDateString(box.dataset.locale === "en" ? "en-GB" : "de-DE");
    citation.textContent = template.replace("{date}", today);
  }
  if (copy && citation && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", async () => {
      await navigator.clipboard.writeText(citation.textContent ?? "");
      if (status) status.textContent = status.dataset.copied ?? "";
    });
  }
  if (share && typeof navigator.share === "function") {
    share.hidden = false;
    share.addEventListener("click", () => {
      // A dismissed share sheet rejects; that is the visitor's choice, not an error.
      navigator.share({ title: box.dataset.title ?? document.title, url: permalink }).catch(() => undefined);
    });
  }
}
