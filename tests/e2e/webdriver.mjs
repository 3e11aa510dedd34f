// End-to-end checks of the built Overlap site in Debian's Firefox ESR, driven through geckodriver (W3C WebDriver
// classic, spoken with Node's fetch: no extra packages). Prints one line per check, then `firefox-e2e: N passed, M failed`.
//
//   node tests/e2e/firefox.mjs [DIST_DIR]      (default: the repo's dist/; E2E_ONLY=default,hostile-url runs a subset)
//   FIREFOX=/path/to/firefox  GECKODRIVER=/path/to/geckodriver   override the binaries (defaults: /usr/bin/firefox-esr,
//                                                                 ~/.cargo/bin/geckodriver, then geckodriver on PATH)
//
// Each check runs in a fresh Firefox session (a new temporary profile) and fails on a thrown assertion, on an alert
// dialog, and ALSO on:
//   - any request the test server answers with status >= 400 (favicon included), seen on the server side;
//   - any uncaught error, unhandled promise rejection or console.error in the page. WebDriver classic has no log API
//     in Firefox and we inject nothing into the app, so after every page load (navigate, back, forward, reload) the
//     suite runs a script that installs listeners and wraps console.error. Limitation: errors raised before that
//     script runs (while the page loads and the wasm app starts) are missed; failed loads still show as HTTP errors.
// Requests to other origins cannot be seen from here; the profile's prefs switch off Firefox's own background traffic.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ACTORS, CHART, Failure, READY, collectMarks, expect, expectConsistent, expectDefaultSets, expectNone, expectSets, findCheckbox } from "./marks.mjs";
import { serve } from "./serve.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.argv[2] ?? join(HERE, "../../dist"));
const WAIT = 20_000; // how long to wait for the app to start or react; a limit on waiting, never an assertion
const CHECK_LIMIT = 120_000; // a hung check is stopped and failed after this
const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
const GECKODRIVER = process.env.GECKODRIVER || [join(homedir(), ".cargo/bin/geckodriver")].find(existsSync) || "geckodriver";

/** Firefox prefs for the test profile: no updates, telemetry, safe-browsing or connectivity probes. */
const PREFS = {
  "app.update.enabled": false,
  "browser.shell.checkDefaultBrowser": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "toolkit.telemetry.enabled": false,
  "network.captive-portal-service.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "extensions.update.enabled": false,
  "browser.search.update": false,
  "network.connectivity-service.enabled": false,
};

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// ---------------------------------------------------------------- a minimal WebDriver client

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf"; // the W3C key of an element reference

class WebDriverError extends Error {
  constructor(error, message) {
    super(`${error}: ${message}`);
    this.error = error;
  }
}

/** One WebDriver command: returns the response's `value`, throws WebDriverError on an error response. */
async function command(driverUrl, method, path, body) {
  const response = await fetch(driverUrl + path, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(WAIT + 30_000),
  });
  const { value } = await response.json();
  if (value?.error) throw new WebDriverError(value.error, String(value.message ?? "").split("\n")[0]);
  return value;
}

/** Runs in the page after each load: records uncaught errors, unhandled rejections and console.error calls. */
/** (`window.` is spelled out: WebDriver scripts run in a sandbox whose own `console` is not the page's.) */
const ERROR_HOOK = `if (!window.__e2eErrors) {
  const errors = (window.__e2eErrors = []);
  window.addEventListener("error", (e) => errors.push("page error: " + e.message + (e.filename ? "  [" + e.filename + ":" + e.lineno + "]" : "")));
  window.addEventListener("unhandledrejection", (e) => errors.push("unhandled rejection: " + (e.reason?.message ?? e.reason)));
  const original = window.console.error;
  window.console.error = function (...args) {
    errors.push("console error: " + args.map(String).join(" "));
    return original.apply(this, args);
  };
}`;

/** One Firefox session for one check. Page errors it finds go to `problems`. */
class Firefox {
  static async start(driverUrl, problems, { prefs = {}, javascript = true } = {}) {
    const caps = {
      browserName: "firefox",
      unhandledPromptBehavior: "dismiss and notify", // an alert makes the next command fail with "unexpected alert open"
      timeouts: { implicit: 0, pageLoad: WAIT, script: WAIT },
      "moz:firefoxOptions": { binary: FIREFOX, args: ["-headless"], prefs: { ...PREFS, ...prefs } },
    };
    const { sessionId } = await command(driverUrl, "POST", "/session", { capabilities: { alwaysMatch: caps } });
    return new Firefox(driverUrl, sessionId, problems, javascript);
  }

  constructor(driverUrl, id, problems, javascript) {
    Object.assign(this, { driverUrl, id, problems, javascript });
  }

  async cmd(method, path, body) {
    try {
      return await command(this.driverUrl, method, `/session/${this.id}${path}`, body);
    } catch (e) {
      if (e.error === "unexpected alert open") throw new Failure(`an alert dialog opened (${e.message})`);
      throw e;
    }
  }

  /** Run `script` (a function body; `arguments[i]` are `args`) in the page and return its result. */
  run(script, ...args) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /** Call the self-contained function `fn` in the page with `arg`. */
  call(fn, arg) {
    return this.run(`return (${fn})(arguments[0]);`, arg);
  }

  /** Move the page errors recorded so far into `problems`. */
  async collectErrors() {
    if (!this.javascript) return;
    const errors = await this.run("return window.__e2eErrors ? window.__e2eErrors.splice(0) : [];").catch((e) => {
      if (e instanceof Failure) throw e;
      return []; // no page yet, or it is going away
    });
    this.problems.push(...errors);
  }

  /** A navigation (`path` is /url, /back, /forward or /refresh): keep the old page's errors, hook the new page. */
  async navigate(path, body = {}) {
    await this.collectErrors();
    await this.cmd("POST", path, body);
    if (this.javascript) await this.run(ERROR_HOOK);
  }

  open = (url) => this.navigate("/url", { url });
  back = () => this.navigate("/back");
  forward = () => this.navigate("/forward");
  reload = () => this.navigate("/refresh");

  /** Click a WebDriver element reference (as returned by run/call) like a user would. */
  click(element) {
    return this.cmd("POST", `/element/${element[ELEMENT]}/click`, {});
  }

  /** The open alert's text, or null when there is none. */
  async alertText() {
    try {
      return await command(this.driverUrl, "GET", `/session/${this.id}/alert/text`);
    } catch (e) {
      if (e.error === "no such alert") return null;
      throw e;
    }
  }

  async quit() {
    await this.collectErrors().catch(() => {});
    await command(this.driverUrl, "DELETE", `/session/${this.id}`).catch(() => {});
  }

  // ---------------------------------------------- waiting and reading

  /** Poll `read()` until `ok(value)`; after WAIT, fail with `message(lastValue)`. Returns the value. */
  async waitFor(read, ok, message) {
    const end = Date.now() + WAIT;
    for (;;) {
      const value = await read();
      if (ok(value)) return value;
      if (Date.now() > end) throw new Failure(message(value));
      await sleep(100);
    }
  }

  /** Wait until the app is live (html[data-ready]) and its chart exists; the chart may be prerendered before. */
  async waitForApp() {
    await this.waitFor(
      () => this.run("return !!document.querySelector(arguments[0]) && !!document.querySelector(arguments[1]);", READY, CHART),
      Boolean,
      () => `the app did not start (no ${READY} and ${CHART}) within ${WAIT / 1000} s`,
    );
  }

  marks() {
    return this.call(collectMarks, CHART);
  }

  /** Wait until the set marks are exactly `ids` (in order), then check them fully (sizes, inside the chart). */
  async waitForSets(ids, when, options) {
    const names = (m) => m.sets.map((s) => s.id).join(" ");
    const marks = await this.waitFor(
      () => this.marks(),
      (m) => names(m) === ids.join(" "),
      (m) => `${when}: [data-set] marks are "${names(m)}", expected "${ids.join(" ")}"`,
    );
    expectSets(marks, ids, options);
    return marks;
  }

  async search() {
    return this.run("return location.search;");
  }

  async waitForSearch(want, when) {
    await this.waitFor(
      () => this.search(),
      (s) => s === want,
      (s) => `${when}: location.search is "${s}", expected "${want}"`,
    );
  }

  /** The checkbox whose <label> contains `text`, as { element, checked }; fails when there is none. */
  async checkbox(text) {
    const element = await this.call(findCheckbox, text);
    expect(element, `no <input type="checkbox"> with a <label> containing "${text}"`);
    return { element, checked: await this.run("return arguments[0].checked;", element) };
  }
}

// ---------------------------------------------------------------- the checks

const checks = {
  async default(ff, url) {
    await ff.open(url);
    await ff.waitForApp();
    const marks = await ff.marks();
    expectDefaultSets(marks);
    expectConsistent(marks);
  },

  async "shared-url"(ff, url) {
    await ff.open(url + "?sets=eu,jp,kr&mode=inclusive");
    await ff.waitForApp();
    await ff.waitForSets(["eu", "jp", "kr"], "?sets=eu,jp,kr&mode=inclusive");
    expect(!(await ff.checkbox("Canada")).checked, "the Canada checkbox is ticked although the URL leaves Canada out");
  },

  async "toggle-back-reload"(ff, url) {
    const withoutJp = ACTORS.filter((a) => a !== "jp");
    const search = `?sets=${withoutJp.join(",")}`;
    await ff.open(url);
    await ff.waitForApp();
    await ff.waitForSets(ACTORS, "the default view");
    await ff.click((await ff.checkbox("Japan")).element);
    await ff.waitForSets(withoutJp, "after unticking Japan");
    await ff.waitForSearch(search, "after unticking Japan");

    await ff.back();
    await ff.waitForApp();
    await ff.waitForSets(ACTORS, "after history back");
    await ff.waitForSearch("", "after history back");

    await ff.forward();
    await ff.waitForApp();
    await ff.waitForSets(withoutJp, "after history forward");
    await ff.waitForSearch(search, "after history forward");

    await ff.reload();
    await ff.waitForApp();
    await ff.waitForSets(withoutJp, "after reload");
    expect(!(await ff.checkbox("Japan")).checked, "after reload the Japan checkbox is ticked again");
  },

  async "hostile-url"(ff, url) {
    const query = "?sets=eu,<img src=x onerror=alert(1)>,jp&view=%3Cscript%3E&q=%22%3E%3Csvg%20onload%3Dalert(1)%3E&asof=9999-99-99&select=zz&sets=uk";
    const html = readFileSync(join(DIST, "index.html"), "utf8");
    await ff.open(new URL(query, url).href); // encoded as the browser's address bar would
    await ff.waitForApp();
    await ff.waitForSets(["eu", "jp"], "the hostile URL", { allowZero: true }); // no area matches that q

    const injected = await ff.call((html) => {
      const found = [...document.querySelectorAll("img")].map((e) => `an <img>: ${e.outerHTML.slice(0, 80)}`);
      for (const s of document.querySelectorAll("script")) {
        const src = s.getAttribute("src");
        const fromHtml = src ? html.includes(src) : s.text.trim() !== "" && html.includes(s.text.trim());
        if (!fromHtml) found.push(`a <script> that is not in index.html: ${s.outerHTML.slice(0, 80)}`);
      }
      for (const e of document.querySelectorAll("*")) {
        for (const a of e.attributes) if (/^on/i.test(a.name)) found.push(`<${e.localName} ${a.name}="${a.value.slice(0, 40)}">`);
      }
      return found;
    }, html);
    expectNone(injected, "elements created from URL text");

    const notices = () =>
      ff.run(`return [...document.querySelectorAll('[role="status"], [role="alert"]')].map((e) => ({
        text: e.textContent.replace(/\\s+/g, " ").trim(),
        visible: e.getClientRects().length > 0 && e.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
      }));`);
    const names = ({ text, visible }) => visible && (text.includes("sets") || text.includes("img")) && (text.includes("asof") || text.includes("9999"));
    await ff.waitFor(notices, (found) => found.some(names), (found) =>
      `no visible role="status"/"alert" element names what was ignored ("sets" or the bad id, and "asof" or "9999"); found: ${
        found.length ? found.map((n) => `${n.visible ? "" : "(hidden) "}"${n.text.slice(0, 100)}"`).join(", ") : "none"}`);
  },

  async "no-javascript"(ff, url) {
    await ff.open(url); // in a session with the pref javascript.enabled = false (WebDriver's own scripts still run)
    // With scripting on, the HTML parser keeps a <noscript>'s markup as raw text: then the pref did not work.
    const { text, scripting } = await ff.run(`const n = document.querySelector("noscript");
      return { text: document.body.innerText.trim(), scripting: !!n && n.children.length === 0 && n.textContent.includes("<") };`);
    expect(!scripting, "the page was parsed with scripting on (is the javascript.enabled pref honoured?)");
    expect(text.length > 0, "with JavaScript off the page shows no text");
    expect(text.includes("JavaScript"), `with JavaScript off the page does not mention "JavaScript": "${text.slice(0, 200)}"`);
  },
};

const sessionOptions = { "no-javascript": { prefs: { "javascript.enabled": false }, javascript: false } };

// ---------------------------------------------------------------- runner

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Start geckodriver on a free loopback port; resolves to { url, output(), stop() }. */
async function startGeckodriver() {
  const port = await freePort();
  let output = "";
  const child = spawn(GECKODRIVER, ["--host", "127.0.0.1", "--port", String(port), "--websocket-port", "0", "--log", "error"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((ok) => child.once("close", ok));
  let spawnError;
  child.once("error", (e) => (spawnError = e));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && !spawnError) child.kill();
    await Promise.race([exited, sleep(5_000)]);
  };
  process.once("exit", () => child.exitCode === null && child.kill());
  const url = `http://127.0.0.1:${port}`;
  for (const end = Date.now() + 10_000; Date.now() < end; await sleep(100)) {
    if (spawnError) throw new Error(`could not run ${GECKODRIVER}: ${spawnError.message} (cargo install --locked geckodriver)`);
    if (child.exitCode !== null) throw new Error(`geckodriver exited: ${output.trim().split("\n").pop()}`);
    if (await command(url, "GET", "/status").then(() => true, () => false)) return { url, output: () => output, stop };
  }
  await stop();
  throw new Error("geckodriver did not answer within 10 s");
}

let current = []; // problems of the running check; the server adds failed requests to it
let lastRequest = 0;

/** Wait until the server has seen no request for 500 ms (at most 5 s), so late requests (favicon) count. */
async function quiet() {
  for (const end = Date.now() + 5_000; Date.now() - lastRequest < 500 && Date.now() < end; ) await sleep(100);
}

async function runCheck(name, driver, url) {
  const problems = (current = []);
  let ff, timer;
  try {
    ff = await Firefox.start(driver.url, problems, sessionOptions[name]);
  } catch (e) {
    return [`could not start Firefox: ${e.message}${driver.output() ? ` — geckodriver: ${driver.output().trim().split("\n").pop()}` : ""}`];
  }
  try {
    await Promise.race([
      checks[name](ff, url),
      new Promise((_, fail) => (timer = setTimeout(() => fail(new Failure(`did not finish within ${CHECK_LIMIT / 1000} s`)), CHECK_LIMIT))),
    ]);
    await quiet();
    const alert = await ff.alertText();
    expect(alert === null, `an alert dialog is open: "${alert}"`);
    await ff.collectErrors();
  } catch (e) {
    problems.unshift(e instanceof Failure ? e.message : `error: ${e.message}`);
  } finally {
    clearTimeout(timer);
    await ff.quit();
    current = [];
  }
  return [...new Set(problems)];
}

const only = (process.env.E2E_ONLY ?? "").split(",").filter(Boolean);
const selected = Object.keys(checks).filter((name) => !only.length || only.includes(name));
const results = [];
const report = (name, problems) => {
  results.push(problems.length === 0);
  const text = problems.join(" | ").replace(/\s*\n\s*/g, " ");
  console.log(problems.length ? `FAIL ${name}: ${text.length > 800 ? text.slice(0, 800) + " …" : text}` : `ok   ${name}`);
};

let driver, server;
try {
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`no index.html in ${DIST} (build the site first)`);
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX} (install Debian's firefox-esr, or set FIREFOX)`);
  server = await serve(DIST, {
    onRequest: (path, status) => {
      lastRequest = Date.now();
      if (status >= 400) current.push(`HTTP ${status} for ${path}`);
    },
  });
  driver = await startGeckodriver();
  console.error(`serving ${DIST} at ${server.url}; Firefox ${FIREFOX} through ${GECKODRIVER} at ${driver.url}`);
  for (const name of selected) report(name, await runCheck(name, driver, server.url));
} catch (e) {
  for (const name of selected.slice(results.length)) report(name, [e.message]);
} finally {
  await driver?.stop();
  await server?.close();
}
const failed = results.filter((ok) => !ok).length;
console.log(`firefox-e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
