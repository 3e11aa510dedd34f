// Times pages in headless Chromium: first chart mark, first contentful paint and the moment the app is live per fresh
// load, and click-to-paint.
const WAIT = 30_000; // limit on waiting for a page to draw; a load that exceeds it is reported and left out

/**
 * A page in a new browser context with the HTTP cache disabled. Before any script of the page runs, it records
 * `window.bench.mark` (performance.now() when `markSelector` first matches), `window.bench.live` (when `liveSelector`
 * first matches: the app answers input from then on) and `window.bench.fcp`.
 * Console errors, page errors and failed requests go to `problems`; same-origin request paths to `requests`.
 */
export async function freshPage(browser, markSelector, liveSelector = markSelector) {
  const context = await browser.newContext();
  const problems = [];
  const requests = [];
  await context.addInitScript(({ markSelector, liveSelector }) => {
    const bench = (window.bench = { mark: null, live: null, fcp: null });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "first-contentful-paint") bench.fcp = e.startTime;
    }).observe({ type: "paint", buffered: true });
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (bench.mark === null && document.querySelector(markSelector)) bench.mark = now;
      if (bench.live === null && document.querySelector(liveSelector)) bench.live = now;
      if (bench.mark !== null && bench.live !== null) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  }, { markSelector, liveSelector });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} for ${r.url()}`));
  page.on("request", (r) => requests.push(r.url()));
  return { page, problems, requests, close: () => context.close() };
}

/**
 * Opens `url` in a fresh page and waits for the chart mark, the app live and FCP. Resolves to { mark, live, fcp, page,
 * … } (still open).
 */
export async function load(browser, url, markSelector, liveSelector) {
  const session = await freshPage(browser, markSelector, liveSelector);
  await session.page.goto(url);
  await session.page.waitForFunction(() => window.bench.mark !== null && window.bench.live !== null && window.bench.fcp !== null, null, { timeout: WAIT });
  const { mark, live, fcp } = await session.page.evaluate(() => window.bench);
  return { ...session, mark, live, fcp };
}

/**
 * `n` rounds of fresh loads, one per target in each round, so that every target sees the same background load (after
 * one unrecorded warm-up round). A target is { url, mark: selector, live?: selector, inspect?: (page) => value };
 * `inspect` runs on the last load. Resolves to one { marks: [ms], lives: [ms], fcps: [ms], problems: [text],
 * requests: [url], inspected } per target.
 */
export async function loadTimes(browser, targets, n) {
  const out = targets.map(() => ({ marks: [], lives: [], fcps: [], problems: [], requests: [], inspected: undefined }));
  for (let round = 0; round <= n; round++) {
    for (const [t, { url, mark, live, inspect }] of targets.entries()) {
      const r = out[t];
      let session;
      try {
        session = await load(browser, url, mark, live);
        if (round === 0) continue; // warm-up
        r.marks.push(session.mark);
        r.lives.push(session.live);
        r.fcps.push(session.fcp);
        if (round === n && inspect) r.inspected = await inspect(session.page);
      } catch (e) {
        r.problems.push(`load ${round}: ${e.message.split("\n")[0]}`);
      } finally {
        if (session) {
          r.problems.push(...session.problems.map((p) => `load ${round}: ${p}`));
          if (round === n) r.requests = session.requests;
          await session.close();
        }
      }
    }
  }
  return out;
}

/**
 * In the page: `window.__bench.arm()` starts timing the next input, and resolves to { work, frame, ms, changed }:
 * from the input event's own time stamp (the trusted click or key press, as the browser received it) to the first
 * mutation inside `chartSelector` (`work`), to the next animation frame (`frame`: the frame that paints the update
 * starts) and to the one after (`ms`: that frame has been painted). `changed` says whether the number of
 * `countSelector` marks changed.
 */
function installRecorder({ chartSelector, countSelector, wait }) {
  const inChart = (node) => {
    const el = node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement;
    return !!el && (!!el.closest(chartSelector) || !!el.querySelector?.(chartSelector));
  };
  const touchesChart = (records) => records.some((r) => inChart(r.target) || [...r.addedNodes, ...r.removedNodes].some(inChart));
  const frame = () => new Promise((ok) => requestAnimationFrame(ok));
  window.__bench = {
    arm() {
      const before = document.querySelectorAll(countSelector).length;
      return new Promise((ok, fail) => {
        let input = null;
        const onInput = (e) => {
          if (input === null && e.isTrusted) input = e.timeStamp;
        };
        const kinds = ["click", "keydown"];
        const stop = () => {
          observer.disconnect();
          clearTimeout(timer);
          for (const k of kinds) document.removeEventListener(k, onInput, true);
        };
        const timer = setTimeout(() => (stop(), fail(new Error(`the chart did not change within ${wait} ms of an input`))), wait);
        const observer = new MutationObserver(async (records) => {
          if (input === null || !touchesChart(records)) return;
          stop();
          const updated = performance.now();
          await frame();
          const painting = performance.now();
          await frame();
          ok({ work: updated - input, frame: painting - input, ms: performance.now() - input, changed: document.querySelectorAll(countSelector).length !== before });
        });
        for (const k of kinds) document.addEventListener(k, onInput, true);
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
      });
    },
  };
}

/**
 * The inputs, as a reader makes them, through the browser's own input (trusted events): `actor` clicks the checkbox
 * whose label contains `label`; `mode` and `sort` press an arrow key on their focused select, `compare` too (from no
 * comparison to the first preset, then between the first two); `timeline` presses End or Home on the focused as-of
 * slider. The `i`th input of a kind alternates, so that each changes the chart.
 */
const INPUTS = {
  actor: (page, i, { label }) => page.locator("label.check", { hasText: label }).first().click(),
  mode: (page, i) => key(page, "select[name=mode]", i % 2 ? "ArrowUp" : "ArrowDown"),
  sort: (page, i) => key(page, "select[name=sort]", i % 2 ? "ArrowUp" : "ArrowDown"),
  compare: (page, i) => key(page, "select[name=compare]", i % 2 ? "ArrowDown" : i === 0 ? "ArrowDown" : "ArrowUp"),
  timeline: (page, i) => key(page, "input[name=asof]", i % 2 ? "End" : "Home"),
};

async function key(page, selector, name) {
  await page.focus(selector);
  await page.keyboard.press(name);
}

/** One input of `kind` (its `i`th) in `page`, timed from its own event. */
async function timeInput(page, kind, i, options) {
  const result = page.evaluate(() => window.__bench.arm());
  await page.waitForFunction(() => true); // the recorder is armed before the input is sent
  await INPUTS[kind](page, i, options);
  return result;
}

/**
 * Each kind of input in `kinds`, timed from the input event: `cold`, the first input a fresh page gets once its app is
 * live (`loads` fresh pages per kind), and `warm`, `n` more of that kind in one page. Resolves to { [kind]: { cold:
 * { work, frames, times }, warm: { work, frames, times }, unchanged } , problems }, where `unchanged` counts warm
 * inputs after which the number of `countSelector` marks did not change (expected for `sort`).
 */
export async function interactionTimes(browser, url, { chartSelector, markSelector, readySelector, countSelector, label, n, loads, kinds }) {
  const out = { problems: [] };
  const sample = () => ({ work: [], frames: [], times: [] });
  const record = (into, t) => (into.work.push(t.work), into.frames.push(t.frame), into.times.push(t.ms));
  const open = async () => {
    const session = await load(browser, url, markSelector);
    await session.page.waitForSelector(readySelector, { timeout: WAIT });
    await session.page.evaluate(installRecorder, { chartSelector, countSelector, wait: WAIT });
    return session;
  };
  for (const kind of kinds) {
    const r = (out[kind] = { cold: sample(), warm: sample(), unchanged: 0 });
    for (let l = 0; l < loads; l++) {
      const session = await open();
      try {
        record(r.cold, await timeInput(session.page, kind, 0, { label }));
        if (l === loads - 1) {
          for (let i = 1; i <= n; i++) {
            const t = await timeInput(session.page, kind, i, { label });
            record(r.warm, t);
            if (!t.changed) r.unchanged++;
          }
        }
      } catch (e) {
        out.problems.push(`${kind}: ${e.message.split("\n")[0]}`);
      } finally {
        out.problems.push(...session.problems);
        await session.close();
      }
    }
  }
  return out;
}
