// The iframe page's first script, inlined at the top of its <head> by tools/postbuild.mjs: goes
// to the page in the language the query asks for (frame.html?lang=fr → frame.fr.html) before
// anything is painted (www/boot/language.js), and gives the prerendered roadmap the theme the
// query asks for (frame.html?theme=dark) as soon as the parser has attached its declarative
// shadow root, before the first paint: frame.js, which does the rest, is fetched after the page.
import { chooseLanguage } from "./language.js";
import { themeClassOf } from "../element.js";

if (!chooseLanguage()) {
  const theme = new URLSearchParams(location.search).get("theme");
  if (theme !== null) {
    const apply = () => {
      const root = document.querySelector("peer-roadmap")?.shadowRoot?.querySelector(".pr-host > .pr-root");
      root?.classList.replace("pr-theme-light", themeClassOf(theme));
      return Boolean(root);
    };
    const watch = new MutationObserver(() => apply() && watch.disconnect());
    watch.observe(document, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", () => watch.disconnect(), { once: true });
  }
}
