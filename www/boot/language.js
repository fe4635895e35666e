// The prerendered page's language, chosen before anything is painted. Each page of the build is
// prerendered in one language (index.html in English, index.fr.html in French; frame.html and
// frame.fr.html likewise) and names the others in its head as `<link rel="alternate"
// hreflang>`. A shared link's language (`#lang=fr`, or `?lang=fr` for the frame) wins; on the
// default page (the one `hreflang="x-default"` names) the browser's language comes next. When
// that is not the page's own language, the page is hidden and replaced by the right one, before
// its body is parsed: a French reader never sees English first.

/** The two-letter language a tag names, if one of this page's alternates has it. */
function available(tag) {
  const primary = String(tag || "").trim().split(/[-_]/)[0].toLowerCase();
  return primary && document.querySelector(`link[rel="alternate"][hreflang="${primary}"]`) ? primary : null;
}

/** The language a link asks for: `lang` in the hash (deep links), else in the query. */
function linked() {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get("lang");
  return fromHash !== null ? fromHash : new URLSearchParams(location.search).get("lang");
}

/**
 * Goes to the page in the reader's language if this is not it; `true` when it does (the
 * caller then starts nothing).
 */
export function chooseLanguage() {
  const html = document.documentElement;
  const own = html.lang;
  const here = location.pathname.split("/").pop() || "index.html";
  const isDefault = document.querySelector('link[rel="alternate"][hreflang="x-default"]')?.getAttribute("href") === here;
  const fromLink = linked();
  const wanted = fromLink !== null ? available(fromLink) : isDefault ? available(navigator.language) : null;
  if (!wanted || wanted === own) return false;
  const target = document.querySelector(`link[rel="alternate"][hreflang="${wanted}"]`).getAttribute("href");
  html.style.visibility = "hidden";
  location.replace(`${target}${location.search}${location.hash}`);
  return true;
}
