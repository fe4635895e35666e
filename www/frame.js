// The iframe fallback: renders one widget with the query's lang and theme
// (frame.html?lang=fr&theme=dark) and tells the parent page its height.
const widget = document.querySelector("peer-roadmap");
const params = new URLSearchParams(location.search);
for (const name of ["lang", "theme"]) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
if (widget.getAttribute("lang") === "fr") document.documentElement.lang = "fr";

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
await import("./embed.js");
