// The standalone page's first script, inlined at the top of <head> by tools/postbuild.mjs
// (bundled as a classic script: one placed after a stylesheet would wait for it). It starts
// fetching and compiling the wasm while the page is parsed, and says so in place of the loading
// line when the code cannot start: from the loader's catch, or, when the glue itself cannot be
// fetched (the loader then never runs), from the loader element's error event (it does not
// bubble, hence the capture).
/* global PEER_ROADMAP_WASM -- the wasm's file name, defined by the build */
import { compile } from "./compile.js";
import { FAILED_EN, FAILED_FR, LOGGED } from "./failed.js";
import { chooseLanguage } from "./language.js";
import { keepEarlyClicks } from "./clicks.js";

// Another page is in the reader's language: it starts the code, not this one.
self.peerRoadmapCode = chooseLanguage() ? new Promise(() => {}) : compile(PEER_ROADMAP_WASM);
self.peerRoadmapCode.catch(() => {});
keepEarlyClicks(document, (button) => button.closest("#peer-roadmap-page"));

self.peerRoadmapFailed = (error) => {
  console.error(LOGGED, error);
  const line = document.querySelector(".pr-loading");
  if (!line) return;
  line.hidden = false;
  const fr = document.createElement("span");
  fr.lang = "fr";
  fr.textContent = FAILED_FR;
  line.replaceChildren(`${FAILED_EN} / `, fr);
  line.setAttribute("role", "alert");
};

addEventListener("error", (e) => { if (e.target.dataset?.peerRoadmap === "loader") self.peerRoadmapFailed(e); }, true);
