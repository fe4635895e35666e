// The standalone page's loader, inlined in <head> by tools/postbuild.mjs as a render-blocking
// module: when the code is compiled by the time it runs (warm), the roadmap is built before the
// first frame; on a slow link the loading line is painted while the wasm downloads. The glue is
// imported statically (the build resolves "peer-roadmap:glue" to this build's file), so the
// browser fetches it, and its snippets, while the page is parsed.
import * as bindings from "peer-roadmap:glue";
import { registerOffline } from "./offline.js";

try {
  bindings.initSync({ module: await self.peerRoadmapCode });
  window.wasmBindings = bindings;
} catch (e) {
  self.peerRoadmapFailed(e);
}
registerOffline();
