// The standalone page's loader, inlined in <head> by tools/postbuild.mjs as a module: it runs once
// the page (the prerendered roadmap, already on screen) is parsed and the code has arrived, and
// the code then hydrates the roadmap in place. It blocks nothing: the reader sees the text at
// the speed of a static page. The glue is imported statically (the build resolves
// "peer-roadmap:glue" to this build's file), so the browser fetches it, and its snippets, while
// the page is parsed.
import * as bindings from "peer-roadmap:glue";
import { registerOffline } from "./offline.js";

try {
  bindings.initSync({ module: await self.peerRoadmapCode });
  window.wasmBindings = bindings;
} catch (e) {
  self.peerRoadmapFailed(e);
}
registerOffline();
