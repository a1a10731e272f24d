/**
 * The viewer's styles, as a string so the site can inline them (no extra request before the poster
 * shows) and mount.ts can add them for embeds and React users when the page has not. Colours meet
 * WCAG 2.1 AA contrast on their backgrounds; touch targets are at least 44 px.
 */
export const viewerCss = `
.scan-viewer__figure{margin:0}
.scan-viewer__stage{position:relative;container-type:inline-size;aspect-ratio:4/3;width:100%;background:#e9e6e1;overflow:hidden;border-radius:4px;color:#1a1a1a;font-size:1rem}
.scan-viewer__stage:fullscreen{aspect-ratio:auto;width:100vw;height:100vh;border-radius:0}
.scan-viewer__poster{position:absolute;inset:0;width:100%;height:100%;object-fit:contain}
.scan-viewer__start{position:absolute;left:50%;bottom:1rem;transform:translateX(-50%);font:inherit;font-weight:600;padding:.7rem 1.2rem;min-height:44px;background:#1b3a5c;color:#fff;border:2px solid #fff;border-radius:999px;cursor:pointer;box-shadow:0 1px 4px rgba(0,0,0,.35)}
.scan-viewer__start[hidden]{display:none}
.scan-viewer__start-note{display:block;font-weight:400;font-size:.8125rem}
.scan-viewer__unavailable{position:absolute;left:.5rem;right:.5rem;bottom:.5rem;margin:0;background:rgba(255,255,255,.96);color:#1a1a1a;padding:.6rem .8rem;border-radius:4px;border-left:4px solid #1b3a5c}
.scan-viewer__stalled{margin:.4rem 0 0;display:flex;flex-wrap:wrap;align-items:center;gap:.4rem}
.scan-viewer__stalled[hidden]{display:none}
.scan-viewer__progress--full{left:auto;max-width:22rem;font-size:.875rem}
.scan-viewer button:focus-visible,.scan-viewer a:focus-visible,.scan-viewer__stage button:focus-visible,.scan-viewer__stage a:focus-visible,.scan-viewer__canvas:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
.scan-viewer__canvas:focus-visible{outline-offset:-3px}
.scan-viewer__view{position:absolute;inset:0}
.scan-viewer__canvas{position:absolute;inset:0;width:100%;height:100%;display:block;touch-action:none;cursor:grab}
.scan-viewer--measuring .scan-viewer__canvas{cursor:crosshair}
.scan-viewer--ready .scan-viewer__poster{visibility:hidden}
.scan-viewer__panel{position:absolute;left:.5rem;right:.5rem;bottom:.5rem;background:rgba(255,255,255,.96);color:#1a1a1a;padding:.6rem .8rem;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3)}
.scan-viewer__panel progress{display:block;width:100%;margin-top:.3rem}
.scan-viewer__error{border-left:4px solid #b00020}
.scan-viewer__error p{margin:.2rem 0}
.scan-viewer__toolbar{position:absolute;top:.5rem;left:.5rem;right:.5rem;display:flex;flex-wrap:wrap;gap:.3rem;justify-content:flex-end;pointer-events:none}
.scan-viewer__toolbar>*{pointer-events:auto}
.scan-viewer__stage .scan-viewer__tool{font:inherit;font-size:.875rem;min-width:44px;min-height:44px;padding:0 .6rem;background:rgba(255,255,255,.96);color:#1a1a1a;border:1px solid #595959;border-radius:4px;cursor:pointer;display:inline-flex;align-items:center;justify-content:center;text-decoration:none}
.scan-viewer__tool svg{flex:none}
.scan-viewer__tool svg+.scan-viewer__tool-label{margin-left:.35rem}
@container (max-width:820px){.scan-viewer__toolbar .scan-viewer__tool-label{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}.scan-viewer__toolbar .scan-viewer__tool{padding:0}}
.scan-viewer__tool[aria-pressed=true]{background:#1b3a5c;color:#fff;border-color:#1b3a5c}
.scan-viewer__hotspot{position:absolute;left:0;top:0;width:32px;height:32px;margin:-16px 0 0 -16px;border-radius:50%;background:#1b3a5c;color:#fff;border:2px solid #fff;font:inherit;font-weight:700;font-size:.875rem;cursor:pointer;box-shadow:0 1px 3px rgba(0,0,0,.5);will-change:transform}
.scan-viewer__hotspot[aria-expanded=true]{background:#b00020}
.scan-viewer__note h3,.scan-viewer__note .scan-viewer__note-title{font-size:1rem;margin:0 0 .3rem;font-weight:700}
.scan-viewer__note p{margin:0 0 .4rem}
.scan-viewer__note-actions{display:flex;flex-wrap:wrap;gap:.3rem}
.scan-viewer__readout{position:absolute;left:.5rem;top:3.6rem;background:rgba(255,255,255,.96);padding:.3rem .6rem;border-radius:4px}
.scan-viewer__readout:empty{display:none}
.scan-viewer__sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.scan-viewer__annotation-list button{font:inherit;font-size:.875rem;min-height:44px;padding:0 .6rem;margin-top:.2rem;background:#fff;color:#1b3a5c;border:1px solid #1b3a5c;border-radius:4px;cursor:pointer}
@media (prefers-reduced-motion:reduce){.scan-viewer *{transition:none!important;animation:none!important}}
`;

/**
 * Adds the styles once to a document that does not have them yet (a page that inlined viewerCss
 * itself is recognised by the stage's computed style).
 */
export function ensureViewerCss(doc: Document, stage?: HTMLElement): void {
  if (doc.querySelector("style[data-scan-viewer-css]")) return;
  if (stage?.classList.contains("scan-viewer__stage") && getComputedStyle(stage).position === "relative")
    return;
  const style = doc.createElement("style");
  style.dataset.scanViewerCss = "";
  style.textContent = viewerCss;
  doc.head.append(style);
}
