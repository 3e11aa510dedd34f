// End-to-end checks of the built Overlap site in engines driven through W3C WebDriver classic (spoken with Node's
// fetch: no extra packages): Debian's Firefox ESR through geckodriver, and WebKit (Safari's engine) as WebKitGTK's
// MiniBrowser through WebKitWebDriver under a private Xvfb display. Prints one line per check, then
// `<engine>-e2e: N passed, M failed`.
//
//   node tests/e2e/webdriver.mjs firefox|webkit [DIST_DIR]   (default: the repo's dist/; E2E_ONLY=default,hostile-url
//                                                            runs a subset)
//   FIREFOX, GECKODRIVER, MINIBROWSER, WEBKITWEBDRIVER override the binaries (defaults: /usr/bin/firefox-esr,
//   ~/.cargo/bin/geckodriver or geckodriver on PATH, Debian's webkit2gtk-4.1 MiniBrowser, WebKitWebDriver on PATH).
//
// Each check runs in a fresh browser session (one at a time, deleted when done) and fails on a thrown assertion, on
// an alert dialog, and ALSO on:
//   - any request the test server answers with status >= 400 (favicon included), seen on the server side;
//   - any uncaught error, unhandled promise rejection or console.error in the page. WebDriver classic has no log API
//     in these engines and we inject nothing into the app, so after every page load (navigate, back, forward, reload)
//     the suite runs a script that installs listeners and wraps console.error. Limitation: errors raised before that
//     script runs (while the page loads and the wasm app starts) are missed; failed loads still show as HTTP errors.
// Requests to other origins cannot be seen from here; Firefox's profile prefs switch off its own background traffic.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ACTORS, CHART, Failure, READY, collectCompare, collectMarks, compareProblems, coreMarks, expect, expectConsistent, expectDefaultSets, expectNone, expectSets, findCheckbox } from "./marks.mjs";
import { serveHost } from "./host.mjs";
import { serve } from "./serve.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ENGINE = process.argv[2];
const DIST = resolve(process.argv[3] ?? join(HERE, "../../dist"));
const WAIT = 20_000; // how long to wait for the app to start or react; a limit on waiting, never an assertion
const CHECK_LIMIT = 120_000; // a hung check is stopped and failed after this

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

/** What differs between the engines: the browser, its driver, and the capabilities of a session. */
const ENGINES = {
  firefox: {
    browser: process.env.FIREFOX || "/usr/bin/firefox-esr",
    install: "Debian's firefox-esr",
    driver: process.env.GECKODRIVER || [join(homedir(), ".cargo/bin/geckodriver")].find(existsSync) || "geckodriver",
    driverInstall: "cargo install --locked geckodriver",
    driverArgs: (port) => ["--host", "127.0.0.1", "--port", String(port), "--websocket-port", "0", "--log", "error"],
    display: false,
    capabilities: ({ javascript }) => ({
      browserName: "firefox",
      "moz:firefoxOptions": { binary: ENGINES.firefox.browser, args: ["-headless"], prefs: { ...PREFS, "javascript.enabled": javascript } },
    }),
  },
  webkit: {
    browser: process.env.MINIBROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    install: "Debian's webkit2gtk-driver",
    driver: process.env.WEBKITWEBDRIVER || "WebKitWebDriver",
    driverInstall: "Debian's webkit2gtk-driver and xvfb",
    driverArgs: (port) => ["--host=127.0.0.1", `--port=${port}`],
    display: true, // WebKitGTK has no headless mode: it draws on a private Xvfb display
    capabilities: ({ javascript }) => ({
      "webkitgtk:browserOptions": { binary: ENGINES.webkit.browser, args: ["--automation", `--enable-javascript=${javascript}`] },
    }),
  },
};
const engine = ENGINES[ENGINE];
if (!engine) {
  console.error(`usage: node tests/e2e/webdriver.mjs ${Object.keys(ENGINES).join("|")} [DIST_DIR]`);
  process.exit(2);
}

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
  // The error's stack too: a WebAssembly trap's names the wasm functions it ran through.
  window.addEventListener("error", (e) => errors.push("page error: " + e.message + (e.filename ? "  [" + e.filename + ":" + e.lineno + "]" : "") + (e.error?.stack ? "  stack: " + String(e.error.stack).slice(0, 600) : "")));
  window.addEventListener("unhandledrejection", (e) => errors.push("unhandled rejection: " + (e.reason?.message ?? e.reason) + (e.reason?.stack ? "  stack: " + String(e.reason.stack).slice(0, 600) : "")));
  const original = window.console.error;
  window.console.error = function (...args) {
    errors.push("console error: " + args.map(String).join(" "));
    return original.apply(this, args);
  };
}`;

/** Whether a script failed because the page it ran in went away (WebKit: "Callback was not called before the unload
 * event"): with pageLoadStrategy "none", a script right after a navigation may still meet the page being left. */
const unloading = (e) => /before the unload event|no such frame/i.test(String(e?.message ?? e));

/** One browser session for one check. Page errors it finds go to `problems`. */
class Browser {
  static async start(driverUrl, problems, { javascript = true, pageLoad = "normal" } = {}) {
    const caps = {
      pageLoadStrategy: pageLoad,
      unhandledPromptBehavior: "dismiss and notify", // an alert makes the next command fail with "unexpected alert open"
      timeouts: { implicit: 0, pageLoad: WAIT, script: WAIT },
      ...engine.capabilities({ javascript }),
    };
    const { sessionId } = await command(driverUrl, "POST", "/session", { capabilities: { alwaysMatch: caps } });
    return new Browser(driverUrl, sessionId, problems, javascript, pageLoad);
  }

  constructor(driverUrl, id, problems, javascript, pageLoad) {
    Object.assign(this, { driverUrl, id, problems, javascript, pageLoad });
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
    if (this.javascript) await this.hook();
  }

  /** Records the page's errors from now on (once per page). Not waiting for loads, the page may be the one left. */
  hook() {
    return this.run(ERROR_HOOK).catch((e) => (this.pageLoad === "none" && unloading(e) ? undefined : Promise.reject(e)));
  }

  open = (url) => this.navigate("/url", { url });
  back = () => this.navigate("/back");
  forward = () => this.navigate("/forward");
  reload = () => this.navigate("/refresh");

  /** Click a WebDriver element reference (as returned by run/call) like a user would. */
  click(element) {
    return this.cmd("POST", `/element/${element[ELEMENT]}/click`, {});
  }

  /** Send keystrokes to a WebDriver element reference, as a user typing into it. */
  type(element, text) {
    return this.cmd("POST", `/element/${element[ELEMENT]}/value`, { text });
  }

  /** Runs `script` in the document of the iframe `element` (a reference found in the top document), then returns to
   * the top document. */
  async inFrame(element, script, ...args) {
    await this.cmd("POST", "/frame", { id: element });
    try {
      return await this.run(script, ...args);
    } finally {
      await this.cmd("POST", "/frame/parent", {});
    }
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

/** Waits until the page's marks are those the core computes for `query` (src/bin/marks.rs), and returns the core's;
 * fails, naming `when`, with the differences if they never are. */
async function marksMatchCore(b, query, when) {
  const core = coreMarks(query);
  await b.waitFor(
    async () => compareProblems(await b.call(collectCompare), core),
    (problems) => problems.length === 0,
    (problems) => `${when}: the page's marks differ from the core's: ${problems.join("; ")}`,
  );
  return core;
}

const checks = {
  async default(b, url) {
    await b.open(url);
    await b.waitForApp();
    const marks = await b.marks();
    expectDefaultSets(marks);
    expectConsistent(marks);
  },

  async widths(b, url) {
    // From 320 px up the page never scrolls sideways: the app in frames as wide as phones and a tablet, in a host page
    // (a WebDriver window cannot be made that narrow everywhere), the chart and the table.
    const frames = ["", "?view=matrix&from=2023&to=2024-04-30"].flatMap((query) => [320, 360, 390, 768].map((width) =>
      `<iframe src="${url}${query}" width="${width}" height="640" title="Overlap at ${width} px"></iframe>`));
    const host = await serveHost(frames.join("\n"), new URL(url).origin);
    try {
      await b.open(host.url);
      for (const iframe of await b.run('return [...document.querySelectorAll("iframe")];')) {
        const [src, width] = await b.run("return [arguments[0].src, arguments[0].width];", iframe);
        const [, scroll] = await b.waitFor(
          () => b.inFrame(iframe, "return [!!document.querySelector(arguments[0] + ' [data-chart]'), document.documentElement.scrollWidth];", READY),
          ([live]) => live,
          () => `the app in a ${width} px frame (${src}) did not start`,
        );
        expect(scroll <= Number(width), `in a ${width} px frame ${src} is ${scroll} px wide`);
      }
    } finally {
      await host.close();
    }
  },

  async embed(b, url) {
    // The share menu's embed code in an article on another origin under a strict CSP: the embedded view starts, the
    // iframe takes its content's height, again once a click opens the details and in a narrow column, and the host
    // page's history stays as it was.
    await b.open(url + "?sets=eu,jp,kr");
    await b.waitForApp();
    await b.click(await b.run('return document.querySelector("details.share > summary");'));
    const snippet = await b.waitFor(
      () => b.run('return document.querySelector(".share-menu [data-format=embed] pre")?.textContent ?? "";'),
      Boolean,
      () => "the share menu shows no embed code",
    );
    const host = await serveHost(snippet, new URL(url).origin);
    try {
      await b.open(host.url);
      const entries = await b.run("return history.length;");
      const iframe = await b.waitFor(() => b.run('return document.querySelector("iframe[data-overlap]");'), Boolean, () => "the article has no iframe");
      await b.waitFor(
        () => b.inFrame(iframe, "return !!document.querySelector(arguments[0]) && !!document.querySelector(arguments[1]);", READY, '[data-chart="upset"]'),
        Boolean,
        () => "the embedded app did not start under its CSP",
      );
      expectSets(await b.inFrame(iframe, `return (${collectMarks})(arguments[0]);`, CHART), ["eu", "jp", "kr"]);
      /** The iframe's height once it equals its content's, and is more than `bigger` and other than `not`. */
      const fitted = async (what, { bigger = 0, not } = {}) => {
        const [box] = await b.waitFor(
          async () => [
            await b.run("return arguments[0].getBoundingClientRect().height;", iframe),
            await b.inFrame(iframe, "return Math.ceil(document.documentElement.getBoundingClientRect().height);"),
          ],
          ([box, content]) => box === content && box > bigger && box !== not,
          ([box, content]) => `${what}: the iframe is ${box} px tall, its content ${content} px`,
        );
        return box;
      };
      const first = await fitted("on load");
      await b.cmd("POST", "/frame", { id: iframe });
      await b.click(await b.run('return document.querySelector("[data-chart] [data-sets][role=button] .dots");'));
      await b.waitFor(
        () => b.run('return [...document.querySelectorAll(".details blockquote")].some((q) => !q.textContent.startsWith("Loading"));'),
        Boolean,
        () => "a click in the embed opened no details with their quotes",
      );
      // A source's number brings its entry in the credit line into view, without a fragment navigation.
      await b.click(await b.run("return document.querySelector(\".details a[href^='#source-']\");"));
      expect((await b.run("return location.hash;")) === "", "a source's number in the embed navigated to a fragment");
      await b.cmd("POST", "/frame/parent", {});
      const opened = await fitted("with the details open", { bigger: first });
      await b.run('arguments[0].width = "360";', iframe);
      await fitted("in a 360 px column", { not: opened });
      expect((await b.run("return history.length;")) === entries, "a click in the embed added history entries to the host page");
    } finally {
      await host.close();
    }
  },

  async "shared-url"(b, url) {
    await b.open(url + "?sets=eu,jp,kr&mode=inclusive");
    await b.waitForApp();
    await b.waitForSets(["eu", "jp", "kr"], "?sets=eu,jp,kr&mode=inclusive");
    expect(!(await b.checkbox("Canada")).checked, "the Canada checkbox is ticked although the URL leaves Canada out");
  },

  async "toggle-back-reload"(b, url) {
    const withoutJp = ACTORS.filter((a) => a !== "jp");
    const search = `?sets=${withoutJp.join(",")}`;
    // The chart's description, as a screen reader finds it: through the chart's aria-describedby.
    const described = () => b.run('const c = document.querySelector("[data-chart]"); return document.getElementById(c.getAttribute("aria-describedby"))?.textContent ?? "";');
    await b.open(url);
    await b.waitForApp();
    await b.waitForSets(ACTORS, "the default view");
    const before = await described();
    expect(before.includes("across 6 actors") && before.includes("Japan"), `the default chart's description reads "${before}"`);
    await b.click((await b.checkbox("Japan")).element);
    await b.waitForSets(withoutJp, "after unticking Japan");
    const after = await described(); // rendered with the chart
    expect(after.includes("across 5 actors") && !after.includes("Japan"), `after unticking Japan the chart's description reads "${after}"`);
    await b.waitForSearch(search, "after unticking Japan");

    await b.back();
    await b.waitForApp();
    await b.waitForSets(ACTORS, "after history back");
    await b.waitForSearch("", "after history back");

    await b.forward();
    await b.waitForApp();
    await b.waitForSets(withoutJp, "after history forward");
    await b.waitForSearch(search, "after history forward");

    await b.reload();
    await b.waitForApp();
    await b.waitForSets(withoutJp, "after reload");
    expect(!(await b.checkbox("Japan")).checked, "after reload the Japan checkbox is ticked again");
  },

  async compare(b, url) {
    // A hand-typed comparison, then a preset of the dataset's events, then Back and Forward across them.
    const typed = "?from=2023-07-01&to=2024-04-30";
    const canonical = "?from=2023-06-23&to=2024-04-30";
    const matchesCore = (query, when) => marksMatchCore(b, query, when);
    await b.open(new URL(typed, url).href);
    await b.waitForApp();
    await b.waitForSearch(canonical, "the typed comparison");
    const core = await matchesCore(typed, "the typed comparison");
    expect(core.changes.length > 0, "the core finds no change to check the page against");
    const option = await b.run('return [...document.querySelectorAll("select[name=compare] option")].find((o) => o.text.startsWith("End of 2022")) ?? null;');
    expect(option, 'the compare control offers no "End of 2022" preset');
    await b.click(await b.run("return document.querySelector('select[name=compare]');"));
    await b.click(option);
    const fromPreset = () => b.run('return new URLSearchParams(location.search).get("from");');
    await b.waitFor(fromPreset, (f) => f === "2022-12", (f) => `choosing the End of 2022 preset put from=${f} in the URL, not 2022-12`);
    await matchesCore(await b.search(), "the End of 2022 preset");
    await b.back();
    await b.waitForApp();
    await b.waitForSearch(canonical, "after Back");
    await matchesCore(typed, "after Back");
    await b.forward();
    await b.waitForApp();
    await b.waitFor(fromPreset, (f) => f === "2022-12", (f) => `after Forward the URL has from=${f}, not 2022-12`);
    await matchesCore("?from=2022-12&to=2024-04-30", "after Forward");
  },

  async "by-partnership"(b, url) {
    // The EU's four partnerships as sets: the page's marks are the core's, named by partnership ids.
    const query = "?by=partnership&sets=eu-jp,eu-kr,eu-sg,eu-ca&mode=inclusive";
    await b.open(new URL(query, url).href);
    await b.waitForApp();
    const core = await marksMatchCore(b, query, "the EU's four partnerships");
    expect(core.inters.some((x) => x.sets === "eu-jp eu-kr eu-sg eu-ca" && x.size > 0), "the core finds no area the four share");
  },

  async "open-data"(b, url) {
    // A reader's CSV, chosen in the file picker as a user would (WebDriver types the file's path into it): its sets
    // charted, then a broken file named by line and column with the chart kept, then back to the built-in data.
    const dir = mkdtempSync(join(tmpdir(), "overlap-open-"));
    const file = (name, text) => (writeFileSync(join(dir, name), text), join(dir, name));
    await b.open(url);
    await b.waitForApp();
    const picker = () => b.run('return document.querySelector(".open-pick input[type=file]");');
    await b.type(await picker(), file("genes.csv", "gene,Set A,B,C\nBRCA1,1,0,1\nTP53,1,1,0\nEGFR,0,0,1\n"));
    const marks = await b.waitForSets(["set-a", "c", "b"], "after opening genes.csv");
    // Each element under exactly its sets, as the file says.
    const held = marks.inters.map((m) => `${m.sets.join(" ")}: ${m.elements.join(" ")}`).sort();
    expect(held.join(" | ") === "c: egfr | set-a b: tp53 | set-a c: brca1", `the opened file's intersections are ${held.join(" | ")}`);
    await b.type(await picker(), file("broken.csv", "gene,A,B\nx,1,0\ny,1\n"));
    const said = await b.waitFor(
      () => b.run('return document.querySelector(".open-status")?.textContent ?? "";'),
      (t) => t.startsWith("broken.csv:"),
      (t) => `a broken file was not named; the status says "${t}"`,
    );
    expect(said === "broken.csv: line 3, column 3: 2 fields, where the header has 3.", `a broken file says "${said}"`);
    await b.waitForSets(["set-a", "c", "b"], "after the broken file");
    await b.click(await b.run('return [...document.querySelectorAll(".actions button")].find((x) => x.textContent === "Back to the built-in data");'));
    const builtIn = await b.waitForSets(ACTORS, "back to the built-in data");
    // The repository's data file, in Overlap's own format, opens as the built-in data: the same marks.
    await b.type(await picker(), resolve(HERE, "../../data/overlap.toml"));
    await b.waitFor(
      () => b.run('return document.querySelector(".open-status")?.textContent ?? "";'),
      (t) => t.startsWith("Opened overlap.toml, read as Overlap's own format (TOML): "),
      (t) => `data/overlap.toml was not opened; the status says "${t}"`,
    );
    const own = await b.waitForSets(ACTORS, "after opening data/overlap.toml");
    expect(JSON.stringify(own) === JSON.stringify(builtIn), `data/overlap.toml opened is charted otherwise than the built-in data: ${JSON.stringify(own)}`);
    rmSync(dir, { recursive: true });
  },

  async "data-link"(b, url) {
    // A reader's data in the link's fragment reopens in a fresh load; ?data= opens the example beside the page; a
    // file dropped on the page and text pasted on it open as a picked file does.
    const dir = mkdtempSync(join(tmpdir(), "overlap-link-"));
    writeFileSync(join(dir, "genes.csv"), "gene,Set A,B,C\nBRCA1,1,0,1\nTP53,1,1,0\nEGFR,0,0,1\n");
    await b.open(url);
    await b.waitForApp();
    // The file is read by a worker, which says when it starts parsing (the status line records each thing it said).
    await b.run(`window.said = [];
      new MutationObserver(() => window.said.push(document.querySelector(".open-status")?.textContent))
        .observe(document.querySelector(".open-status"), { childList: true, subtree: true, characterData: true });`);
    await b.type(await b.run('return document.querySelector(".open-pick input[type=file]");'), join(dir, "genes.csv"));
    await b.waitForSets(["set-a", "c", "b"], "after opening genes.csv");
    const said = await b.run("return window.said;");
    expect(said.includes("Parsing genes.csv…"), `the file was not read by a worker: the status said ${JSON.stringify(said)}`);
    const link = await b.waitFor(() => b.run("return location.href;"), (h) => h.includes("#data="), (h) => `the address does not carry the data: ${h}`);
    await b.open("about:blank"); // else only the fragment would change, and the page would not load again
    await b.open(link);
    await b.waitForApp();
    const marks = await b.waitForSets(["set-a", "c", "b"], "reopening the link");
    const held = marks.inters.map((m) => `${m.sets.join(" ")}: ${m.elements.join(" ")}`).sort();
    expect(held.join(" | ") === "c: egfr | set-a b: tp53 | set-a c: brca1", `the link reopened ${held.join(" | ")}`);
    await b.open(new URL("?data=data/examples/partnerships.csv&sets=eu,japan,korea", url).href);
    await b.waitForApp();
    await b.waitForSets(["eu", "japan", "korea"], "?data= of the example");
    await b.run(`const dt = new DataTransfer();
      dt.items.add(new File(["item,set\\nx,P\\ny,P\\ny,Q\\n"], "dropped.csv", { type: "text/csv" }));
      document.querySelector("main").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));`);
    await b.waitForSets(["p", "q"], "after dropping dropped.csv");
    // Pasted as a reader pastes: the table copied from a field with Ctrl+C, then Ctrl+V on the page outside any field.
    const field = await b.run(`const t = document.createElement("textarea");
      t.value = "element\\tR\\tS\\na\\t1\\t1\\n";
      document.body.append(t);
      return t;`);
    await b.click(field);
    const chord = (key) => b.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions: [
      { type: "keyDown", value: "\uE009" }, { type: "keyDown", value: key }, { type: "keyUp", value: key }, { type: "keyUp", value: "\uE009" }] }] });
    await b.run("document.querySelector('textarea').select();");
    await chord("c");
    await b.run("document.querySelector('textarea').remove(); document.activeElement?.blur();");
    await chord("v");
    await b.waitForSets(["r", "s"], "after pasting a table");
    rmSync(dir, { recursive: true });
  },

  async "hostile-url"(b, url) {
    const query = "?sets=eu,<img src=x onerror=alert(1)>,jp&view=%3Cscript%3E&q=%22%3E%3Csvg%20onload%3Dalert(1)%3E&asof=9999-99-99&select=zz&sets=uk";
    const html = readFileSync(join(DIST, "index.html"), "utf8");
    await b.open(new URL(query, url).href); // encoded as the browser's address bar would
    await b.waitForApp();
    await b.waitForSets(["eu", "jp"], "the hostile URL", { allowZero: true }); // no area matches that q

    const injected = await b.call((html) => {
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
      b.run(`return [...document.querySelectorAll('[role="status"], [role="alert"]')].map((e) => ({
        text: e.textContent.replace(/\\s+/g, " ").trim(),
        visible: e.getClientRects().length > 0 && e.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
      }));`);
    const names = ({ text, visible }) => visible && (text.includes("sets") || text.includes("img")) && (text.includes("asof") || text.includes("9999"));
    await b.waitFor(notices, (found) => found.some(names), (found) =>
      `no visible role="status"/"alert" element names what was ignored ("sets" or the bad id, and "asof" or "9999"); found: ${
        found.length ? found.map((n) => `${n.visible ? "" : "(hidden) "}"${n.text.slice(0, 100)}"`).join(", ") : "none"}`);
  },

  async "unknown-actors"(b, url) {
    await b.open(url + "?sets=zz,qq");
    await b.waitForApp();
    await b.waitForSets(ACTORS, "a URL whose actors are all unknown");
    const text = await b.run(`return [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent).join(" ");`);
    expect(text.includes("zz") && text.includes("default actors"), `the notice does not say the default actors are shown: "${text}"`);
  },

  async "select-history"(b, url) {
    // After the user picks an option, only the select's value property decides what it shows: Back and Forward must
    // set it, not just the options' selected attributes.
    const mode = () => b.run(`return document.querySelector('select option[value="inclusive"]').parentElement.value;`);
    await b.open(url);
    await b.waitForApp();
    // A key press, as a user would: a driver's click on an <option> is no user activation in WebKit, and its history then
    // skips the entry the change pushed (as browsers do for entries no user action made).
    await b.type(await b.run(`return document.querySelector('select option[value="inclusive"]').parentElement;`), "\uE015"); // ArrowDown
    await b.waitForSearch("?mode=inclusive", "after choosing inclusive");
    await b.back();
    await b.waitForSearch("", "after history back");
    await b.waitFor(mode, (v) => v === "exclusive", (v) => `after Back the mode select shows "${v}", the state "exclusive"`);
    await b.forward();
    await b.waitForSearch("?mode=inclusive", "after history forward");
    await b.waitFor(mode, (v) => v === "inclusive", (v) => `after Forward the mode select shows "${v}", the state "inclusive"`);
  },

  async "from-file"(b) {
    await b.open(pathToFileURL(join(DIST, "index.html")).href);
    const seen = await b.run(`return {
      fill: getComputedStyle(document.querySelector("[data-chart] .bar")).fill,
      notice: document.querySelector(".boot-file").checkVisibility() ? document.querySelector(".boot-file").textContent : "",
      live: document.documentElement.hasAttribute("data-ready"),
    };`);
    expect(seen.fill !== "rgb(0, 0, 0)" && seen.fill !== "none", `opened from a file, the prerendered bars are not styled (fill ${seen.fill})`);
    expect(seen.notice.includes("overlap.html"), `opened from a file, no visible notice points to overlap.html: "${seen.notice}"`);
    expect(!seen.live, "opened from a file, the page claims to be live");
  },

  async "single-file"(b) {
    await b.open(pathToFileURL(join(DIST, "overlap.html")).href + "?sets=eu,jp");
    await b.waitForApp();
    await b.waitForSets(["eu", "jp"], "the single file with ?sets=eu,jp");
    await b.click((await b.checkbox("Korea")).element);
    await b.waitForSets(["eu", "jp", "kr"], "after ticking Korea in the single file");
  },

  async "early-input"(b, url) {
    // Inputs made before the app is live take effect once it is: the server holds the wasm back until they are made.
    let release;
    holding = new Promise((ok) => (release = ok));
    try {
      await b.open(url); // the session does not wait for the page to load, which the held wasm would keep it from
      const parsed = "return document.readyState != 'loading' && !!document.querySelector('input[name=actor][value=jp]');";
      // Not waiting for the load, the first probes may run in the page the navigation is leaving: not parsed yet.
      const probe = () => b.run(parsed).catch((e) => (unloading(e) ? false : Promise.reject(e)));
      await b.waitFor(probe, Boolean, () => "the page was not parsed within the wait");
      await b.hook(); // in this page for sure: the one run by the navigation may have met the page it left

      await b.click((await b.checkbox("Japan")).element);
      const search = await b.run('return document.querySelector("input[name=q]");');
      await b.click(search);
      await b.type(search, "quantum");
      expect(!(await b.run("return document.documentElement.hasAttribute('data-ready');")), "the app was live although its wasm was held back");
    } finally {
      release();
      holding = null;
    }
    await b.waitForApp();
    await b.waitForSearch("?sets=eu,uk,kr,sg,ca&q=quantum", "after inputs made before the app was live");
    await b.waitForSets(["eu", "uk", "kr", "sg", "ca"], "after the takeover", { allowZero: true }); // not all have quantum
    expect(!(await b.checkbox("Japan")).checked, "Japan is ticked again after the takeover");
  },

  async "no-javascript"(b, url) {
    await b.open(url); // in a session with JavaScript off for the page (WebDriver's own scripts still run)
    // With scripting on, the HTML parser keeps a <noscript>'s markup as raw text: then the pref did not work.
    const { text, scripting } = await b.run(`const n = document.querySelector("noscript");
      return { text: document.body.innerText.trim(), scripting: !!n && n.children.length === 0 && n.textContent.includes("<") };`);
    expect(!scripting, "the page was parsed with scripting on (is the engine's JavaScript switch honoured?)");
    expect(text.length > 0, "with JavaScript off the page shows no text");
    expect(text.includes("JavaScript"), `with JavaScript off the page does not mention "JavaScript": "${text.slice(0, 200)}"`);
  },
};

const sessionOptions = { "no-javascript": { javascript: false }, "early-input": { pageLoad: "none" } };
let holding = null; // while a check holds the wasm back: the promise its answer waits for

// ---------------------------------------------------------------- runner

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** A process that is stopped with the run: resolves to { child, output(), stop() }; `env` adds to the environment. */
function start(commandName, args, env = {}, extraStdio = []) {
  let output = "";
  const child = spawn(commandName, args, { stdio: ["ignore", "pipe", "pipe", ...extraStdio], env: { ...process.env, ...env } });
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((ok) => child.once("close", ok));
  child.once("error", (e) => (child.spawnError = e));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && !child.spawnError) child.kill();
    await Promise.race([exited, sleep(5_000)]);
  };
  process.once("exit", () => child.exitCode === null && child.kill());
  return { child, output: () => output, stop };
}

/** A private X display for engines without a headless mode: resolves to { display, stop() }. `-noreset`: an X server
 * resets when its last client leaves, as the browser does between checks, and a browser that connects during the
 * reset fails ("cannot open display"), which a loaded machine makes likely. */
async function startXvfb() {
  const xvfb = start("Xvfb", ["-displayfd", "3", "-nolisten", "tcp", "-noreset", "-screen", "0", "1280x1024x24"], {}, ["pipe"]);
  let number = "";
  xvfb.child.stdio[3].on("data", (chunk) => (number += chunk));
  for (const end = Date.now() + 10_000; Date.now() < end; await sleep(50)) {
    if (xvfb.child.spawnError) throw new Error(`could not run Xvfb: ${xvfb.child.spawnError.message} (install Debian's xvfb)`);
    if (xvfb.child.exitCode !== null) throw new Error(`Xvfb exited: ${xvfb.output().trim().split("\n").pop()}`);
    if (number.includes("\n")) return { display: `:${number.trim()}`, stop: xvfb.stop };
  }
  await xvfb.stop();
  throw new Error("Xvfb did not start within 10 s");
}

/** Start the engine's driver on a free loopback port; resolves to { url, output(), stop() }. */
async function startDriver() {
  const x = engine.display ? await startXvfb() : null;
  const port = await freePort();
  const driver = start(engine.driver, engine.driverArgs(port), x ? { DISPLAY: x.display } : {});
  const stop = async () => {
    await driver.stop();
    await x?.stop();
  };
  const url = `http://127.0.0.1:${port}`;
  for (const end = Date.now() + 10_000; Date.now() < end; await sleep(100)) {
    if (driver.child.spawnError) {
      await stop();
      throw new Error(`could not run ${engine.driver}: ${driver.child.spawnError.message} (install ${engine.driverInstall})`);
    }
    if (driver.child.exitCode !== null) {
      await stop();
      throw new Error(`${engine.driver} exited: ${driver.output().trim().split("\n").pop()}`);
    }
    if (await command(url, "GET", "/status").then(() => true, () => false)) return { url, output: driver.output, stop };
  }
  await stop();
  throw new Error(`${engine.driver} did not answer within 10 s`);
}

let current = []; // problems of the running check; the server adds failed requests to it

/** The page a check ends on has finished loading, and the icon it names is served (a browser asks for it late, or,
 * driven, not at all): both read off the page, not waited for by the clock. */
async function settled(b) {
  if (!b.javascript) return;
  await b.waitFor(() => b.run("return document.readyState;"), (s) => s === "complete", (s) => `the page is still "${s}"`);
  const icon = await b.run(`var l = document.querySelector("link[rel~=icon]");
    return l && /^https?:/.test(l.href) ? fetch(l.href).then(function (r) { return r.status + " for " + l.href; }) : null;`);
  expect(icon === null || icon.startsWith("200 "), `the page's icon: HTTP ${icon}`);
}

async function runCheck(name, driver, url) {
  const problems = (current = []);
  let b, timer;
  try {
    b = await Browser.start(driver.url, problems, sessionOptions[name]);
  } catch (e) {
    return [`could not start ${ENGINE}: ${e.message}${driver.output() ? ` — ${engine.driver}: ${driver.output().trim().split("\n").pop()}` : ""}`];
  }
  try {
    await Promise.race([
      checks[name](b, url),
      new Promise((_, fail) => (timer = setTimeout(() => fail(new Failure(`did not finish within ${CHECK_LIMIT / 1000} s`)), CHECK_LIMIT))),
    ]);
    await settled(b);
    const alert = await b.alertText();
    expect(alert === null, `an alert dialog is open: "${alert}"`);
    await b.collectErrors();
  } catch (e) {
    problems.unshift(e instanceof Failure ? e.message : `error: ${e.message}`);
  } finally {
    clearTimeout(timer);
    await b.quit();
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
  if (!existsSync(engine.browser)) throw new Error(`no ${ENGINE} browser at ${engine.browser} (install ${engine.install})`);
  server = await serve(DIST, {
    hold: (file) => (file.endsWith(".wasm") ? holding : undefined),
    onRequest: (path, status) => {
      if (status >= 400) current.push(`HTTP ${status} for ${path}`);
    },
  });
  driver = await startDriver();
  console.error(`serving ${DIST} at ${server.url}; ${engine.browser} through ${engine.driver} at ${driver.url}`);
  for (const name of selected) report(name, await runCheck(name, driver, server.url));
} catch (e) {
  for (const name of selected.slice(results.length)) report(name, [e.message]);
} finally {
  await driver?.stop();
  await server?.close();
}
const failed = results.filter((ok) => !ok).length;
console.log(`${ENGINE}-e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
