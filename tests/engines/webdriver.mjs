// A minimal W3C WebDriver client over fetch (no dependency), and the two engines' drivers:
// geckodriver + Firefox ESR (headless) and Debian's WebKitWebDriver + MiniBrowser under Xvfb.
// Drivers run in their own process group, so stopping one also stops its browser and Xvfb.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const SHADOW = "shadow-6066-11e4-a52e-4f735466cecf";

/** First executable found among `candidates` (absolute paths or names on PATH), or null. */
export function which(...candidates) {
  for (const c of candidates) {
    if (c.startsWith("/")) {
      if (existsSync(c)) return c;
    } else {
      const r = spawnSync("sh", ["-c", `command -v "${c}"`], { encoding: "utf8" });
      if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
    }
  }
  return null;
}

const WEBKIT_LIBDIRS = ["/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1", "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0"];

/** The engines, as their drivers are started and the capabilities they accept. */
export const ENGINES = {
  firefox: {
    name: "Firefox ESR",
    driver: () => which(process.env.GECKODRIVER || "geckodriver", `${homedir()}/.cargo/bin/geckodriver`),
    command: (driver, port) => [driver, ["--host", "127.0.0.1", "--port", String(port)]],
    capabilities: () => ({
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX || "/usr/bin/firefox-esr",
        args: ["-headless"],
        // Content console messages go to the browser's stdout, which the driver log captures.
        prefs: { "devtools.console.stdout.content": true },
      },
    }),
  },
  webkit: {
    name: "WebKitGTK",
    driver: () => which(process.env.WEBKIT_WEBDRIVER || "WebKitWebDriver", ...WEBKIT_LIBDIRS.map((d) => `${d}/WebKitWebDriver`)),
    command: (driver, port) => ["xvfb-run", ["-a", "-s", "-screen 0 1280x1024x24", driver, `--port=${port}`]],
    capabilities: () => {
      const binary = WEBKIT_LIBDIRS.map((d) => `${d}/MiniBrowser`).find((p) => existsSync(p));
      // Debian's driver accepts browserName "MiniBrowser"; with an explicit binary it needs
      // "--automation" in args itself. (MiniBrowser's --enable-write-console-messages-to-stdout
      // is not applied to the views automation creates, so WebKit's console is not reachable.)
      return {
        browserName: "MiniBrowser",
        ...(binary ? { "webkitgtk:browserOptions": { binary, args: ["--automation"] } } : {}),
      };
    },
  },
};

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value (returned) or the deadline passes (throws). */
export async function waitFor(fn, { timeout = 20000, interval = 100, message = "condition" } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    }
    await sleep(interval);
  }
}

const running = new Set();
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}
// Whatever happens, no driver, browser or Xvfb outlives this process.
process.on("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});

/** Starts an engine's driver on a free loopback port; resolves once /status says ready. */
export async function startDriver(engine) {
  const spec = ENGINES[engine];
  const driver = spec.driver();
  if (!driver) throw new Error(`${spec.name}: no WebDriver found (run tools/setup-engines.sh)`);
  const port = await freePort();
  const [cmd, args] = spec.command(driver, port);
  const child = spawn(cmd, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let log = "";
  const collect = (d) => {
    log += d;
    if (log.length > 2_000_000) log = log.slice(-1_000_000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise((r) => child.once("exit", r));
  let gone = false;
  exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!gone) {
      killGroup(child, "SIGTERM");
      await Promise.race([exited, sleep(3000)]);
    }
    killGroup(child, "SIGKILL"); // the browser or Xvfb may linger after the driver itself is gone
    running.delete(child);
  };
  try {
    await waitFor(
      async () => {
        if (gone) throw new Error(`driver exited: ${log.slice(-2000)}`);
        const r = await fetch(`${url}/status`);
        return (await r.json()).value?.ready;
      },
      { timeout: 20000, message: `${spec.name} driver on port ${port}` },
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return { engine, name: spec.name, url, port, stop, log: () => log, capabilities: spec.capabilities() };
}

export class WebDriverError extends Error {
  constructor(status, value, what) {
    super(`${what}: ${value?.error || status}: ${value?.message || ""}`.slice(0, 2000));
    this.error = value?.error;
  }
}

async function call(base, method, path, body, timeout = 60000) {
  const r = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json; charset=utf-8" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeout),
  });
  const text = await r.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(r.status, { error: "invalid response", message: text.slice(0, 500) }, `${method} ${path}`);
  }
  if (!r.ok || json.value?.error) throw new WebDriverError(r.status, json.value, `${method} ${path}`);
  return json.value;
}

/** One WebDriver session. Element references are plain objects ({[ELEMENT]: id}). */
export class Session {
  static async create(driver, capabilities) {
    const value = await call(driver.url, "POST", "/session", { capabilities: { alwaysMatch: capabilities } }, 90000);
    return new Session(driver, value.sessionId, value.capabilities);
  }

  constructor(driver, id, capabilities) {
    this.driver = driver;
    this.id = id;
    this.capabilities = capabilities;
    this.base = `${driver.url}/session/${id}`;
  }

  cmd(method, path, body, timeout) {
    return call(this.base, method, path, body, timeout);
  }

  async quit() {
    try {
      await call(this.driver.url, "DELETE", `/session/${this.id}`, undefined, 15000);
    } catch {
      /* the driver is stopped next anyway */
    }
  }

  navigate(url) {
    return this.cmd("POST", "/url", { url });
  }
  url() {
    return this.cmd("GET", "/url");
  }
  refresh() {
    return this.cmd("POST", "/refresh", {});
  }
  setTimeouts(t) {
    return this.cmd("POST", "/timeouts", t);
  }
  setWindowRect(rect) {
    return this.cmd("POST", "/window/rect", rect);
  }

  /** Runs a function body; `arguments` are `args` (element references are passed through). */
  execute(script, ...args) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }
  /** Runs a function body whose last argument is the callback to call with the result. */
  executeAsync(script, ...args) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  async find(css) {
    return this.cmd("POST", "/element", { using: "css selector", value: css });
  }
  async findAll(css) {
    return this.cmd("POST", "/elements", { using: "css selector", value: css });
  }
  async findXPath(xpath) {
    return this.cmd("POST", "/element", { using: "xpath", value: xpath });
  }

  static id(el) {
    return el[ELEMENT] ?? el[SHADOW];
  }
  text(el) {
    return this.cmd("GET", `/element/${Session.id(el)}/text`);
  }
  attribute(el, name) {
    return this.cmd("GET", `/element/${Session.id(el)}/attribute/${encodeURIComponent(name)}`);
  }
  property(el, name) {
    return this.cmd("GET", `/element/${Session.id(el)}/property/${encodeURIComponent(name)}`);
  }
  displayed(el) {
    return this.cmd("GET", `/element/${Session.id(el)}/displayed`);
  }
  /**
   * Scrolls `el` to the middle of the viewport, as a reader would before clicking it, and waits two
   * frames: a block off screen is only laid out near the viewport (content-visibility), and
   * WebKitGTK's driver calls an element that has no layout yet "not interactable".
   */
  async scrollTo(el) {
    await this.executeAsync("const [el, done] = arguments; el.scrollIntoView({ block: 'center' }); requestAnimationFrame(() => requestAnimationFrame(done));", el);
  }
  async click(el) {
    await this.scrollTo(el);
    return this.cmd("POST", `/element/${Session.id(el)}/click`, {});
  }
  /** An element's open shadow root (works with the page's scripts off). */
  shadowRoot(el) {
    return this.cmd("GET", `/element/${Session.id(el)}/shadow`);
  }
  /** The elements matching `css` inside a shadow root. */
  findAllIn(shadow, css) {
    return this.cmd("POST", `/shadow/${Session.id(shadow)}/elements`, { using: "css selector", value: css });
  }

  /** Browser console log through the legacy (non-W3C) log endpoint, or null if the driver has none. */
  async browserLog() {
    for (const path of ["/se/log", "/log"]) {
      try {
        return await this.cmd("POST", path, { type: "browser" });
      } catch (e) {
        if (!["unknown command", "unknown method", "unsupported operation", "invalid response"].includes(e.error)) throw e;
      }
    }
    return null;
  }
}
