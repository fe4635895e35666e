// <peer-roadmap> from the npm package, driven by plain DOM code: attributes, reset(), and the
// peer-roadmap-change event.
import "peer-roadmap";

const roadmap = document.querySelector("peer-roadmap");
const selected = document.getElementById("selected");
const toggleLang = document.getElementById("toggle-lang");
const toggleTheme = document.getElementById("toggle-theme");

roadmap.addEventListener("peer-roadmap-change", (event) => {
  selected.textContent = event.detail.selected ?? "none";
});
toggleLang.addEventListener("click", () => {
  const french = roadmap.getAttribute("lang") !== "fr";
  roadmap.setAttribute("lang", french ? "fr" : "en");
  toggleLang.textContent = french ? "English" : "Français";
});
toggleTheme.addEventListener("click", () => {
  const dark = roadmap.getAttribute("theme") !== "dark";
  roadmap.setAttribute("theme", dark ? "dark" : "light");
  toggleTheme.textContent = dark ? "Light theme" : "Dark theme";
});
document.getElementById("reset").addEventListener("click", () => roadmap.reset());
