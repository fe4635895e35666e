// A tiny static file server for the tests and the benchmark (loopback only). Serves a folder
// with the right MIME types and, like any static host, an ETag that lets a cached copy be
// revalidated (304); query strings are ignored, as on most hosts. The demo and test pages
// (www/demo/, not part of the build) are served at /demo/ beside it, where they find the build
// at ../ as they would in a partner's copy. With `compress: true` (the benchmark), text files and
// the wasm are sent brotli-compressed, as a real host sends them, to a client that accepts it.
import { createServer } from "node:http";
import { brotliCompressSync, constants } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

/** Folders served at a path of their own, whatever the root: the demo and test pages. */
export const MOUNTS = { "/demo/": fileURLToPath(new URL("../../www/demo/", import.meta.url)) };

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Compressible types: every text file and the wasm (not the PNG icons). */
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json)|image\/svg\+xml)/;

/**
 * Starts a server for `root` (and `mounts`, by default the demo pages at /demo/); `headers(path)`
 * may add response headers (e.g. a CSP). `compress: true` answers a request whose
 * Accept-Encoding names `br` with the file brotli-compressed (quality 11, as a build step would
 * do; compressed once per file version and cached in memory), `Content-Encoding: br`; off by
 * default, so the tests see the files as they are. `delay(path)`: milliseconds to wait before
 * answering (a slow file, e.g. the wasm, for tests of what is shown before it arrives).
 */
export function serve(root, { port = 0, headers = () => ({}), mounts = MOUNTS, compress = false, delay = () => 0 } = {}) {
  const compressed = new Map(); // file -> { key, body }
  const brotli = (file, key, body) => {
    const hit = compressed.get(file);
    if (hit && hit.key === key) return hit.body;
    const out = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    compressed.set(file, { key, body: out });
    return out;
  };
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      if (path.endsWith("/")) path += "index.html";
      const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
      const base = mount ? mounts[mount] : root;
      const file = normalize(join(base, mount ? path.slice(mount.length) : path));
      if (!file.startsWith(normalize(base))) throw new Error("outside");
      const info = await stat(file);
      if (!info.isFile()) throw new Error("not a file");
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const head = {
        "content-type": TYPES[extname(file)] || "application/octet-stream",
        "cache-control": "no-cache",
        etag,
        ...headers(path),
      };
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, head);
        res.end();
        return;
      }
      const wait = delay(path);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      let body = await readFile(file);
      if (compress && COMPRESSIBLE.test(head["content-type"])) {
        head.vary = "accept-encoding";
        if (/\bbr\b/.test(req.headers["accept-encoding"] || "")) {
          body = brotli(file, etag, body);
          head["content-encoding"] = "br";
        }
      }
      res.writeHead(200, head);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ server, url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || "dist";
  const port = Number(process.argv[3] || 8080);
  serve(root, { port, compress: process.env.SERVE_BROTLI === "1" }).then(({ url }) => console.log(`serving ${root} at ${url} (demo pages at ${url}demo/)`));
}
