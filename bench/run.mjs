// Benchmarks the built site: bytes, load and interaction timings (actor, mode, sort, timeline, compare; from the input
// event, cold and warm) in headless Chromium, an UpSet.js comparison, Lighthouse, and a reader's own data (open to
// chart, a toggle and peak memory at 64 sets × 100,000 elements, and UpSet.js on the same 12- and 16-set tables).
//
//   node bench/run.mjs [DIST_DIR]      (default: the repo's dist/; BENCH_LOADS=9 and BENCH_TOGGLES=20 (inputs of each kind) set the counts)
//
// Installs bench/package.json's packages first when bench/node_modules does not match bench/package-lock.json.
// Measurements never fail the run: a phase that cannot measure prints why and the run goes on. The exit code is
// non-zero only when nothing can be measured at all (no dist/, no browser).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../tests/e2e/browser.mjs";
import { serve } from "../tests/e2e/serve.mjs";
import { measureFiles, siteFiles } from "./bytes.mjs";
import { CATEGORIES, lighthouse } from "./lighthouse.mjs";
import { bytes, header, kib, median, ms, ratio, spread, table } from "./report.mjs";
import { membershipTable, openTime, peakRendererMemory, setsOf, toggleTimes, upsetTime } from "./data.mjs";
import { interactionTimes, load, loadTimes } from "./timing.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.argv[2] ?? join(HERE, "../dist"));
const LOADS = Math.max(7, Number(process.env.BENCH_LOADS) || 9);
const TOGGLES = Math.max(15, Number(process.env.BENCH_TOGGLES) || 20);
const GZIP_BUDGET = 145 * 1024; // the start page's budget (DEVELOPERS.md)
const OVERLAP = { chart: "[data-chart]", mark: "[data-chart] [data-set]", ready: "html[data-ready]", count: "[data-set]", label: "Japan" };
/** The interactions phase 3 times, and how the summary names them. */
const INTERACTIONS = { actor: `toggle "${OVERLAP.label}"`, mode: "switch mode", sort: "switch sort", timeline: "move the timeline", compare: "choose a compare preset" };
const UPSETJS = { mark: "#chart svg", bundle: join(HERE, "node_modules/@upsetjs/bundle/dist/upsetjs.umd.production.min.js") };

const results = {}; // what the summary table reports, filled in by the phases

/** Runs one phase under a header; an error is printed and the run goes on. */
async function phase(title, body) {
  header(title);
  try {
    await body();
  } catch (e) {
    console.log(`  could not measure: ${e.message ?? e}`);
  }
}

function printProblems(problems) {
  const unique = [...new Set(problems)];
  for (const p of unique.slice(0, 10)) console.log(`  ! ${p}`);
  if (unique.length > 10) console.log(`  ! … ${unique.length - 10} more`);
}

/** npm ci into bench/node_modules unless it already matches the lock file. Resolves to an error text or null. */
function installPackages() {
  const lock = join(HERE, "package-lock.json");
  const installed = join(HERE, "node_modules/.package-lock.json");
  // npm's copy in node_modules leaves out the root entry ("") but otherwise matches the lock file.
  const packages = (file) => JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")).packages, "": undefined });
  if (existsSync(installed) && packages(installed) === packages(lock)) return null;
  console.log("  installing bench/package.json's packages (npm ci)…");
  try {
    execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--silent", "--prefix", HERE], { stdio: "inherit" });
    return null;
  } catch (e) {
    return `npm ci failed: ${e.message}`;
  }
}

function printBytes(title, dir, files) {
  const { rows, total } = measureFiles(dir, files);
  console.log(`  ${title}`);
  table([["file", "raw", "gzip -9", "brotli 11"], ...[...rows, total].map((r) => [r.file, bytes(r.raw), bytes(r.gzip), bytes(r.brotli)])]);
  return total;
}

/** The timings of one target of loadTimes, then anything odd about its loads. */
function printLoads(r, markSelector, origin, files, liveSelector) {
  console.log(`  ${`first chart mark (${markSelector}):`.padEnd(44)}${spread(r.marks)}`);
  if (liveSelector) console.log(`  ${`live, answering input (${liveSelector}):`.padEnd(44)}${spread(r.lives)}`);
  console.log(`  ${"first contentful paint:".padEnd(44)}${spread(r.fcps)}`);
  compareRequests(origin, r.requests, files);
  printProblems(r.problems);
}

/** Same-origin paths a page requested that the static list of loaded files does not name, and the reverse. */
function compareRequests(origin, requests, files) {
  const fetched = new Set(requests.filter((u) => u.startsWith(origin)).map((u) => decodeURIComponent(new URL(u).pathname.slice(1)) || "index.html"));
  const extra = [...fetched].filter((f) => !files.includes(f));
  const missing = files.filter((f) => !fetched.has(f));
  if (extra.length) console.log(`  note: the browser also fetched ${extra.join(", ")}`);
  if (missing.length) console.log(`  note: the browser did not fetch ${missing.join(", ")} during a load`);
}

/** The chart's marks as docs/testing.md defines them: sets ([data-set]) and intersections ([data-sets]). */
function readMarks(page) {
  return page.evaluate(() => {
    const words = (s) => (s ?? "").trim().split(/\s+/).filter(Boolean);
    return {
      sets: [...document.querySelectorAll("[data-set]")].map((e) => ({ id: e.dataset.set, size: Number(e.dataset.size) })),
      inters: [...document.querySelectorAll("[data-sets]")].map((e) => ({ sets: words(e.dataset.sets), size: Number(e.dataset.size), elements: words(e.dataset.elements) })),
    };
  });
}

/** UpSet.js input from the marks: each actor's areas, an area belonging to every actor of any mark that holds it. */
function setsFromMarks(marks) {
  const actorsOf = new Map();
  for (const m of marks.inters) for (const e of m.elements) actorsOf.set(e, new Set([...(actorsOf.get(e) ?? []), ...m.sets]));
  return marks.sets.map((s) => ({ name: s.id, elems: [...actorsOf].filter(([, actors]) => actors.has(s.id)).map(([area]) => area) }));
}

/** Whether UpSet.js drew the sets and intersections of the Overlap chart (sizes included). */
function sameChart(marks, drawn) {
  const key = (sets, size) => `${[...sets].sort().join("+")}=${size}`;
  const ours = [...marks.sets.map((s) => key([s.id], s.size)), "|", ...marks.inters.map((m) => key(m.sets, m.size)).sort()];
  const theirs = [...drawn.sets.map((s) => key([s.id], s.size)), "|", ...drawn.combinations.map((c) => key(c.sets, c.size)).sort()];
  return ours.join(" ") === theirs.join(" ");
}

/** A folder with the UpSet.js page, its bundle and the data, to serve like dist/. */
function upsetSite(sets) {
  const dir = mkdtempSync(join(tmpdir(), "overlap-bench-upsetjs-"));
  for (const f of ["index.html", "main.js"]) copyFileSync(join(HERE, "upsetjs", f), join(dir, f));
  copyFileSync(UPSETJS.bundle, join(dir, "upsetjs.umd.production.min.js"));
  writeFileSync(join(dir, "data.json"), JSON.stringify({ sets }));
  return dir;
}

// ---------------------------------------------------------------- the run

if (!existsSync(join(DIST, "index.html"))) {
  console.error(`bench: no ${join(DIST, "index.html")} (build the site first: trunk build --release)`);
  process.exit(2);
}
console.log(`Overlap benchmark of ${DIST}: ${LOADS} fresh loads per page, ${TOGGLES} inputs of each kind`);
console.log(`machine: ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)} (timings are noisy while other work runs)`);

let packagesError = null;
await phase("0/6 Packages (bench/package.json)", () => {
  packagesError = installPackages();
  console.log(packagesError ? `  ${packagesError}` : "  up to date");
});

const dist = siteFiles(DIST);
await phase("1/6 Bytes of dist/", () => {
  results.bytes = printBytes("loaded by index.html:", DIST, dist.loaded);
  const over = results.bytes.gzip > GZIP_BUDGET;
  console.log(`  gzip total ${kib(results.bytes.gzip)} against a budget of ${kib(GZIP_BUDGET)}: ${over ? "OVER" : "UNDER"}`);
  // An embed loads its own page, glue and stylesheet (the same code the full page inlines) and the same wasm.
  const embed = siteFiles(DIST, "embed.html").loaded;
  results.embedBytes = printBytes("loaded by an embed (embed.html):", DIST, embed);
  const other = dist.other.filter((f) => !embed.includes(f));
  if (other.length) printBytes("loaded by neither (downloads):", DIST, other);
});

const browser = await launchChromium().catch((e) => {
  console.error(`bench: cannot start Chromium: ${e.message}`);
  process.exit(2);
});
// Both pages are served gzip-encoded, as static hosts serve them, so that transfer times are realistic.
const site = await serve(DIST, { gzip: true });
let upset = null; // the UpSet.js page: { dir, url, origin, close, files, marks }, once phase 2 has read the marks

await phase(`2/6 Loading Overlap (${site.url}, fresh context each, cache disabled)`, async () => {
  const first = await load(browser, site.url, OVERLAP.mark);
  const marks = await readMarks(first.page);
  await first.close();
  console.log(`  chart: ${marks.sets.length} set marks, ${marks.inters.length} intersection marks`);
  const targets = [{ url: site.url, mark: OVERLAP.mark, live: OVERLAP.ready }];
  if (packagesError || !existsSync(UPSETJS.bundle)) {
    results.upsetSkipped = packagesError ?? `${UPSETJS.bundle} is missing`;
  } else {
    const dir = upsetSite(setsFromMarks(marks));
    upset = { dir, ...(await serve(dir, { gzip: true })), files: siteFiles(dir).loaded, marks };
    targets.push({ url: upset.url, mark: UPSETJS.mark, inspect: (page) => page.evaluate(() => window.upsetDrawn) });
    console.log("  each round loads Overlap, then the UpSet.js page of phase 4, so both see the same background load");
  }
  [results.overlap, results.upset] = await loadTimes(browser, targets, LOADS);
  printLoads(results.overlap, OVERLAP.mark, site.origin, dist.loaded, OVERLAP.ready);
});

await phase(`3/6 Interactions (from the input event: cold, the first input of ${LOADS} fresh pages; warm, ${TOGGLES} more)`, async () => {
  const r = await interactionTimes(browser, site.url, {
    chartSelector: OVERLAP.chart, markSelector: OVERLAP.mark, readySelector: OVERLAP.ready, countSelector: OVERLAP.count,
    label: OVERLAP.label, n: TOGGLES, loads: LOADS, kinds: Object.keys(INTERACTIONS),
  });
  results.interactions = r;
  for (const [kind, name] of Object.entries(INTERACTIONS)) {
    console.log(`  ${name}:`);
    for (const when of ["cold", "warm"]) {
      const t = r[kind]?.[when];
      if (!t) continue;
      console.log(`    ${when}: input → chart updated in the DOM:           ${spread(t.work)}`);
      console.log(`    ${when}: input → next animation frame (its paint):  ${spread(t.frames)}`);
      console.log(`    ${when}: input → 2 animation frames (painted):      ${spread(t.times)}`);
    }
    if (r[kind]?.unchanged && kind === "actor") console.log(`    ! after ${r[kind].unchanged} of ${TOGGLES} clicks the number of ${OVERLAP.count} marks did not change`);
  }
  printProblems(r.problems);
});

await phase("4/6 UpSet.js comparison (@upsetjs/bundle, same sets)", async () => {
  if (!upset) throw new Error(results.upsetSkipped ?? "phase 2 did not get as far as the UpSet.js page");
  const version = JSON.parse(readFileSync(join(HERE, "node_modules/@upsetjs/bundle/package.json"), "utf8")).version;
  results.upsetBytes = printBytes(`loaded by the UpSet.js ${version} page:`, upset.dir, upset.files);
  printLoads(results.upset, UPSETJS.mark, upset.origin, upset.files);
  const drawn = results.upset.inspected;
  console.log(`  same chart as Overlap (set sizes and intersections): ${drawn && sameChart(upset.marks, drawn) ? "yes" : "NO"}`);
});

// Lighthouse's mobile settings (slow 4G, 4× CPU) both ways: simulated (its default, which estimates from an
// unthrottled load) and applied to the load itself, in which every paint is observed as it happens.
await phase("5/6 Lighthouse (mobile preset: slow 4G, 4× CPU; simulated, then applied)", async () => {
  if (packagesError) throw new Error(packagesError);
  for (const throttling of ["simulate", "devtools"]) {
    const r = await lighthouse(site.url, { throttling });
    results.lighthouse = { ...results.lighthouse, [throttling]: r };
    if (r.error) {
      console.log(`  lighthouse (${throttling}) could not run: ${r.error}`);
      continue;
    }
    table([[`category (${throttling})`, "score"], ...CATEGORIES.map((c) => [c, r.scores[c]])]);
    table([[`metric (${throttling})`, "value"], ...Object.entries(r.metrics).map(([name, v]) => [name, v])]);
    for (const w of r.warnings) console.log(`  warning: ${w}`);
  }
});

// A reader's data: each table opened with "Open data…" on a fresh page, timed from the file input's change to the
// painted chart; the first open of each page loads the code that reads files, as a reader's first file does.
await phase("6/6 Your own data (generated membership tables, opened with \"Open data…\")", async () => {
  const own = (results.own = { opens: {}, longest: {}, upset: {} });
  for (const [sets, elements] of [[30, 5_000], [64, 100_000]]) {
    const csv = membershipTable(sets, elements);
    const [times, longest] = [[], []];
    let last;
    for (let i = 0; i < 3; i++) {
      if (last) await last.close();
      last = await openTime(browser, site.url, csv, `table-${sets}x${elements}.csv`);
      printProblems(last.problems);
      times.push(last.ms);
      longest.push(last.longest);
    }
    own.opens[`${sets}x${elements}`] = times;
    own.longest[`${sets}x${elements}`] = longest;
    console.log(`  ${sets} × ${elements.toLocaleString("en-US")} (${(csv.length / 1e6).toFixed(1)} MB): file chosen → chart painted ${spread(times)}`);
    console.log(`    the page's main thread busy at once meanwhile, at most: ${spread(longest)}`);
    if (sets === 64) {
      own.toggles = await toggleTimes(last.page, 10);
      console.log(`  at 64 × 100,000: a set's box clicked → chart painted ${spread(own.toggles)}`);
      own.memory = await peakRendererMemory(browser);
      console.log(`  the page's peak memory (its renderer's peak resident set): ${(own.memory / 2 ** 20).toFixed(0)} MiB`);
    }
    await last.close();
  }
  if (packagesError || !existsSync(UPSETJS.bundle)) throw new Error(packagesError ?? `${UPSETJS.bundle} is missing`);
  for (const sets of [12, 16]) {
    const csv = membershipTable(sets, 20_000, sets);
    const dir = upsetSite(setsOf(csv));
    const page = await serve(dir, { gzip: true });
    const ours = [];
    const theirs = [];
    for (let i = 0; i < 3; i++) {
      const o = await openTime(browser, site.url, csv, `table-${sets}.csv`, { warm: true });
      ours.push(o.ms);
      await o.close();
      const u = await upsetTime(browser, page.url);
      printProblems(u.problems);
      theirs.push(u.ms);
    }
    await page.close();
    rmSync(dir, { recursive: true, force: true });
    own.upset[sets] = { ours, theirs };
    console.log(`  ${sets} sets × 20,000: Overlap (reading code loaded) ${spread(ours)}; UpSet.js (data in hand) ${spread(theirs)}`);
  }
});

await site.close();
if (upset) {
  await upset.close();
  rmSync(upset.dir, { recursive: true, force: true });
}
await browser.close();

header("Summary");
const o = results.overlap ?? {};
const u = results.upset ?? {};
const [oMark, uMark, oFcp, uFcp, oLive] = [o.marks, u.marks, o.fcps, u.fcps, o.lives].map((xs) => median(xs ?? []));
const oGzip = results.bytes?.gzip;
const uGzip = results.upsetBytes?.gzip;
const lh = results.lighthouse?.simulate?.scores;
table([
  ["figure", "Overlap", "UpSet.js", "Overlap/UpSet.js"],
  ["bytes loaded, gzip", kib(oGzip), kib(uGzip), ratio(oGzip, uGzip)],
  ["bytes loaded, brotli", kib(results.bytes?.brotli), kib(results.upsetBytes?.brotli), ratio(results.bytes?.brotli, results.upsetBytes?.brotli)],
  ["first chart mark, median", ms(oMark), ms(uMark), ratio(oMark, uMark)],
  ["first contentful paint, median", ms(oFcp), ms(uFcp), ratio(oFcp, uFcp)],
  // UpSet.js answers input as soon as it has drawn: its chart mark is its live time.
  ["live (answers input), median", ms(oLive), ms(uMark), ratio(oLive, uMark)],
  ...Object.entries(INTERACTIONS).flatMap(([kind, name]) =>
    ["cold", "warm"].flatMap((when) => {
      const t = results.interactions?.[kind]?.[when];
      return [
        [`${name}, ${when}: input → DOM updated, median`, ms(median(t?.work ?? [])), "", ""],
        [`${name}, ${when}: input → next frame, median`, ms(median(t?.frames ?? [])), "", ""],
      ];
    }),
  ),
  [`gzip budget ${kib(GZIP_BUDGET)}`, Number.isFinite(oGzip) ? (oGzip > GZIP_BUDGET ? "OVER" : "UNDER") : "n/a", "", ""],
  ...Object.entries(results.own?.opens ?? {}).map(([size, xs]) => [`your data ${size.replace("x", " × ")}: file → chart painted, median`, ms(median(xs)), "", ""]),
  ...Object.entries(results.own?.longest ?? {}).map(([size, xs]) => [`your data ${size.replace("x", " × ")}: longest main-thread task meanwhile, median`, ms(median(xs)), "", ""]),
  ["your data 64 × 100000: box clicked → painted, median", ms(median(results.own?.toggles ?? [])), "", ""],
  ["your data 64 × 100000: peak memory (renderer)", Number.isFinite(results.own?.memory) ? `${(results.own.memory / 2 ** 20).toFixed(0)} MiB` : "n/a", "", ""],
  ...Object.entries(results.own?.upset ?? {}).map(([sets, { ours, theirs }]) => [`${sets} sets × 20000 charted, median`, ms(median(ours)), ms(median(theirs)), ratio(median(ours), median(theirs))]),
  ["Lighthouse perf / a11y / best-pr. / SEO", lh ? CATEGORIES.map((c) => lh[c]).join(" / ") : "n/a", "", ""],
  ...["simulate", "devtools"].flatMap((how) =>
    Object.entries(results.lighthouse?.[how]?.metrics ?? {}).map(([name, v]) => [`Lighthouse mobile (${how === "simulate" ? "simulated" : "applied"}): ${name}`, v, "", ""]),
  ),
]);
