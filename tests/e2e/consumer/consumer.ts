// A TypeScript consumer of the npm package, compiled by tests/e2e/package.test.mjs with tsc
// (--noEmit, strict): what a partner's editor and build see. Each @ts-expect-error is a mistake
// the declarations must catch.
import "peer-roadmap";
import type { PeerRoadmapElement, PeerRoadmapState } from "peer-roadmap";

const roadmap = document.querySelector("peer-roadmap");
if (roadmap) {
  const element: PeerRoadmapElement = roadmap; // HTMLElementTagNameMap
  const state = element.state;
  if (!state) throw new Error("not rendered yet");
  const bases: string[] = state.answers.bases;
  // Any language tag: en, fr, or one that custom content added (es, ar…).
  const lang: string = state.lang;
  console.log(bases, lang, state.selected?.length, state.step);
  element.reset();
  element.content = { lang: "fr", intro: {} };
  element.content = { lang: "es", intro: {} };
  element.content = null;
  element.addEventListener("peer-roadmap-change", (event) => {
    const formality: "formal" | "informal" | null = event.detail.answers.formality;
    console.log(formality, event.detail.answers.roles);
    // @ts-expect-error: the detail has no such field
    console.log(event.detail.selection);
  });
  // @ts-expect-error: state is read-only
  element.state = null;
  // @ts-expect-error: reset takes no argument and returns nothing
  const nothing: string = element.reset(1);
  console.log(nothing);
}
document.addEventListener("peer-roadmap-ready", (event) => console.log(event.target));
const created: PeerRoadmapElement = document.createElement("peer-roadmap");
const spanish: PeerRoadmapState["lang"] = "es";
// @ts-expect-error: a language is a tag, not a number
const german: PeerRoadmapState["lang"] = 49;
console.log(created, spanish, german);
