// The iframe fallback: renders one widget with the query's lang and theme
// (frame.html?lang=fr&theme=dark) and tells the parent page its height.
import { themeClass } from "./element.js";
import { startWidget } from "./boot/widget.js";

const widget = document.querySelector("peer-roadmap");
const params = new URLSearchParams(location.search);
for (const name of ["lang", "theme"]) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
// The roadmap prerendered in the element's shadow root takes the theme asked for before the code
// hydrates it (as www/element.js does for the embed).
const root = widget.shadowRoot?.querySelector(".pr-host > .pr-root");
if (root) root.classList.replace("pr-theme-light", themeClass(widget));

let last = 0;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: "peer-roadmap:height", height }, "*");
  }
}
new ResizeObserver(report).observe(document.documentElement);
widget.addEventListener("peer-roadmap-ready", report);
// Its roadmap is in the page: the code only needs to hydrate it (the stylesheet, linked by the
// declarative shadow root, comes from the HTTP cache).
startWidget();
