/**
 * The only script of a virtual-tour page before the visitor asks (no three.js): shows the start
 * button and loads the panorama viewer when it is pressed, or at once when the address names a
 * stop (`#stop=3&yaw=120&pitch=-5`, a deep link someone shared).
 */
const root = document.querySelector<HTMLElement>("[data-virtual-tour]");
const button = root?.querySelector<HTMLButtonElement>("[data-virtual-tour-start]");

let starting: Promise<unknown> | undefined;

function start(): void {
  if (!root || starting) return;
  if (button) button.setAttribute("aria-busy", "true");
  starting = import("@showroom/viewer/panorama/virtual-tour.ts").then(
    ({ startVirtualTour }) => startVirtualTour(root),
    (error: unknown) => {
      // The viewer code did not arrive (offline, a deploy in between): the list stays, the button retries.
      console.warn("[virtual-tour] could not load the viewer:", error);
      starting = undefined;
      button?.removeAttribute("aria-busy");
    },
  );
}

if (root && button) {
  root.addEventListener("virtual-tour-closed", () => {
    starting = undefined;
  });
  button.hidden = false;
  button.addEventListener("click", start);
  if (/(^#|&)stop=/.test(location.hash)) start();
  window.addEventListener("hashchange", () => {
    if (/(^#|&)stop=/.test(location.hash)) start();
  });
}
