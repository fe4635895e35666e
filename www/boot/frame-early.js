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
    // The parser may yield (and a frame be painted) while it is still inside the declarative
    // shadow root, where the document's own mutations are not seen: once the shadow root is
    // there, its mutations are watched too.
    let shadowWatched = false;
    const apply = () => {
      const shadow = document.querySelector("peer-roadmap")?.shadowRoot;
      const root = shadow?.querySelector(".pr-host > .pr-root");
      root?.classList.replace("pr-theme-light", themeClassOf(theme));
      if (shadow && !root && !shadowWatched) {
        shadowWatched = true;
        watch.observe(shadow, { childList: true, subtree: true });
      }
      return Boolean(root);
    };
    const watch = new MutationObserver(() => apply() && watch.disconnect());
    watch.observe(document, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", () => watch.disconnect(), { once: true });
  }
}
