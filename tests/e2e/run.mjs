// End-to-end suite for the built Overlap site: serves dist/, drives headless Chromium, ends with `e2e: N passed, M failed`.
//
//   node tests/e2e/run.mjs [DIST_DIR]          (default: the repo's dist/; E2E_ONLY=toggle,root runs a subset)
//
// The page contract the checks rely on (what the app must render):
//   [data-chart="upset"]        the chart; the app has started once it exists
//   [data-set=ID data-size=N]   one mark per shown actor, in display order, all inside the chart, nowhere else
//   [data-sets="ID ID …" data-size=N data-elements="AREA AREA …"]   one mark per (exclusive) intersection
//   an <input type=checkbox> per actor whose <label> names it ("Japan"), ticked when the actor is shown
//   <a href="….toml"> to the raw dataset; a <noscript> (or static) text that says the page needs JavaScript
// Each check gets fresh browser contexts; it fails on a thrown assertion and ALSO on any console error, page error,
// failed request, HTTP status >= 400 (favicon included) or request to an origin other than the test servers.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium } from "./browser.mjs";
import { ACTORS, CHART, Failure, READY, collectCompare, collectMarks, compareProblems, coreMarks, expect, expectConsistent, expectDefaultSets, expectNone, expectSets, findCheckbox, interSignature } from "./marks.mjs";
import { scriptHashes, serveHost } from "./host.mjs";
import { serve } from "./serve.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
// The data's version and date, as data/overlap.toml gives them: the exports and the footer name them.
const DATA_TOML = readFileSync(join(HERE, "../../data/overlap.toml"), "utf8");
const [VERSION, DATA_AS_OF] = ["version", "data_as_of"].map((key) => DATA_TOML.match(new RegExp(`^${key} = "([^"]+)"`, "m"))?.[1]);
const DIST = resolve(process.argv[2] ?? join(HERE, "../../dist"));
const WAIT = 20_000; // how long to wait for the wasm app to start or react; a limit on waiting, never an assertion
const CHECK_LIMIT = 120_000; // a hung check is stopped and failed after this
const SUBPATH = "/tools/overlap/";
const DIST_URL = pathToFileURL(DIST + "/").href; // the built site opened from disk, as a double-click would

// ---------------------------------------------------------------- browser session of one check

/** Opens pages for one check and records every console error, page error, failed or foreign request in `problems`. */
class Session {
  constructor(browser, servers) {
    this.browser = browser;
    this.url = servers.root.url;
    this.subUrl = servers.sub.url;
    this.origins = new Set([servers.root.origin, servers.sub.origin]);
    this.problems = [];
    this.contexts = [];
    this.closing = false;
    this.loaded = new Set(); // URLs that answered < 400
    this.aborted = new Set(); // URLs whose request a navigation cut short
  }

  note(message) {
    if (!this.closing) this.problems.push(message);
  }

  isLocal(url) {
    return /^(data|blob|about):/.test(url) || url.startsWith(DIST_URL) || this.origins.has(new URL(url).origin);
  }

  /** A new page in a new context (contextOptions as for browser.newContext), watched for errors. */
  async page(contextOptions = {}) {
    const context = await this.browser.newContext(contextOptions);
    this.contexts.push(context);
    context.setDefaultTimeout(WAIT);
    context.setDefaultNavigationTimeout(WAIT);
    // Foreign requests are reported and never leave the machine.
    await context.route(
      (url) => !this.isLocal(url.href),
      (route) => {
        this.note(`request to a foreign origin: ${route.request().url()}`);
        return route.abort("blockedbyclient");
      },
    );
    context.on("console", (m) => {
      if (m.type() === "error") this.note(`console error: ${m.text()}${m.location()?.url ? `  [${m.location().url}]` : ""}`);
    });
    context.on("weberror", (e) => this.note(`page error: ${e.error().message}`));
    const jsOff = contextOptions.javaScriptEnabled === false; // then Chromium itself blocks scripts (as "csp")
    context.on("requestfailed", (r) => {
      if (jsOff && r.resourceType() === "script") return;
      if (!this.isLocal(r.url())) return;
      const error = r.failure()?.errorText ?? "?";
      // A reload or navigation aborts what is still loading; that only matters if the file never loads at all.
      if (error === "net::ERR_ABORTED") this.aborted.add(r.url());
      else this.note(`request failed: ${r.url()} (${error})`);
    });
    context.on("response", (r) => {
      if (r.status() >= 400) this.note(`HTTP ${r.status()} for ${r.url()}`);
      else this.loaded.add(r.url());
    });
    context.on("page", (p) => p.on("websocket", (ws) => this.isLocal(ws.url()) || this.note(`websocket to a foreign origin: ${ws.url()}`)));
    return context.newPage();
  }

  /** Every page has finished loading and its icon is served (read off the page: a browser asks for its icon late),
   * so that their errors count; then close everything. */
  async close() {
    for (const context of this.contexts) {
      for (const page of context.pages()) {
        await page.waitForLoadState("load", { timeout: WAIT }).catch(() => this.note(`${page.url()} never finished loading`));
        const icon = await page
          .evaluate(() => {
            const link = document.querySelector("link[rel~=icon]");
            return link && /^https?:/.test(link.href) ? fetch(link.href).then((r) => `${r.status} for ${link.href}`) : null;
          })
          .catch(() => null); // a page that is going away
        if (icon && !icon.startsWith("200 ")) this.note(`the page's icon: HTTP ${icon}`);
      }
    }
    for (const url of this.aborted) if (!this.loaded.has(url)) this.note(`request aborted and never loaded: ${url}`);
    this.closing = true;
    await Promise.all(this.contexts.map((c) => c.close().catch(() => {})));
  }
}

// ---------------------------------------------------------------- page helpers

/** Wait until the app is live and shows `chart`; the chart may be prerendered before the app starts. */
async function waitForChart(page, chart = CHART) {
  await page.waitForSelector(`${READY} ${chart}`, { timeout: WAIT }).catch(() => {
    throw new Failure(`no live ${chart} within ${WAIT / 1000} s (did the wasm app start?)`);
  });
}

/** New page, go to url, wait until the app has drawn its chart. */
async function openChart(session, url = session.url, contextOptions = {}) {
  const page = await session.page(contextOptions);
  await page.goto(url);
  await waitForChart(page);
  return page;
}

/** The chart's marks (see marks.mjs), document-wide, in DOM order. */
function readMarks(page, chart = CHART) {
  return page.evaluate(collectMarks, chart);
}

/** The <input type=checkbox> whose associated <label> text contains `text`, as an ElementHandle. */
async function checkboxLabelled(page, text) {
  const handle = await page.evaluateHandle(findCheckbox, text);
  const box = handle.asElement();
  expect(box, `no <input type="checkbox"> with a <label> containing "${text}"`);
  return box;
}

/** Polls `ok` (run in this process, not the page) every 20 ms until it holds, failing with `message` past WAIT. */
async function pollUntil(ok, message) {
  for (const end = Date.now() + WAIT; !ok(); ) {
    if (Date.now() > end) throw new Failure(message);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function waitUntil(page, fn, arg, message) {
  await page.waitForFunction(fn, arg, { timeout: WAIT }).catch(() => {
    throw new Failure(message);
  });
}

/** Waits until the page's marks are those the core computes for `query` (src/bin/marks.rs), and returns the core's;
 * fails, naming `when`, with the differences if they never are. Polled: the chart updates as the view changes. */
async function marksMatchCore(page, query, when) {
  const core = coreMarks(query);
  let problems = [];
  const end = Date.now() + WAIT;
  do {
    problems = compareProblems(await page.evaluate(collectCompare), core);
    if (!problems.length) return core;
    await page.waitForTimeout(50);
  } while (Date.now() < end);
  expectNone(problems, `${when}: the page's marks differ from the core's`);
}

/** Opens the share menu if it is closed, and copies one of its texts: "link" or "embed". */
async function copyFromShare(page, what) {
  if (!(await page.$("details.share[open]"))) await page.click("details.share > summary");
  await page.click(`.share-menu [data-format=${what}] button`);
}

const AXE_SOURCE = join(HERE, "node_modules/axe-core/axe.min.js");

/** Inject axe-core and return its violations on the whole document. */
async function axeViolations(page) {
  await page.addScriptTag({ content: readFileSync(AXE_SOURCE, "utf8") });
  return page.evaluate(async () => {
    const result = await window.axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

// ---------------------------------------------------------------- the checks (add new ones here)

const checks = [
  async function root(s) {
    expectDefaultSets(await readMarks(await openChart(s)));
  },

  async function intersections(s) {
    expectConsistent(await readMarks(await openChart(s)));
  },

  async function sources(s) {
    const marks = await readMarks(await openChart(s));
    const all = [...ACTORS].sort().join(" ");
    const mark = marks.inters.find((m) => [...m.sets].sort().join(" ") === all);
    expect(mark, `no intersection mark with data-sets="${ACTORS.join(" ")}"`);
    expect(mark.elements.includes("semiconductors"), `the all-six intersection lacks "semiconductors": "${mark.elements.join(" ")}"`);
    // The sources list numbers them as the citations do and says what is known of each, without filler.
    const page = await openChart(s, `${s.url}?q=AI`);
    const listed = await page.$$eval(".sources .refs li", (lis) => lis.map((li) => li.textContent));
    expect(listed.length > 0 && listed.every((l, i) => l.startsWith(`[${i + 1}] `)), `the sources are not numbered [1], [2], …: ${listed.join(" | ")}`);
    expectNone(listed.filter((l) => /— not stated|not stated.*not stated/.test(l)), "sources saying \"not stated\" more than once");
    expect(listed[0].includes(". News report · English · "), `the first source does not say what kind of document it is: ${listed[0]}`);
    // A short search matches where words start: "AI" is not the "ai" of "chains".
    const found = [...new Set((await readMarks(page)).inters.flatMap((m) => m.elements))];
    expect(found.join(" ") === "ai", `searching "AI" found ${found.join(" ")}, not only ai`);
  },

  async function names(s) {
    // Every column names each of its areas on a line of its own, inside the page; a dot shows how firm its memberships
    // are; the disabled Venn choice says why in words on the page.
    const page = await openChart(s);
    const seen = await page.evaluate(() => [...document.querySelectorAll(".column")].map((col) => {
      const lines = [...col.querySelectorAll(".names > li:not(.moved)")];
      return {
        sets: col.dataset.sets,
        named: lines.length === col.dataset.elements.split(" ").length,
        inside: lines.every((l) => { const r = l.getBoundingClientRect(); return r.width > 0 && r.left >= 0 && r.right <= innerWidth; }),
      };
    }));
    expect(seen.length > 0, "no column");
    expectNone(seen.filter((c) => !c.named).map((c) => c.sets), "columns without one line per area");
    expectNone(seen.filter((c) => !c.inside).map((c) => c.sets), "area names outside the page");
    expect((await page.$$('.dots i[data-on][data-fill="0"]')).length > 0, "no hollow dot marks memberships only being explored");
    const inclusive = await openChart(s, `${s.url}?mode=inclusive`);
    expect((await inclusive.$$('.dots i[data-on]:not([data-fill="0"]):not([data-fill="4"])')).length > 0, "no partly filled dot shows a column of mixed firmness");
    // No column's names run into another's, on a wide screen too, where columns holding many names or saying where
    // areas moved are drawn as rows.
    for (const query of ["", "?mode=inclusive", "?sets=eu,jp", "?from=2022-12"]) {
      const wide = await openChart(s, s.url + query, { viewport: { width: 1366, height: 768 } });
      const crossing = await wide.evaluate(() => {
        const boxes = [...document.querySelectorAll(".column")].map((c) => [c.dataset.sets, c.querySelector(".names").getBoundingClientRect()]);
        const meet = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        return boxes.flatMap(([s, a], i) => boxes.slice(i + 1).filter(([, b]) => meet(a, b)).map(([t]) => `${s} | ${t}`));
      });
      expectNone(crossing, `at 1366 px ${query || "the default view"} has columns whose names run into each other`);
    }
    const venn = await page.$eval('input[value="venn"]', (i) => {
      const note = document.getElementById(i.getAttribute("aria-describedby"));
      return { disabled: i.disabled, said: note?.textContent ?? "", shown: !!note && note.getBoundingClientRect().height > 2 };
    });
    expect(venn.disabled && venn.said.includes("Venn needs 2 or 3 actors") && venn.shown, "the disabled Venn choice does not say why on the page");
  },

  async function phone(s) {
    // From 320 px up the page never scrolls sideways; on a phone the chart starts on the first screen; a tap on a
    // column brings its evidence into view with the focus on it, and "Back to the chart" returns to the column.
    const views = [[320, 640, "", CHART], [360, 740, "?view=matrix", '[data-chart="matrix"]'], [390, 844, "?from=2023&to=2024-04-30", CHART], [768, 1024, "", CHART], [360, 740, "?sets=jp,kr,ca&view=venn", '[data-chart="venn"]']];
    for (const [width, height, query, chart] of views) {
      const page = await s.page({ viewport: { width, height } });
      await page.goto(s.url + query);
      await waitForChart(page, chart);
      const [scroll, top] = await page.evaluate(() => [document.documentElement.scrollWidth, document.querySelector("[data-chart]").getBoundingClientRect().top]);
      expect(scroll <= width, `at ${width} px ${query || "the default view"} is ${scroll} px wide`);
      expect(top < height, `at ${width}×${height} ${query || "the default view"} the chart starts ${Math.round(top)} px down, below the first screen`);
      await page.close();
    }
    const page = await openChart(s, s.url, { viewport: { width: 360, height: 740 }, hasTouch: true });
    // Each menu of the toolbar opens on the screen.
    for (const menu of ["share", "cite", "export"]) {
      await page.tap(`.${menu} summary`);
      await waitUntil(page, (m) => !!document.querySelector(`.${m} .menu`), menu, `the ${menu} menu does not open`);
      const [left, right] = await page.$eval(`.${menu} .menu`, (m) => [m.getBoundingClientRect().left, m.getBoundingClientRect().right]);
      expect(left >= 0 && right <= 360, `at 360 px the ${menu} menu runs off the screen (${Math.round(left)} to ${Math.round(right)} px)`);
      await page.tap(`.${menu} summary`);
    }
    await page.tap('.column[data-sets="eu jp kr"]');
    await waitUntil(page, () => {
      const h = document.getElementById("details-title");
      const r = h?.getBoundingClientRect();
      return document.activeElement === h && r.top > -1 && r.bottom < innerHeight + 1;
    }, null, "a tap on a column does not bring its evidence into view and focus");
    await page.click("text=Back to the chart");
    await waitUntil(page, () => {
      const c = document.activeElement;
      const r = c?.getBoundingClientRect();
      return c?.dataset.sets === "eu jp kr" && r.top > -1 && r.bottom < innerHeight + 1;
    }, null, '"Back to the chart" does not return to the selected column');
    // Printed: no control, and the full description open.
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    const printed = await page.evaluate(() => ({
      controls: [...document.querySelectorAll("button, summary, input, select, .toolbar, .skip")].filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== "hidden").map((e) => e.outerHTML.slice(0, 60)),
      long: document.querySelector(".long-description")?.open,
    }));
    expectNone(printed.controls, "controls in print");
    expect(printed.long, "the full description prints folded");
  },

  async function firmness(s) {
    // "Agreed only" drops the UK's semiconductor link, which the source says is only being explored.
    const page = await openChart(s);
    const ukChips = () => page.$$eval("[data-sets]", (ms) => ms.some((m) => m.dataset.sets.split(" ").includes("uk") && m.dataset.elements.split(" ").includes("semiconductors")));
    expect(await ukChips(), "in the default view the UK does not have Semiconductors");
    await page.focus('select:has(option[value="agreed"])');
    await page.keyboard.press("End");
    await waitUntil(page, () => location.search === "?firm=agreed", null, "choosing \"agreed only\" did not put ?firm=agreed in the URL");
    await waitUntil(page, () => !document.querySelector('[data-set="uk"]') || !document.querySelector('[data-sets~="uk"][data-elements~="semiconductors"]'), null, "with agreed only, the UK still has Semiconductors");
    expect(!(await ukChips()), "with agreed only, an intersection still gives the UK Semiconductors");
  },

  async function groups(s) {
    // Grouped by degree with a group collapsed: a header per degree, in order, its columns after it, the collapsed
    // group's none; the keyboard reaches a header, and Enter and Space expand and collapse it, as the link says.
    const query = "?sets=eu,uk,jp,kr,sg,ca,ua&mode=inclusive&agg=degree&collapsed=2";
    const page = await openChart(s, s.url + query);
    await waitUntil(page, () => document.querySelectorAll("button.group").length === 6, null, "no header for each of the six degrees");
    const read = () => page.evaluate(() => {
      let degree = 0;
      const out = { headers: [], misplaced: [] };
      for (const mark of document.querySelector(".columns").children) {
        if (mark.matches("button.group")) {
          degree = parseInt(mark.textContent, 10);
          out.headers.push([mark.textContent, mark.getAttribute("aria-expanded"), mark.hasAttribute("data-sets")]);
        } else if (mark.dataset.sets.split(" ").length !== degree) out.misplaced.push(`${mark.dataset.sets} under ${degree}`);
      }
      return out;
    });
    const { headers, misplaced } = await read();
    const expected = [
      ["1 actor · 7 intersections · 21 areas", "true", false],
      ["2 actors · 20 intersections · 21 areas", "false", false],
      ["3 actors · 30 intersections · 16 areas", "true", false],
      ["4 actors · 25 intersections · 9 areas", "true", false],
      ["5 actors · 11 intersections · 5 areas", "true", false],
      ["6 actors · 2 intersections · 2 areas", "true", false],
    ];
    expect(JSON.stringify(headers) === JSON.stringify(expected), `headers: ${JSON.stringify(headers)}`);
    expectNone(misplaced, "columns outside their degree's group (a collapsed group's shown)");
    expect((await page.$$("[data-sets][role=button]")).length === 40, "not one page of columns");
    const caption = await page.$eval(".upset figcaption", (f) => f.textContent);
    expect(caption.includes("in 95 intersections grouped by degree; collapsed: 2 actors; the first 40 of the 75 in expanded groups are shown."), `the caption says "${caption}"`);
    // Home, then seven steps right past the seven columns of one actor: the header of two.
    await page.focus(".columns > [tabindex='0']");
    await page.keyboard.press("Home");
    for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
    const focused = () => page.evaluate(() => document.activeElement.matches("button.group") && document.activeElement.textContent);
    expect((await focused())?.startsWith("2 actors"), `the header of two actors is not focused: ${await focused()}`);
    await page.keyboard.press("Enter");
    await waitUntil(page, () => location.search.endsWith("&agg=degree"), null, "Enter on a collapsed header did not expand it in the address");
    await waitUntil(page, () => document.querySelector("[data-sets='eu jp'][role=button]"), null, "the expanded group's columns are not drawn");
    expect((await focused())?.startsWith("2 actors"), "the header lost the focus");
    await page.keyboard.press(" ");
    await waitUntil(page, () => location.search.endsWith("&agg=degree&collapsed=2"), null, "Space on an expanded header did not collapse it in the address");
    await waitUntil(page, () => !document.querySelector("[data-sets='eu jp']"), null, "the collapsed group's columns are still drawn");
    expect(JSON.stringify((await read()).headers) === JSON.stringify(expected), "the headers are not as they were");
    // The next mark is a column again: Enter selects it.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await waitUntil(page, () => location.search.includes("&select=eu+jp+kr"), null, "Enter on the column after a header did not select it");
    // Every column drawn: collapsing the first group takes columns away, and its header keeps the focus.
    const all = await openChart(s, `${s.url}?sets=eu,uk,jp,kr,sg,ca,ua&agg=degree`);
    await all.focus("button.group");
    await all.keyboard.press("Enter");
    await waitUntil(all, () => location.search.endsWith("&agg=degree&collapsed=2"), null, "Enter on the first header did not collapse it");
    const kept = await all.evaluate(() => document.activeElement.matches("button.group[aria-expanded=false]") && document.activeElement.textContent);
    expect(typeof kept === "string" && kept.startsWith("2 actors"), `collapsing a group moved the focus off its header: ${kept}`);
  },

  async function toggle(s) {
    const page = await openChart(s);
    const before = await readMarks(page);
    const japan = () => checkboxLabelled(page, "Japan"); // looked up afresh: a re-render may replace the element
    expect(await (await japan()).isChecked(), "the Japan checkbox is not ticked in the default view");

    await (await japan()).click();
    await waitUntil(page, () => !document.querySelector('[data-set="jp"]'), null, 'after unticking Japan a [data-set="jp"] mark is still there');
    expect(!(await (await japan()).isChecked()), "the Japan checkbox is still ticked after clicking it");
    const without = await readMarks(page);
    const withJp = without.inters.filter((m) => m.sets.includes("jp")).map((m) => m.sets.join(" "));
    expectNone(withJp, "after unticking Japan, intersection marks still name jp");
    expect(interSignature(without) !== interSignature(before), "after unticking Japan the intersection marks did not change");
    expectConsistent(without);

    await (await japan()).click();
    await waitUntil(page, (n) => document.querySelectorAll("[data-set]").length === n, ACTORS.length, "ticking Japan again did not bring back 6 set marks");
    const after = await readMarks(page);
    expectDefaultSets(after);
    expect(interSignature(after) === interSignature(before), "ticking Japan again did not restore the original intersections");
  },

  async function description(s) {
    // The words beside the chart: prerendered (and the page's meta description), the chart's accessible
    // description, rewritten with the chart, the long one a keyboard press away, and copied with URL and sources.
    const raw = await (await fetch(s.url)).text();
    const page = await openChart(s, s.url, { permissions: ["clipboard-read", "clipboard-write"] });
    const built = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, "text/html");
      return { short: doc.querySelector("[data-description=short]")?.textContent ?? "", meta: doc.querySelector("meta[name=description]")?.content };
    }, raw);
    const prerendered = built.short;
    expect(prerendered.startsWith("Overlap of "), "the built index.html has no short description");
    expect(built.meta === prerendered, `the meta description is not the default view's short description: "${built.meta}"`);
    const read = () => page.evaluate(() => {
      const chart = document.querySelector("[data-chart]");
      return { short: document.getElementById(chart.getAttribute("aria-describedby"))?.textContent ?? "", marked: document.querySelector("[data-description=short]")?.textContent };
    });
    const live = await read();
    expect(live.short === prerendered, `the live description differs from the prerendered one: "${live.short}"`);
    expect(live.short === live.marked, "the chart's aria-describedby does not point at [data-description=short]");
    await (await checkboxLabelled(page, "Japan")).click();
    await waitUntil(page, () => !document.querySelector('[data-set="jp"]'), null, "unticking Japan did not remove its set mark");
    const after = await read(); // the same render as the chart's
    expect(after.short.includes("across 5 actors") && !after.short.includes("Japan"), `after unticking Japan the description says "${after.short}"`);
    await page.focus(".long-description summary");
    await page.keyboard.press("Enter");
    await waitUntil(page, () => document.querySelector("[data-description=long]")?.checkVisibility(), null, "Enter on “Full description” did not show the long description");
    const long = await page.$eval("[data-description=long]", (l) => l.innerText);
    expect(long.includes("What is shown") && long.includes("5 actors: European Union, United Kingdom, Republic of Korea"), `the long description does not say what is shown: "${long.slice(0, 200)}"`);
    await page.click("button.copy-description");
    await waitUntil(page, () => document.querySelector(".share-status")?.textContent.includes("Description copied"), null, "Copy description did not say it copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await waitUntil(page, () => location.search === "?sets=eu,uk,kr,sg,ca", null, "the URL does not say Japan is unticked");
    expect(copied.startsWith(after.short) && copied.includes(page.url()) && copied.includes("\nSources:\n- "), `the copied description lacks its text, URL or sources: "${copied}"`);
  },

  async function takeover(s) {
    // Every animation frame, from the first with the prerendered chart until the app is live, must show a chart, and
    // for the default view always in the same place: the switch to the live app is invisible.
    for (const [query, last] of [["", CHART], ["?view=matrix", '[data-chart="matrix"]']]) {
      const page = await s.page();
      await page.addInitScript(() => {
        window.frames_ = [];
        const record = () => {
          const chart = document.querySelector("#app [data-chart]");
          const r = chart?.getBoundingClientRect();
          window.frames_.push({ chart: chart?.dataset.chart ?? null, box: r ? [r.x, r.y, r.width, r.height].map(Math.round).join(",") : "", live: document.documentElement.hasAttribute("data-ready") });
          if (window.frames_.length < 600) requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      });
      await page.goto(s.url + query);
      await waitForChart(page, last);
      await page.waitForFunction(() => window.frames_.filter((f) => f.live).length >= 3, null, { timeout: WAIT });
      const frames = await page.evaluate(() => window.frames_);
      const shown = frames.slice(frames.findIndex((f) => f.chart));
      // On a fast machine the app may already be live at the first frame; otherwise that frame shows the prerender.
      expect(shown.length > 0 && (shown[0].chart === "upset" || shown[0].live), `the first painted chart of ${query || "the default view"} is neither the prerendered one nor live`);
      expectNone(shown.filter((f) => !f.chart).map((f, i) => `frame ${i}`), `frames without a chart while ${query || "the default view"} started`);
      if (!query) expectNone([...new Set(shown.map((f) => f.box))].slice(1), `the chart moved while the default view started (first at ${shown[0].box})`);
      expect(shown.at(-1).chart === last.match(/"(\w+)"/)[1], `${query} did not end on its own view`);
      expect(!(await page.$("#boot")), "the live page still shows the \"needs WebAssembly\" message");
    }
  },

  async function earlyInput(s) {
    // Inputs made before the app is live take effect once it is, in order: the wasm is held back until they are made.
    const page = await s.page();
    let release;
    const held = new Promise((ok) => (release = ok));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(s.url, { waitUntil: "domcontentloaded" });
    await (await checkboxLabelled(page, "Japan")).click();
    await page.click("input[name=q]");
    await page.keyboard.type("quantum");
    expect(!(await page.$(READY)), "the app was live although its wasm was held back");
    release();
    await waitForChart(page);
    await waitUntil(page, () => location.search === "?sets=eu,uk,kr,sg,ca&q=quantum", null, "inputs made before the app was live were lost (expected ?sets=eu,uk,kr,sg,ca&q=quantum)");
    expectSets(await readMarks(page), ["eu", "uk", "kr", "sg", "ca"], { allowZero: true }); // not all have quantum
    expect(!(await (await checkboxLabelled(page, "Japan")).isChecked()), "Japan is ticked again after the takeover");
    expect(await page.evaluate(() => document.activeElement?.name === "q"), "the search field lost the focus at the takeover");
    const elements = (await readMarks(page)).inters.flatMap((m) => m.elements);
    expect(elements.length > 0 && elements.every((a) => a === "quantum"), `the search typed early does not narrow the chart: ${elements.join(" ")}`);
  },

  async function subpath(s) {
    expectDefaultSets(await readMarks(await openChart(s, s.subUrl)));
  },

  async function download(s) {
    const page = await openChart(s);
    const hrefs = await page.$$eval('a[href$=".toml"]', (as) => as.map((a) => a.href));
    expect(hrefs.length > 0, 'no <a href="….toml"> link to the dataset');
    for (const href of hrefs) {
      const got = await page.evaluate(async (u) => {
        const r = await fetch(u);
        return { status: r.status, body: await r.text() };
      }, href);
      expect(got.status === 200, `${href} answered ${got.status}`);
      expect(got.body.includes("[[links]]"), `${href} has no "[[links]]" table`);
    }
  },

  async function accessibility(s) {
    const problems = [];
    const views = [
      ["", CHART],
      ["?select=eu+uk+jp+kr+sg+ca", CHART],
      ["?view=matrix", '[data-chart="matrix"]'],
      ["?sets=eu,jp,kr&view=venn", '[data-chart="venn"]'],
      ["?from=2023&to=2024-04-30&change=quantum", CHART],
      ["?from=2023&to=2024-04-30&view=matrix", '[data-chart="matrix"]'],
      ["", CHART, { width: 360, height: 740 }],
      ["?view=matrix", '[data-chart="matrix"]', { width: 320, height: 640 }],
    ];
    for (const colorScheme of ["light", "dark"]) {
      for (const [query, chart, viewport] of views) {
        const page = await s.page({ bypassCSP: true, ...(viewport && { viewport }) }); // axe is injected as an inline script
        await page.emulateMedia({ colorScheme });
        await page.goto(s.url + query);
        await waitForChart(page, chart);
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        for (const v of await axeViolations(page)) {
          problems.push(`${colorScheme} ${query || "default"}${viewport ? ` at ${viewport.width} px` : ""}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.slice(0, 5).join(" | ")}${v.targets.length > 5 ? ` | … ${v.targets.length - 5} more` : ""}`);
        }
      }
    }
    expectNone(problems, "axe-core violations");
  },

  async function views(s) {
    const page = await openChart(s, `${s.url}?sets=eu,jp,kr`);
    const pick = (value) => page.click(`input[type=radio][value=${value}]`);
    await pick("matrix");
    await waitForChart(page, '[data-chart="matrix"]');
    let marks = await readMarks(page, '[data-chart="matrix"]');
    expectSets(marks, ["eu", "jp", "kr"]);
    expect((await page.$$("table[data-chart=matrix] th[scope=row]")).length > 0, "the table has no row headers");
    await pick("venn");
    await waitForChart(page, '[data-chart="venn"]');
    marks = await readMarks(page, '[data-chart="venn"]');
    expectSets(marks, ["eu", "jp", "kr"]);
    expectConsistent(marks);
    // The app writes the URL after the frame that paints the view: wait for it, never read it at once.
    await waitUntil(page, () => location.search === "?sets=eu,jp,kr&view=venn", null, "the URL does not say the view (expected ?sets=eu,jp,kr&view=venn)");
  },

  async function details(s) {
    const page = await openChart(s);
    await page.focus(".column");
    await page.keyboard.press("Enter");
    await waitUntil(page, () => !!document.querySelector(".column[aria-pressed=true]"), null, "Enter on a focused intersection did not select it");
    // The quotes are loaded when a panel first needs them: wait for the words themselves, not for their places.
    await waitUntil(
      page,
      () => {
        const quotes = [...document.querySelectorAll(".details blockquote")];
        return quotes.length > 0 && quotes.every((q) => /^“.+”$/.test(q.textContent));
      },
      null,
      "the details panel shows no quote, or a quote still loading",
    );
    const quotes = await page.$$eval(".details blockquote", (qs) => qs.map((q) => q.textContent));
    expect((await page.$$(".details .cite a[href^='#source-']")).length === quotes.length, "not every quote names its source");
    // Each says what kind of document its source is, as the sources list does.
    const cites = await page.$$eval(".details .cite", (cs) => cs.map((c) => c.textContent));
    expectNone(cites.filter((c) => !/^ · source \[\d\] · (News report|Overview|News item|Meeting summary)/.test(c)), "citations not saying what kind of document their source is");
    // Notes cite sources as the citations and the sources list number them, linked, never by file number.
    const notes = await page.$$eval(".details .note", (ns) => ns.map((n) => ({ text: n.textContent, refs: [...n.querySelectorAll("a[href^='#source-']")].map((a) => a.textContent) })));
    expect(notes.some((n) => n.refs.length > 0), "no note in the details links a source it cites");
    expectNone(notes.flatMap((n) => n.refs).filter((r) => !/^\[[1-9]\]$/.test(r)), "note references not written [n]");
    expectNone(notes.filter((n) => /\b00\d\b/.test(n.text)).map((n) => n.text), "notes naming a source by its file number");
    await waitUntil(page, () => new URLSearchParams(location.search).has("select"), null, "the URL does not record the selection");
  },

  async function history(s) {
    const page = await openChart(s);
    await (await checkboxLabelled(page, "Japan")).click();
    await waitUntil(page, () => location.search === "?sets=eu,uk,kr,sg,ca", null, "unticking Japan did not put ?sets=eu,uk,kr,sg,ca in the URL");
    await page.goBack();
    await waitUntil(page, () => location.search === "" && !!document.querySelector('[data-set="jp"]'), null, "Back did not restore the default view");
    await page.goForward();
    await waitUntil(page, () => !document.querySelector('[data-set="jp"]'), null, "Forward did not untick Japan again");
    // Back and Forward at once: the address the app writes after a paint must not put the view Back went to on the
    // entry Forward came back to (a reload then would open the wrong view). Every write is recorded.
    await page.evaluate(() => {
      window.__writes = [];
      for (const method of ["pushState", "replaceState"]) {
        const original = history[method].bind(history);
        history[method] = (state, title, url) => (window.__writes.push(String(url)), original(state, title, url));
      }
    });
    await page.goBack();
    await page.goForward();
    await waitUntil(page, () => !document.querySelector('[data-set="jp"]') && location.search === "?sets=eu,uk,kr,sg,ca", null, "a quick Back and Forward did not end on ?sets=eu,uk,kr,sg,ca");
    // Two frames and the tasks after them: any write the views scheduled has been made.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok)))));
    const writes = await page.evaluate(() => window.__writes);
    expect(writes.every((url) => url.startsWith("?sets=eu,uk,kr,sg,ca")), `after a quick Back and Forward the app wrote ${JSON.stringify(writes)}`);
    await page.reload();
    await waitForChart(page);
    expectSets(await readMarks(page), ["eu", "uk", "kr", "sg", "ca"]);
  },

  async function compare(s) {
    // A hand-typed comparison (its dates are not timeline steps), sorted by change.
    const typed = "?from=2023-07-01&to=2024-04-30&sort=change";
    const canonical = "?sort=change&from=2023-06-23&to=2024-04-30";
    const page = await openChart(s, s.url + typed);
    const matchesCore = (query, when) => marksMatchCore(page, query, when);
    await waitUntil(page, (q) => location.search === q, canonical, `the typed comparison's URL did not become ${canonical}`);
    const core = await matchesCore(typed, "the typed comparison");
    expect(core.changes.length > 0, "the core finds no change to check the page against");
    const moved = core.changes.find((c) => c.change === "moved") ?? core.changes[0];

    // A preset from the dataset's events: a new history entry.
    const preset = await page.$eval('select[name=compare]', (sel) => [...sel.options].find((o) => o.text.startsWith("End of 2022"))?.value);
    expect(preset, 'the compare control offers no "End of 2022" preset');
    await page.selectOption("select[name=compare]", preset);
    await waitUntil(page, () => new URLSearchParams(location.search).get("from") === "2022-12", null, "choosing the End of 2022 preset did not put from=2022-12 in the URL");
    await matchesCore(await page.evaluate(() => location.search), "the End of 2022 preset");
    await page.goBack();
    await waitUntil(page, (q) => location.search === q, canonical, "Back did not return to the typed comparison");
    await matchesCore(typed, "after Back");
    await page.goForward();
    await waitUntil(page, () => new URLSearchParams(location.search).get("from") === "2022-12", null, "Forward did not return to the preset");
    await page.goBack();
    await waitUntil(page, (q) => location.search === q, canonical, "Back did not return to the typed comparison again");
    await matchesCore(typed, "after Back again");

    // An entry of the changes list lights the area's new intersection and opens its sources.
    await page.click(`.changes li[data-area="${moved.area}"] > button`);
    await waitUntil(page, (a) => new URLSearchParams(location.search).get("change") === a, moved.area, `selecting ${moved.area} in the changes list did not put change=${moved.area} in the URL`);
    await waitUntil(page, () => !!document.querySelector(".column[data-lit]") && !!document.querySelector(`.details [data-area]`), null, "the selected change lights no intersection or opens no sources");
    // The table marks exactly the cells an actor gained or lost, as the core's before and after sets give them, and
    // says so to screen readers.
    await page.click("input[name=view][value=matrix]");
    await waitForChart(page, '[data-chart="matrix"]');
    const cells = await page.$$eval("td[data-change]", (tds) =>
      tds.map((td) => {
        const actor = td.closest("table").querySelectorAll("thead th")[td.cellIndex].getAttribute("data-set");
        const spoken = td.querySelector("[aria-label]")?.getAttribute("aria-label") ?? td.textContent;
        return { cell: `${td.parentElement.querySelector("th").textContent}/${actor}:${td.getAttribute("data-change")}`, spoken };
      }),
    );
    const expected = core.changes.flatMap((c) => {
      const [before, after] = [c.before.split(" "), c.after.split(" ")];
      return [...after.filter((a) => a && !before.includes(a)).map((a) => `${c.label}/${a}:entered`), ...before.filter((a) => a && !after.includes(a)).map((a) => `${c.label}/${a}:left`)];
    });
    const marked = cells.map((c) => c.cell);
    expect(marked.sort().join(" | ") === expected.sort().join(" | "), `the table marks ${marked.join(" | ")}; the core's changes give ${expected.join(" | ")}`);
    const silent = cells.filter((c) => !/, (new since|had it on) /.test(c.spoken));
    expectNone(silent.map((c) => `${c.cell} reads "${c.spoken}"`), "changed cells that do not say so to screen readers");
  },

  async function hostile(s) {
    const query = "?sets=eu,<img src=x onerror=alert(1)>,jp&view=%3Cscript%3E&q=%22%3E%3Csvg%20onload%3Dalert(1)%3E&asof=9999-99-99&select=zz&sets=uk";
    const page = await s.page();
    const dialogs = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    await page.goto(s.url + query);
    await waitForChart(page);
    await waitUntil(page, () => !document.querySelector('[data-set="uk"]'), null, "the default actors were not replaced by the URL's");
    expect(dialogs.length === 0, `a dialog opened: ${dialogs.join(", ")}`);
    expect((await page.$$("img, [onerror], [onload]")).length === 0, "URL text became markup");
    const notice = await page.locator("[role=status], [role=alert]").allInnerTexts();
    const text = notice.join(" ");
    expect(text.includes("9999-99-99") && text.includes("sets"), `the notice does not name what was ignored: "${text}"`);
  },

  async function unknownActors(s) {
    // A link from a newer dataset, or a typo: no actor it names is known, so the default view shows, and says why.
    const page = await openChart(s, `${s.url}?sets=zz,%3Cimg%20src%3Dx%3E`);
    expectDefaultSets(await readMarks(page));
    const text = (await page.locator("[role=status]").allInnerTexts()).join(" ");
    expect(text.includes("zz") && text.includes("default actors"), `the notice does not say the unknown actors were replaced by the default ones: "${text}"`);
    await waitUntil(page, () => location.search === "", null, "the URL was not made the default view's");
  },

  async function cite(s) {
    // "Cite this view": each format names the view's link (with the data's version), the day and the sources.
    const page = await openChart(s, `${s.url}?sets=eu,jp,kr&from=2022-12&to=2024-04-30`, { permissions: ["clipboard-read", "clipboard-write"] });
    await page.click("details.cite > summary");
    await waitUntil(page, () => document.querySelectorAll(".cite-menu [data-format] pre").length === 3, null, "Cite shows no three formats");
    const link = `${page.url()}&v=${VERSION}`;
    const text = (format) => page.$eval(`.cite-menu [data-format=${format}] pre`, (p) => p.textContent);
    const today = await page.evaluate(() => { const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]; });
    const csl = JSON.parse(await text("csl-json"))[0];
    expect(csl.URL === link && csl.version === VERSION && csl.type === "dataset", `the CSL-JSON is not this view's: ${JSON.stringify(csl)}`);
    expect(JSON.stringify(csl.accessed["date-parts"][0]) === JSON.stringify(today), `the CSL-JSON was not accessed today: ${JSON.stringify(csl.accessed)}`);
    expect(csl.title === "Shared technology areas of EU, Japan and Korea, December 2022 and 30 April 2024 compared", `the CSL-JSON's title is "${csl.title}"`);
    expect(csl.note.includes("INSTAR summary of the second EU–Japan Digital Partnership Council"), `the CSL-JSON names no source: ${csl.note}`);
    const plain = await text("text");
    expect(plain.startsWith("Overlap. (") && plain.includes(`from ${link}. Sources: `), `the plain citation lacks its link or sources: ${plain}`);
    expect(/ \[(News report|Overview|News item|Meeting summary)[^\]]*\](;|\.$)/.test(plain), `the plain citation does not say its sources' kinds: ${plain}`);
    const bibtex = await text("bibtex");
    await page.click(".cite-menu [data-format=bibtex] button");
    await waitUntil(page, () => document.querySelector(".share-status")?.textContent.includes("Citation copied"), null, "copying the BibTeX did not say so");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied === bibtex && bibtex.startsWith("@misc{overlap-") && bibtex.includes(`  url = {${link}},`), `the BibTeX copied is not the one shown, or lacks the link: ${copied}`);
    // The citations are made by the publishing module: a view changed under the open menu is cited anew.
    await (await checkboxLabelled(page, "Korea")).click();
    await waitUntil(page, () => location.search.includes("sets=eu,jp&"), null, "unticking Korea did not reach the URL");
    await waitUntil(page, () => JSON.parse(document.querySelector(".cite-menu [data-format=csl-json] pre")?.textContent ?? "[{}]")[0].URL?.includes("sets=eu,jp&"), null, "the open Cite menu still cites the view before Korea was unticked");
  },

  async function byPartnership(s) {
    // "Which areas do the EU's four partnerships share?" as one view: the sets are partnerships, named by their ids,
    // and the page's marks are the core's.
    const query = "?by=partnership&sets=eu-jp,eu-kr,eu-sg,eu-ca&mode=inclusive";
    const page = await openChart(s, s.url + query);
    const core = await marksMatchCore(page, query, "the EU's four partnerships");
    const four = core.inters.find((x) => x.sets === "eu-jp eu-kr eu-sg eu-ca");
    expect(four && four.size > 0, `the core finds no area the EU's four partnerships share: ${JSON.stringify(core.inters)}`);
    const said = await page.$eval(`[data-sets="eu-jp eu-kr eu-sg eu-ca"]`, (m) => m.getAttribute("aria-label") ?? m.textContent);
    expect(said.includes("EU–Japan, EU–Korea, EU–Singapore and EU–Canada share"), `the four's column does not name them: ${said}`);
    // The control beside the sets says what it does, and switches: the sets are then the actors, and back.
    const label = await page.$eval("select[name=by]", (sel) => sel.closest("label").textContent);
    expect(label.startsWith("Count by") && label.includes("Each partnership is a set of the areas it links."), `the control does not say what it does: ${label}`);
    await page.selectOption("select[name=by]", "actor");
    await waitUntil(page, () => location.search === "?mode=inclusive", null, "counting by actor again did not give ?mode=inclusive");
    expectDefaultSets(await readMarks(page));
    await page.goBack();
    await waitUntil(page, (q) => location.search === q, query, "Back did not return to the partnership view");
    await marksMatchCore(page, query, "back in the partnership view");
    // Counted by actor, Japan and Canada share areas through partnerships with others, and their column says which.
    const pair = await openChart(s, `${s.url}?sets=jp,ca&mode=inclusive&select=jp+ca`);
    const held = "Japan holds them through partnerships with EU and UK; Canada holds them through a partnership with EU.";
    await waitUntil(pair, (h) => document.getElementById("details-title")?.textContent.endsWith(h), held, "the details of Japan and Canada do not say the partnerships behind their areas");
    await pair.hover('.column[data-sets="jp ca"]');
    await waitUntil(pair, (h) => document.querySelector('.column[data-sets="jp ca"] .tip')?.textContent.endsWith(h), held, "the readout of Japan and Canada's column does not say the partnerships behind it");
  },

  async function openData(s) {
    // A reader's own CSV, opened in the page: its sets and elements charted as counted here, names with markup shown
    // as text, a broken file named by line and column with the chart kept, and the way back.
    const page = await openChart(s);
    const names = ["Set A", "<img src=x onerror=window.__xss=1>", "C"];
    const rows = [["BRCA1", 1, 0, 1], ["TP53", 1, 1, 0], ["EGFR", 0, 0, 1], ["MYC", 1, 0, 1], ["NONE", 0, 0, 0]];
    const csv = `gene,"${names.join('","')}"\n${rows.map((r) => r.join(",")).join("\n")}\n`;
    const pick = (name, text) => page.setInputFiles(".open-pick input[type=file]", { name, mimeType: "text/csv", buffer: Buffer.from(text) });
    // Read by a worker, which says when it starts parsing (the status line records each thing it said).
    await page.evaluate(() => {
      window.said = [];
      new MutationObserver(() => window.said.push(document.querySelector(".open-status")?.textContent)).observe(document.querySelector(".open-status"), { childList: true, subtree: true, characterData: true });
    });
    await pick("genes.csv", csv);
    const ids = ["set-a", "img-src-x-onerror-window-xss-1", "c"];
    // Charted largest first (3, 3 and 1 elements), ties in the file's order.
    const order = [ids[0], ids[2], ids[1]];
    await waitUntil(page, (ids) => [...document.querySelectorAll("[data-set]")].map((e) => e.dataset.set).join(" ") === ids.join(" "), order, "the opened file's sets are not the chart's, largest first");
    const said = await page.$eval(".open-status", (p) => p.textContent);
    expect(said === "Opened genes.csv, read as a membership table, comma-separated (CSV): 3 sets, 5 elements.", `the status says "${said}"`);
    const stages = await page.evaluate(() => window.said);
    expect(stages.includes("Parsing genes.csv…"), `the file was not read by a worker: the status said ${JSON.stringify(stages)}`);
    // Counted apart from the app: each element under the sets it is in.
    const counted = new Map();
    for (const [name, ...cells] of rows) {
      const sets = ids.filter((_, i) => cells[i] === 1).join(" ");
      if (sets) counted.set(sets, [...(counted.get(sets) ?? []), name.toLowerCase()]);
    }
    const marks = await readMarks(page);
    const charted = new Map(marks.inters.map((m) => [m.sets.join(" "), m.elements]));
    expect(JSON.stringify([...charted].sort()) === JSON.stringify([...counted].sort()), `charted ${JSON.stringify([...charted])}, counted ${JSON.stringify([...counted])}`);
    expect(!(await page.evaluate(() => window.__xss)) && !(await page.$("main img")), "a set name's markup ran or was drawn");
    expect((await page.$$eval("label.check", (ls) => ls.map((l) => l.textContent))).includes(names[1]), "the set's name is not shown as text");
    expect(!(await page.$("select[name=firm], input[name=asof], select[name=compare]")), "the reader's data offers a timeline or firmness it does not have");
    // A broken file says where and why, and the chart stays as it was.
    await pick("broken.csv", "gene,A,B\nx,1,0\ny,1\n");
    await waitUntil(page, () => document.querySelector(".open-status")?.textContent.startsWith("broken.csv:"), null, "a broken file was not named");
    const why = await page.$eval(".open-status", (p) => p.textContent);
    expect(why === "broken.csv: line 3, column 3: 2 fields, where the header has 3.", `a broken file says "${why}"`);
    expect((await readMarks(page)).sets.map((m) => m.id).join(" ") === order.join(" "), "a broken file changed the chart");
    // Back to the built-in data.
    await page.click("text=Back to the built-in data");
    await waitUntil(page, (a) => [...document.querySelectorAll("[data-set]")].map((e) => e.dataset.set).join(" ") === a.join(" "), ACTORS, "Back to the built-in data did not show the six actors");
  },

  async function ownFormat(s) {
    // A file in Overlap's own format (the repository's data/overlap.toml, as a reader's copy of it) opens with every
    // feature: the chart is the core's count of the built-in data, by actor and by partnership; the timeline and
    // firmness filters are there; a selection cites its quotes and names the reader's sources; the link reopens it;
    // a broken copy is named by line, and the chart stays.
    const page = await openChart(s);
    const toml = await (await fetch(`${s.url}data/overlap.toml`)).text();
    const pick = (name, text) => page.setInputFiles(".open-pick input[type=file]", { name, mimeType: "application/toml", buffer: Buffer.from(text) });
    await pick("partners.toml", toml);
    await waitUntil(page, () => document.querySelector(".open-status")?.textContent.startsWith("Opened partners.toml"), null, "the TOML file was not opened");
    const said = await page.$eval(".open-status", (p) => p.textContent);
    expect(/^Opened partners\.toml, read as Overlap's own format \(TOML\): \d+ actors, \d+ areas\.$/.test(said), `the status says "${said}"`);
    await waitUntil(page, () => location.hash.startsWith("#data="), null, "the address does not carry the opened data");
    await marksMatchCore(page, "", "the opened copy of the built-in data");
    expect(!!(await page.$("select[name=firm]")) && !!(await page.$("input[name=asof], select[name=asof]")), "the opened data offers no firmness filter or timeline");
    const link = page.url();
    await page.selectOption("select[name=by]", "partnership");
    await waitUntil(page, () => location.search === "?by=partnership", null, "counting by partnership did not reach the address");
    await marksMatchCore(page, "?by=partnership", "the opened data counted by partnership");
    // A selection's details quote the sources and list them, named in full.
    await page.selectOption("select[name=by]", "actor");
    await waitUntil(page, () => location.search === "", null, "counting by actor again did not clear the address");
    await page.click('.column[data-sets="eu jp kr"]');
    await waitUntil(page, () => document.querySelectorAll(".details blockquote").length > 0 && document.querySelectorAll(".details .refs li").length > 0, null, "the details cite no quote or name no source");
    const quote = await page.$eval(".details blockquote", (q) => q.textContent);
    expect(quote.startsWith("“") && !quote.includes("could not be loaded"), `the details quote "${quote}"`);
    expect(toml.includes(quote.slice(1, 30)), `the quote "${quote}" is not the file's`);
    // The link reopens the same data in a new page.
    const again = await s.page();
    await again.goto(link);
    await waitForChart(again);
    await waitUntil(again, () => document.querySelector(".notices")?.textContent.includes("Opened partners.toml"), null, "the link did not reopen the data");
    await marksMatchCore(again, "", "the opened data reopened from its link");
    // A broken copy: the fourth link names an area there is not.
    let at = -1;
    for (let i = 0; i < 4; i++) at = toml.indexOf("[[links]]", at + 1);
    const line = toml.slice(0, at).split("\n").length;
    const broken = toml.slice(0, at) + toml.slice(at).replace(/area = "[^"]*"/, 'area = "no-such-area"');
    await pick("broken.toml", broken);
    await waitUntil(page, () => document.querySelector(".open-status")?.textContent.startsWith("broken.toml:"), null, "a broken file was not named");
    const why = await page.$eval(".open-status", (p) => p.textContent);
    expect(why === `broken.toml: line ${line}, the 4th [[links]] entry: unknown area \`no-such-area\`.`, `a broken file says "${why}"`);
    await marksMatchCore(page, "?select=eu+jp+kr", "after a broken file");
  },

    async function dataLink(s) {
    // A reader's data travels in the link's fragment: the link the page shows reopens the same view of the same data
    // in a new page; a link cut short says so and shows the built-in data.
    const page = await openChart(s);
    const csv = "gene,Set A,<b>B</b>,C\nBRCA1,1,0,1\nTP53,1,1,0\nEGFR,0,0,1\nMYC,1,0,1\n";
    await page.setInputFiles(".open-pick input[type=file]", { name: "genes.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await waitUntil(page, () => location.hash.startsWith("#data="), null, "the address does not carry the opened data");
    await page.click("input[name=view][value=matrix]");
    await waitForChart(page, '[data-chart="matrix"]');
    await page.click('td[data-on] button[data-cell="tp53 b-b-b"]');
    await waitUntil(page, () => location.search.includes("cell=") && location.hash.startsWith("#data="), null, "the address did not follow the view");
    const link = page.url();
    const shared = await (async () => {
      await page.click(".share summary");
      await waitUntil(page, () => !!document.querySelector(".share-menu [data-format=link]"), null, "the Share menu has no link");
      return page.$eval(".share-menu [data-format=link] pre", (e) => e.textContent);
    })();
    expect(shared.includes("#data=") && shared.includes("view=matrix"), `the Share menu's link does not carry the data: ${shared}`);
    const table = (p) => p.$$eval("table[data-chart=matrix] td[data-on] button", (bs) => bs.map((b) => `${b.dataset.cell}=${b.getAttribute("aria-pressed")}`).join(" "));
    const before = await table(page);
    const again = await s.page();
    await again.goto(link);
    await waitForChart(again, '[data-chart="matrix"]');
    await waitUntil(again, (b) => [...document.querySelectorAll("table[data-chart=matrix] td[data-on] button")].map((b) => `${b.dataset.cell}=${b.getAttribute("aria-pressed")}`).join(" ") === b, before, "the link did not reopen the same table with the same cell open");
    const said = await again.$eval(".notices", (n) => n.textContent);
    expect(said.includes("Opened genes.csv: 4 sets") || said.includes("Opened genes.csv: 3 sets, 4 elements, from this link."), `the reopened page says "${said}"`);
    expect((await again.$$eval("th[data-set]", (t) => t.map((e) => e.textContent))).some((t) => t.startsWith("<b>B</b>")), "the set named with markup is not shown as text");
    // Cut short, the link opens the built-in data and says why.
    const cut = await s.page();
    await cut.goto(link.slice(0, link.length - 7));
    await waitForChart(cut);
    const why = await cut.$eval(".notices", (n) => n.textContent);
    expect(why.startsWith("Could not open the data in this link: the data in the link is") && why.includes("The built-in data is shown instead."), `a cut link says "${why}"`);
    expectDefaultSets(await readMarks(cut));
  },

  async function dataAddress(s) {
    // ?data= opens a web address: the example of data/examples/ (the built-in data as a membership table) charts its
    // rows, counted here from the file itself; a missing file says why and shows the built-in data.
    const page = await openChart(s, `${s.url}?data=data/examples/partnerships.csv&sets=eu,japan,korea`);
    await waitUntil(page, () => [...document.querySelectorAll("[data-set]")].map((e) => e.dataset.set).join(" ") === "eu japan korea", null, "the example's sets eu, japan, korea are not charted");
    const text = await (await fetch(`${s.url}data/examples/partnerships.csv`)).text();
    const [header, ...rows] = text.trim().split("\n").map((line) => line.match(/("[^"]*"|[^,]+)/g).map((f) => f.replace(/^"|"$/g, "")));
    const columns = ["EU", "Japan", "Korea"].map((name) => header.indexOf(name));
    const counted = new Map();
    for (const row of rows) {
      const sets = ["eu", "japan", "korea"].filter((_, i) => row[columns[i]] === "1").join(" ");
      if (sets) counted.set(sets, (counted.get(sets) ?? 0) + 1);
    }
    const marks = await readMarks(page);
    const charted = new Map(marks.inters.map((m) => [m.sets.join(" "), Number(m.size)]));
    expect(JSON.stringify([...charted].sort()) === JSON.stringify([...counted].sort()), `charted ${JSON.stringify([...charted])}, counted ${JSON.stringify([...counted])}`);
    const said = await page.$eval(".notices", (n) => n.textContent);
    expect(said.startsWith("Opened data/examples/partnerships.csv, read as a membership table, comma-separated (CSV): 7 sets, 21 elements."), `the page says "${said}"`);
    await waitUntil(page, () => location.search.startsWith("?data=data/examples/partnerships.csv"), null, "the address no longer names the data's address");
    // More than six sets: the intersections shown can be limited by size and by degree, and the link keeps it.
    const every = await openChart(s, `${s.url}?data=data/examples/partnerships.csv`);
    await waitUntil(every, () => document.querySelectorAll("[data-set]").length === 7, null, "the example's seven sets are not charted");
    await every.fill("input[name=min]", "2");
    await every.press("input[name=min]", "Enter");
    await every.fill("input[name=degree]", "3");
    await every.press("input[name=degree]", "Enter");
    await waitUntil(every, () => location.search.includes("&min=2&degree=3"), null, "the limits did not reach the address");
    const key = (sets) => [...sets].sort().join(" ");
    const all = new Map();
    for (const row of rows) {
      const sets = header.slice(1).map((name) => name.toLowerCase()).filter((_, i) => row[i + 1] === "1");
      if (sets.length) all.set(key(sets), (all.get(key(sets)) ?? 0) + 1);
    }
    const expected = [...all].filter(([sets, n]) => n >= 2 && sets.split(" ").length <= 3).sort();
    const shown = (await readMarks(every)).inters.map((m) => [key(m.sets), Number(m.size)]).sort();
    expect(expected.length > 0 && expected.length < all.size, `the limits should keep some intersections and leave some: ${JSON.stringify(expected)}`);
    expect(JSON.stringify(shown) === JSON.stringify(expected), `limited to ${JSON.stringify(shown)}, expected ${JSON.stringify(expected)}`);
    // A missing file: the server's answer, the built-in data, and the address kept (a reload tries again).
    const missing = await openChart(s, `${s.url}?data=data/examples/missing.csv`);
    await waitUntil(missing, () => document.querySelector(".notices")?.textContent.includes("Could not open"), null, "a missing file is not named");
    const why = await missing.$eval(".notices", (n) => n.textContent);
    expect(why === "Could not open the data at data/examples/missing.csv: the server answered 404 Not Found. The built-in data is shown instead.", `a missing file says "${why}"`);
    expectDefaultSets(await readMarks(missing));
    // The 404 and the browser's console line for it are this check's doing, not the page's: once both are noted,
    // they are struck off.
    const ours = () => s.problems.filter((p) => p.includes("data/examples/missing.csv"));
    await pollUntil(() => ours().length === 2, `the 404 was not noted as the server's answer and the browser's console line: ${ours().join(" | ")}`);
    s.problems = s.problems.filter((p) => !ours().includes(p));
  },

  async function dropAndPaste(s) {
    // A file dropped on the page, and text pasted on it, open as a picked file does.
    const page = await openChart(s);
    const drop = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["item,set\nx,P\ny,P\ny,Q\n"], "dropped.csv", { type: "text/csv" }));
      return dt;
    });
    await page.dispatchEvent("main", "dragover", { dataTransfer: drop });
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-dragging")), "a file held over the page is not shown as droppable");
    await page.dispatchEvent("main", "drop", { dataTransfer: drop });
    await waitUntil(page, () => [...document.querySelectorAll("[data-set]")].map((e) => e.dataset.set).join(" ") === "p q", null, "the dropped file's sets are not charted");
    expect((await page.$eval(".open-status", (p) => p.textContent)) === "Opened dropped.csv, read as a list of memberships, comma-separated (CSV): 2 sets, 2 elements.", "the status does not name the dropped file");
    expect(!(await page.evaluate(() => document.documentElement.hasAttribute("data-dragging"))), "the page still shows a file held over it");
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData("text/plain", "element\tR\tS\ta\t1\t1\n".replace("\ta\t", "\na\t"));
      document.querySelector("main").dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true }));
    });
    await waitUntil(page, () => [...document.querySelectorAll("[data-set]")].map((e) => e.dataset.set).join(" ") === "r s", null, "the pasted text's sets are not charted");
    expect((await page.$eval(".open-status", (p) => p.textContent)).startsWith("Opened pasted text, read as a membership table, tab-separated (TSV)"), "the status does not name the pasted text");
  },

  async function undated(s) {
    // A dated view says, where the chart is, which links it leaves out for want of a date and who drops out.
    const page = await openChart(s, `${s.url}?asof=2024-04-30`);
    const note = await page.evaluate(() => {
      const p = document.querySelector(".undated-note");
      return p && { text: p.textContent, above: p.getBoundingClientRect().bottom <= document.getElementById("chart").getBoundingClientRect().top };
    });
    expect(note?.above && note.text.includes("UK has no dated link, so it drops out"), `no note above the dated chart says the UK drops out: ${JSON.stringify(note)}`);
    expect(!(await (await openChart(s)).$(".undated-note")), "the default view, which counts undated links, says they are left out");
  },

  async function olderData(s) {
    // A link shared with an older version of the data opens, and says that the data has changed since.
    const page = await openChart(s, `${s.url}?sets=eu,jp&v=0.9`);
    expectSets(await readMarks(page), ["eu", "jp"]);
    const text = (await page.locator("[role=status]").allInnerTexts()).join(" ");
    expect(text.includes(`version 0.9 of the data; it is now version ${VERSION}`), `the notice does not say the data is newer than the link: "${text}"`);
    await waitUntil(page, () => location.search === "?sets=eu,jp", null, "the address bar kept the link's version");
  },

  async function fromFile(s) {
    // A double-clicked dist/index.html: no script can run there, so the prerendered chart must be readable and styled
    // on its own, the page must say what to do instead, and nothing may fail noisily in the console.
    const page = await s.page();
    await page.goto(DIST_URL + "index.html");
    await page.waitForLoadState("load");
    const seen = await page.evaluate(() => ({
      fill: getComputedStyle(document.querySelector("[data-chart] .bar")).fill,
      notice: document.querySelector(".boot-file")?.checkVisibility() ? document.querySelector(".boot-file").textContent : "",
      link: document.querySelector('.boot-file a[href="overlap.html"]') !== null,
    }));
    expect(seen.fill !== "rgb(0, 0, 0)" && seen.fill !== "none", `the prerendered bars are not styled (fill ${seen.fill})`);
    expect(seen.notice.includes("Opened from a file") && seen.link, `no visible notice that points to overlap.html: "${seen.notice}"`);
    expect(!(await page.$(READY)), "the page claims to be live although it was opened from a file");
  },

  async function singleFile(s) {
    // The one-file copy: fully interactive from disk, the URL's view restored, and nothing fetched but itself.
    const page = await s.page();
    await page.goto(DIST_URL + "overlap.html?sets=eu,jp");
    await waitForChart(page);
    expectSets(await readMarks(page), ["eu", "jp"]);
    await (await checkboxLabelled(page, "Korea")).click();
    await waitUntil(page, () => !!document.querySelector('[data-set="kr"]'), null, "ticking Korea in the single file did not chart it");
    expectConsistent(await readMarks(page));
    const href = await page.evaluate(() => {
      const a = document.querySelector('a[href="data/overlap.toml"]');
      a.addEventListener("click", (e) => e.preventDefault());
      a.click();
      return a.href;
    });
    expect(href.startsWith("data:text/plain") && Buffer.from(href.split(",")[1], "base64").toString().includes("[[links]]"), `the dataset link of the single file is not the dataset: ${href.slice(0, 60)}`);
    // From disk there is a link to share, but no page another site could embed.
    await page.click("details.share > summary");
    await page.waitForSelector(".share-menu [data-format=link]");
    expect(!(await page.$(".share-menu [data-format=embed]")), "the single file offers an embed code for a page no other site can load");
  },

  async function embed(s) {
    // The snippet from the share menu, pasted into an article on another origin under a strict CSP: the iframe shows
    // the view without controls, sizes itself to its content (on a phone too), opens details on a click, writes no
    // history entry of the host page, and asks for nothing outside its own folder.
    const full = await openChart(s, `${s.subUrl}?sets=eu,jp,kr`);
    await full.click("details.share > summary");
    await full.waitForSelector(".share-menu [data-format=embed] pre");
    const snippet = await full.$eval(".share-menu [data-format=embed] pre", (p) => p.textContent);
    const src = `${s.subUrl}embed.html?embed&sets=eu,jp,kr&v=${VERSION}`;
    expect(snippet.includes(`src="${src.replaceAll("&", "&amp;")}"`), `the snippet does not embed ${src}: ${snippet}`);
    const readme = readFileSync(join(HERE, "../../README.md"), "utf8");
    const [hash] = scriptHashes(snippet);
    expect(hash && readme.includes(hash), `the README does not give the snippet script's CSP hash ${hash}`);
    const host = await serveHost(snippet, new URL(s.subUrl).origin);
    s.origins.add(host.origin);
    try {
      const page = await s.page({ viewport: { width: 1024, height: 700 } });
      const requests = [];
      page.on("request", (r) => r.frame() !== page.mainFrame() && requests.push(r.url()));
      await page.goto(host.url);
      const frame = await (await page.waitForSelector("iframe[data-overlap]")).contentFrame();
      const entries = await page.evaluate(() => history.length);
      await frame.waitForSelector(`${READY} [data-chart="upset"]`);
      expectSets(await frame.evaluate(collectMarks, CHART), ["eu", "jp", "kr"]);
      const controls = await frame.evaluate(() => !!document.querySelector(".filters, .toolbar, .site-header"));
      expect(!controls, "the embedded view shows the side panel or the toolbar");
      const credit = await frame.$eval(".embed-credit", (p) => ({ text: p.textContent, href: p.querySelector("a")?.href, target: p.querySelector("a")?.target }));
      expect(/^Overlap · Sources: \[\d\] .+ · Data version .+ · Open full view ↗$/.test(credit.text), `the credit line reads "${credit.text}"`);
      expect(credit.href === `${s.subUrl}?sets=eu,jp,kr&v=${VERSION}` && credit.target === "_blank", `"Open full view" goes to ${credit.href} (${credit.target})`);
      /** The iframe's height once it equals its content's, and is more than `bigger` and other than `not`. */
      const fitted = async (what, { bigger = 0, not } = {}) => {
        const iframe = await page.$("iframe[data-overlap]");
        for (let tries = 0; ; tries++) {
          const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          const box = await iframe.evaluate((f) => f.getBoundingClientRect().height);
          if (box === content && box > bigger && box !== not) return box;
          if (tries > 200) throw new Failure(`${what}: the iframe is ${box} px tall, its content ${content} px`);
          await page.waitForTimeout(50); // polling two documents: no one event says both have settled
        }
      };
      const first = await fitted("on load");
      const scrolls = () => frame.evaluate(() => [document.documentElement.scrollHeight > innerHeight, document.documentElement.scrollWidth > innerWidth]);
      expect(!(await scrolls()).some(Boolean), `the embedded page scrolls: ${await scrolls()}`);
      await frame.click('[data-chart] [data-sets][role=button]');
      await waitUntil(frame, () => [...document.querySelectorAll(".details blockquote")].some((q) => !q.textContent.startsWith("Loading")), null, "a click in the embed opened no details with their quotes");
      const opened = await fitted("with the details open", { bigger: first });
      // A source's number brings its entry in the credit line into view, without a fragment navigation.
      await frame.click(".details a[href^='#source-']");
      expect((await frame.evaluate(() => location.hash)) === "", "a source's number in the embed navigated to a fragment");
      await page.setViewportSize({ width: 360, height: 640 });
      await fitted("on a phone's width", { not: opened });
      expect(!(await scrolls()).some(Boolean), `on a phone the embedded page scrolls: ${await scrolls()}`);
      expect((await page.evaluate(() => history.length)) === entries, "a click in the embed added history entries to the host page");
      const outside = requests.filter((u) => !u.startsWith(s.subUrl));
      expect(!outside.length, `the embed asked for things outside its folder: ${outside}`);
    } finally {
      await host.close();
    }
    // The embed page on its own, its details open, passes axe (injected past its CSP, which allows no such script).
    // It is embedded even without the flag, which it then puts in its URL.
    const alone = await s.page({ bypassCSP: true });
    await alone.goto(src.replace("embed&", ""));
    await alone.waitForSelector(`${READY} [data-chart="upset"]`);
    await waitUntil(alone, () => location.search === "?embed&sets=eu,jp,kr", null, "the embed page without ?embed did not become the embedded view");
    expect(!(await alone.$(".filters, .toolbar")), "the embed page without ?embed shows the controls");
    await alone.click('[data-chart] [data-sets][role=button]');
    await waitUntil(alone, () => [...document.querySelectorAll(".details blockquote")].some((q) => !q.textContent.startsWith("Loading")), null, "no details on the embed page");
    const violations = await axeViolations(alone);
    expect(!violations.length, `axe on the embed page: ${JSON.stringify(violations)}`);
    // The full page with ?embed (for hosts without a strict policy) is the same view, its header left to screen
    // readers and its footer gone.
    const inline = await openChart(s, `${s.subUrl}?embed&sets=eu,jp,kr`);
    const frame = await inline.evaluate(() => ["footer.sources", ".filters", ".toolbar"].filter((q) => document.querySelector(q)).concat(document.querySelector(".site-header").getBoundingClientRect().width > 1 ? ["the header"] : []));
    expect(!frame.length && (await inline.$(".embed-credit")), `index.html?embed shows ${frame} or no credit line`);
    expect(!(await axeViolations(inline)).length, `axe on index.html?embed: ${JSON.stringify(await axeViolations(inline))}`);
  },

  async function linkPreview(s) {
    // The tags a chat app or social site reads from the page, and the image they name: a 1200 × 630 PNG of the
    // default chart, which the page itself never loads.
    const page = await openChart(s, s.subUrl);
    const tags = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll("meta[property], meta[name]")].map((m) => [m.getAttribute("property") ?? m.name, m.content])));
    expect(tags["og:type"] === "website" && tags["twitter:card"] === "summary_large_image", `the card tags are ${JSON.stringify(tags)}`);
    expect(tags["og:title"] === (await page.title()), `og:title "${tags["og:title"]}" is not the page's title`);
    expect(tags["og:description"].startsWith("Overlap of 21 technology areas across 6 actors") && tags["og:description"] === tags.description && tags["og:image:alt"] === tags.description, `og:description and og:image:alt are not the default view's description: ${tags["og:description"]}`);
    const image = new URL(tags["og:image"], page.url()).href;
    const byPage = [...s.loaded];
    const response = await page.request.get(image);
    const png = await response.body();
    expect(response.status() === 200 && response.headers()["content-type"] === "image/png", `${image}: HTTP ${response.status()} ${response.headers()["content-type"]}`);
    // A PNG's IHDR chunk gives its width and height right after its signature.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(png.subarray(1, 4).toString() === "PNG" && `${width}×${height}` === `${tags["og:image:width"]}×${tags["og:image:height"]}` && width === 1200 && height === 630, `the preview is ${width}×${height}, the tags say ${tags["og:image:width"]}×${tags["og:image:height"]}`);
    expect(!byPage.some((u) => u.endsWith("preview.png")), "the page itself loads the preview image");
  },

  async function share(s) {
    const page = await openChart(s, `${s.url}?sets=eu,jp`, { permissions: ["clipboard-read", "clipboard-write"] });
    await copyFromShare(page, "link");
    await waitUntil(page, () => document.querySelector(".share-status")?.textContent.includes("Link copied"), null, "Share did not confirm a copy");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The page's URL, and the version of the data it shows.
    expect(copied === `${page.url()}&v=${VERSION}`, `the clipboard holds "${copied}", not the page's URL ${page.url()} with &v=${VERSION}`);
    const denied = await openChart(s, `${s.url}?sets=eu,jp`);
    await denied.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new Error("no clipboard")); });
    await copyFromShare(denied, "link");
    await waitUntil(denied, () => !!document.querySelector(".share-status input.copy-field"), null, "without a clipboard Share offers no field to copy from");
    const shown = await denied.inputValue(".share-status .copy-field");
    expect(shown === `${denied.url()}&v=${VERSION}`, `the fallback field holds "${shown}", not ${denied.url()}&v=${VERSION}`);

    // An insecure origin (a LAN address) has no navigator.clipboard at all: the field, and no error.
    const insecure = await openChart(s, `${s.url}?sets=eu,jp`);
    await insecure.evaluate(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    await copyFromShare(insecure, "link");
    await waitUntil(insecure, () => !!document.querySelector(".share-status input.copy-field"), null, "without navigator.clipboard Share offers no field to copy from");

    // Share right after a change copies the view's URL, although the address bar is written only after the next paint.
    await (await checkboxLabelled(insecure, "Korea")).click();
    await copyFromShare(insecure, "link");
    await waitUntil(insecure, (v) => document.querySelector(".share-status .copy-field")?.value.endsWith(`?sets=eu,jp,kr&v=${v}`), VERSION, "Share right after ticking Korea did not give the new view's URL");

    // Copy description without a clipboard: its lines (text, URL, sources) in a text area to copy by hand.
    await insecure.click("button.copy-description");
    await waitUntil(insecure, () => /Overlap of .*\n\nhttp.*\?sets=eu,jp,kr&v=[0-9.]+\n\nSources:\n- /s.test(document.querySelector(".share-status textarea.copy-field")?.value ?? ""), null, "without navigator.clipboard Copy description offers no text area with the description, URL and sources");
  },

  async function selectHistory(s) {
    // Keys, as a user picks (Chromium's history skips entries no user action made). After a pick only the select's
    // value property decides what it shows, so Back and Forward must set it.
    const page = await openChart(s);
    await page.focus('select:has(option[value="inclusive"])');
    await page.keyboard.press("ArrowDown");
    await waitUntil(page, () => location.search === "?mode=inclusive", null, "ArrowDown on the mode select did not choose inclusive");
    await page.goBack();
    await waitUntil(page, () => location.search === "", null, "Back did not return to the default view");
    await waitUntil(page, () => document.querySelector('select:has(option[value="inclusive"])').value === "exclusive", null, `after Back the mode select does not show "exclusive"`);
    await page.goForward();
    await waitUntil(page, () => location.search === "?mode=inclusive" && document.querySelector('select:has(option[value="inclusive"])').value === "inclusive", null, `after Forward the mode select does not show "inclusive"`);
  },

  async function exports(s) {
    const page = await openChart(s);
    // Record what the app asks the browser to save: its file name and data: URL.
    await page.evaluate(() => {
      window.saved = [];
      HTMLAnchorElement.prototype.click = function () { window.saved.push({ name: this.download, href: this.href }); };
    });
    const save = async (label) => {
      const before = await page.evaluate(() => window.saved.length);
      await page.evaluate(() => { document.querySelector(".export").open = true; });
      await page.click(`.export .menu >> text=${label}`);
      await waitUntil(page, (n) => window.saved.length > n, before, `"${label}" saved nothing`);
      const { name, href } = await page.evaluate(() => window.saved.at(-1));
      const [head, data] = [href.slice(0, href.indexOf(",")), href.slice(href.indexOf(",") + 1)];
      return { name, body: head.endsWith(";base64") ? Buffer.from(data, "base64") : Buffer.from(decodeURIComponent(data)) };
    };
    const csv = await save("Intersections (CSV)");
    const lines = csv.body.toString("utf8").trim().split(/\r?\n/);
    expect(csv.name.endsWith(".csv") && lines[0] === `# Overlap dataset version ${VERSION}, data as of ${DATA_AS_OF}` && lines[1] === "sets,names,degree,size,area_ids,areas", `unexpected CSV: ${csv.name} ${lines.slice(0, 2).join(" / ")}`);
    const marks = await readMarks(page);
    expect(lines.length - 2 === marks.inters.length, `the CSV has ${lines.length - 2} rows for ${marks.inters.length} intersections`);
    const membership = (await save("Membership (CSV)")).body.toString("utf8");
    expect(membership.split("\r\n")[1].startsWith("area_id,area,group,eu,uk,jp,kr,sg,ca"), `unexpected membership header: ${membership.slice(0, 60)}`);
    const svg = (await save("Chart as SVG")).body.toString("utf8");
    const status = () => page.$eval(".share-status", (p) => p.textContent);
    expect((await status()) === "Saved overlap-chart.svg.", `after the SVG export the status line says "${await status()}"`);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') && !svg.includes("var("), "the SVG export is not a standalone picture in its own colours");
    expect(svg.includes("<title>Shared technology areas of EU, UK, Japan, Korea, Singapore and Canada</title><desc>Overlap of "), "the SVG export does not carry the view's title and description");
    for (const said of [`Source: Overlap, data version ${VERSION}, as of `, ">agreed or launched</text>", ">5G, 6G and beyond</text>", `<a href="${s.url}`]) {
      expect(svg.includes(said), `the SVG export does not say ${said}`);
    }
    const footer = await page.$eval(".data-version", (p) => p.textContent);
    expect(footer.startsWith(`Dataset version ${VERSION}, data as of `), `the page's footer says "${footer}"`);
    const png = await save("Chart as PNG");
    expect(png.name.endsWith(".png") && png.body.subarray(1, 4).toString() === "PNG" && png.body.length > 5000, "the PNG export is not a picture of the chart");
    expect((await status()) === "Saved overlap-chart.png.", `after the PNG export the status line says "${await status()}"`);
  },

  async function noscript(s) {
    const page = await s.page({ javaScriptEnabled: false });
    await page.goto(s.url);
    const text = (await page.locator("body").innerText()).trim();
    expect(text.length > 0, "with JavaScript off the page shows no text");
    expect(text.includes("JavaScript"), `with JavaScript off the page does not mention "JavaScript": "${text.slice(0, 200)}"`);
    expect(text.includes("Semiconductors is the one area all six share."), "with JavaScript off the page does not describe the chart");
    await page.click('noscript a[href="table.html"], a[href="table.html"]');
    await page.waitForLoadState("load");
    const rows = await page.$$eval("table th[scope=row]", (r) => r.length);
    expect(rows > 0 && page.url().endsWith("table.html"), `the no-script link does not lead to the membership table (${rows} rows at ${page.url()})`);
  },
];

// ---------------------------------------------------------------- runner

/** Run one check in a browser of its own (Chromium remembers e.g. failed favicons across contexts). */
async function runCheck(check, servers) {
  const started = Date.now();
  let browser, session, timer;
  try {
    browser = await launchChromium();
  } catch (e) {
    return { name: check.name, problems: [`could not start Chromium: ${String(e?.message ?? e).split("\n")[0]}`], seconds: 0 };
  }
  session = new Session(browser, servers);
  try {
    await Promise.race([
      check(session),
      new Promise((_, fail) => (timer = setTimeout(() => fail(new Failure(`did not finish within ${CHECK_LIMIT / 1000} s`)), CHECK_LIMIT))),
    ]);
  } catch (e) {
    session.problems.unshift(e instanceof Failure ? e.message : `error: ${String(e?.message ?? e).split("\n")[0]}`);
  } finally {
    clearTimeout(timer);
    await session.close();
    await browser.close().catch(() => {});
  }
  return { name: check.name, problems: [...new Set(session.problems)], seconds: (Date.now() - started) / 1000 };
}

function finish(results) {
  const failed = results.filter((r) => r.problems.length);
  console.log("");
  for (const r of results) {
    const first = r.problems[0]?.replace(/\s*\n\s*/g, " ").slice(0, 200);
    const more = r.problems.length > 1 ? ` (+${r.problems.length - 1} more)` : "";
    console.log(`${r.problems.length ? "FAIL" : "ok  "} ${r.name}${r.problems.length ? `: ${first}${more}` : ""}`);
  }
  console.log(`e2e: ${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}

const only = (process.env.E2E_ONLY ?? "").split(",").filter(Boolean);
const selected = only.length ? checks.filter((c) => only.includes(c.name)) : checks;
const failAll = (why) => finish(selected.map((c) => ({ name: c.name, problems: [why] })));

if (!existsSync(join(DIST, "index.html"))) failAll(`no index.html in ${DIST} (build the site first)`);
if (!existsSync(AXE_SOURCE)) failAll(`no ${AXE_SOURCE} (run npm ci in ${HERE})`);

const servers = { root: await serve(DIST), sub: await serve(DIST, { base: SUBPATH }) };
console.log(`serving ${DIST} at ${servers.root.url} and ${servers.sub.url}`);
const results = [];
for (const check of selected) {
  const r = await runCheck(check, servers);
  results.push(r);
  console.log(`${r.problems.length ? "FAIL" : "ok  "} ${r.name} (${r.seconds.toFixed(1)} s)`);
  for (const p of r.problems) console.log(`    - ${p}`);
}
await Promise.all([servers.root.close(), servers.sub.close()]);
finish(results);
