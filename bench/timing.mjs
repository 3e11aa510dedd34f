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
 * Interactions `n` times each in one loaded page, once the app is live (`readySelector`): `actor` clicks the checkbox
 * whose <label> contains `label`, `mode` and `sort` switch the select inside the field labelled "Intersections" or
 * "Sort by" between its first two options, `timeline` moves the range input between its ends. Each time it measures,
 * in the page, from just before the input to the first mutation inside `chartSelector` (`work`), to the next
 * requestAnimationFrame (`frames`: the frame that paints the update starts) and to the second one (`times`: that
 * frame has been painted). Resolves to { [kind]: { times, work, frames, unchanged } }, where `unchanged` counts
 * inputs after which the number of `countSelector` marks did not change (expected for `sort`), and `problems`.
 */
export async function interactionTimes(browser, url, { chartSelector, markSelector, readySelector, countSelector, label, n, kinds }) {
  const session = await load(browser, url, markSelector);
  try {
    await session.page.waitForSelector(readySelector, { timeout: WAIT });
    const result = await session.page.evaluate(
      async ({ chartSelector, countSelector, label, n, wait, kinds }) => {
        const field = (name) => [...document.querySelectorAll("label")].find((l) => l.textContent.trim().startsWith(name));
        const fire = (el, type) => el.dispatchEvent(new Event(type, { bubbles: true }));
        const inputs = {
          actor: () => {
            const box = [...document.querySelectorAll('input[type="checkbox"]')].find((i) => [...(i.labels ?? [])].some((l) => l.textContent.includes(label)));
            return box ? (box.click(), true) : null;
          },
          mode: () => flip(field("Intersections")?.querySelector("select")),
          sort: () => flip(field("Sort by")?.querySelector("select")),
          // Two of the dataset's comparisons in turn: each input chooses a preset.
          compare: () => {
            const select = document.querySelector("select[name=compare]");
            if (!select || select.options.length < 3) return null;
            select.value = select.value === select.options[1].value ? select.options[2].value : select.options[1].value;
            fire(select, "change");
            return true;
          },
          timeline: () => {
            const range = field("As of")?.querySelector('input[type="range"]');
            if (!range) return null;
            range.value = range.value === range.min ? range.max : range.min;
            fire(range, "input");
            return true;
          },
        };
        function flip(select) {
          if (!select) return null;
          select.value = select.value === select.options[0].value ? select.options[1].value : select.options[0].value;
          fire(select, "change");
          return true;
        }
        const inChart = (node) => {
          const el = node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement;
          return !!el && (!!el.closest(chartSelector) || !!el.querySelector?.(chartSelector));
        };
        const touchesChart = (records) => records.some((r) => inChart(r.target) || [...r.addedNodes, ...r.removedNodes].some(inChart));
        const frame = () => new Promise((ok) => requestAnimationFrame(ok));
        const once = (kind) =>
          new Promise((ok, fail) => {
            const before = document.querySelectorAll(countSelector).length;
            const timer = setTimeout(() => (observer.disconnect(), fail(new Error(`the chart did not change within ${wait} ms of a ${kind} input`))), wait);
            const observer = new MutationObserver(async (records) => {
              if (!touchesChart(records)) return;
              observer.disconnect();
              clearTimeout(timer);
              const updated = performance.now();
              await frame();
              const painting = performance.now();
              await frame();
              ok({
                work: updated - start,
                frame: painting - start,
                ms: performance.now() - start,
                changed: document.querySelectorAll(countSelector).length !== before,
              });
            });
            observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
            const start = performance.now();
            if (inputs[kind]() == null) {
              observer.disconnect();
              clearTimeout(timer);
              fail(new Error(`no control for the ${kind} input`));
            }
          });
        const out = {};
        for (const kind of kinds) {
          const r = (out[kind] = { times: [], work: [], frames: [], unchanged: 0 });
          for (let i = 0; i < n; i++) {
            const { ms, changed, ...t } = await once(kind);
            r.times.push(ms);
            r.work.push(t.work);
            r.frames.push(t.frame);
            if (!changed) r.unchanged++;
            await new Promise((ok) => setTimeout(ok, 50)); // let the page settle between inputs
          }
        }
        return out;
      },
      { chartSelector, countSelector, label, n, wait: WAIT, kinds },
    );
    return { ...result, problems: session.problems };
  } finally {
    await session.close();
  }
}
