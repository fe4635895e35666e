// How the code starts, on the standalone page and in embed.js alike: the wasm is fetched and
// compiled as soon as the page names it (streamed, off the main thread, while the glue and the
// stylesheets load), then instantiated synchronously by the caller. A server that does not say
// `application/wasm` still works (compiled once all the bytes are in).

/** Fetches and compiles the wasm at `url`; rejects on an HTTP error or a compile error. */
export const compile = (url) =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return WebAssembly.compileStreaming && /^application\/wasm\b/i.test(response.headers.get("content-type"))
      ? WebAssembly.compileStreaming(response)
      : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  });
