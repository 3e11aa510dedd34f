// The chart's marks contract and the assertions on it, shared by the Chromium suite (run.mjs) and the WebDriver suite
// (webdriver.mjs, for Firefox and WebKit). Nothing here knows how the browser is driven: `collectMarks` and
// `findCheckbox` run inside the page (pass them to Playwright's page.evaluate, or send `return (${fn})(arguments[0])` as a WebDriver script).
//
//   html[data-ready]            the app is live (the chart itself may be prerendered into index.html before that)
//   [data-chart="upset"]        the chart (also "matrix" and "venn" for the other views)
//   [data-set=ID data-size=N]   one mark per shown actor, in display order, all inside the chart, nowhere else
//   [data-sets="ID ID …" data-size=N data-elements="AREA AREA …"]   one mark per (exclusive) intersection

import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ACTORS = ["eu", "uk", "jp", "kr", "sg", "ca"];
export const CHART = '[data-chart="upset"]';
export const READY = "html[data-ready]";

// ---------------------------------------------------------------- assertions

export class Failure extends Error {}

export function expect(ok, message) {
  if (!ok) throw new Failure(message);
}

/** Throw one Failure listing every message (for checks that find several problems at once). */
export function expectNone(messages, heading) {
  if (messages.length) throw new Failure(`${heading}:\n      ${messages.slice(0, 15).join("\n      ")}${messages.length > 15 ? `\n      … ${messages.length - 15} more` : ""}`);
}

export const isCount = (s) => /^(0|[1-9][0-9]*)$/.test(s ?? "");

// ---------------------------------------------------------------- reading the marks

/**
 * Runs in the page (self-contained: no closure over this module). The chart's marks: sets ([data-set]) and
 * intersections ([data-sets]), document-wide, in DOM order.
 */
export function collectMarks(chartSelector) {
  const chart = document.querySelector(chartSelector);
  const words = (s) => (s ?? "").trim().split(/\s+/).filter(Boolean);
  return {
    sets: [...document.querySelectorAll("[data-set]")].map((e) => ({
      id: e.getAttribute("data-set"),
      size: e.getAttribute("data-size"),
      inChart: !!chart && chart.contains(e),
    })),
    inters: [...document.querySelectorAll("[data-sets]")].map((e) => ({
      sets: words(e.getAttribute("data-sets")),
      size: e.getAttribute("data-size"),
      elements: words(e.getAttribute("data-elements")),
    })),
  };
}

/** Runs in the page: the <input type=checkbox> whose associated <label> text contains `text`, or null. */
export function findCheckbox(text) {
  return [...document.querySelectorAll('input[type="checkbox"]')].find((i) => [...(i.labels ?? [])].some((l) => l.textContent.includes(text))) ?? null;
}

/** A stable text form of the intersection marks, to tell whether they changed. */
export const interSignature = (marks) =>
  marks.inters.map((m) => `${[...m.sets].sort().join(" ")}=${[...m.elements].sort().join(" ")}`).sort().join("\n");

// ---------------------------------------------------------------- assertions on the marks

/** Exactly these set marks (ids in this order), all inside the chart, with positive sizes (or zero, if allowZero). */
export function expectSets(marks, expected, { allowZero = false } = {}) {
  const outside = marks.sets.filter((s) => !s.inChart).map((s) => `data-set="${s.id}"`);
  expectNone(outside, `[data-set] elements outside ${CHART}`);
  const ids = marks.sets.map((s) => s.id);
  expect(ids.join(" ") === expected.join(" "), `[data-set] marks are "${ids.join(" ")}", expected "${expected.join(" ")}" in that order`);
  const bad = marks.sets.filter((s) => !isCount(s.size) || (s.size === "0" && !allowZero)).map((s) => `${s.id}: data-size="${s.size}"`);
  expectNone(bad, `set marks without a ${allowZero ? "" : "positive "}integer data-size`);
}

/** The default view: six set marks eu uk jp kr sg ca in that order, positive sizes, all inside the chart. */
export const expectDefaultSets = (marks) => expectSets(marks, ACTORS);

/** Intersection marks agree with each other and with the set marks (exclusive intersections). */
export function expectConsistent(marks) {
  expect(marks.inters.length > 0, "no [data-sets] intersection marks");
  const known = new Set(marks.sets.map((s) => s.id));
  const owner = new Map(); // area -> the intersection that holds it
  const problems = [];
  for (const m of marks.inters) {
    const name = `[data-sets="${m.sets.join(" ")}"]`;
    if (!m.sets.length) problems.push(`${name} names no actor`);
    if (new Set(m.sets).size !== m.sets.length) problems.push(`${name} repeats an actor`);
    for (const id of m.sets) if (!known.has(id)) problems.push(`${name} names "${id}", which has no [data-set] mark`);
    if (!isCount(m.size) || Number(m.size) !== m.elements.length) {
      problems.push(`${name} has data-size="${m.size}" but ${m.elements.length} data-elements`);
    }
    if (new Set(m.elements).size !== m.elements.length) problems.push(`${name} repeats an area in data-elements`);
    for (const area of new Set(m.elements)) {
      if (owner.has(area)) problems.push(`area "${area}" is in both ${owner.get(area)} and ${name} (not exclusive)`);
      else owner.set(area, name);
    }
  }
  for (const s of marks.sets) {
    const areas = new Set(marks.inters.filter((m) => m.sets.includes(s.id)).flatMap((m) => m.elements));
    if (Number(s.size) !== areas.size) problems.push(`[data-set="${s.id}"] has data-size="${s.size}" but its intersections hold ${areas.size} areas`);
  }
  expectNone(problems, "inconsistent marks");
}

// ---------------------------------------------------------------- comparing two dates
//
//   [data-size-before=N]        comparing, on every set and intersection mark: its size at the earlier date
//   .changes li[data-change="entered|left|moved"][data-area=ID]   one entry per area that changed, in dataset order

/** The marks the pure core computes for `query` (src/bin/marks.rs), to hold the page's against. */
export function coreMarks(query) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
  try {
    return JSON.parse(execFileSync("cargo", ["run", "--quiet", "--bin", "marks", "--", query], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
  } catch (e) {
    throw new Failure(`could not get the core's marks for "${query}" (cargo run --bin marks): ${String(e.stderr || e.message).trim().split("\n").pop()}`);
  }
}

/** Runs in the page (self-contained): the compare marks, as coreMarks gives them. */
export function collectCompare() {
  const size = (e, name) => (e.hasAttribute(name) ? Number(e.getAttribute(name)) : null);
  return {
    sets: [...document.querySelectorAll("[data-set]")].map((e) => ({ id: e.getAttribute("data-set"), size: size(e, "data-size"), before: size(e, "data-size-before") })),
    inters: [...document.querySelectorAll("[data-sets]")].map((e) => ({ sets: e.getAttribute("data-sets"), size: size(e, "data-size"), before: size(e, "data-size-before") })),
    changes: [...document.querySelectorAll(".changes li[data-change]")].map((e) => ({ area: e.getAttribute("data-area"), change: e.getAttribute("data-change") })),
  };
}

/** The differences between the page's compare marks and the core's ([] when they agree); intersections in any order. */
export function compareProblems(page, core) {
  const text = (xs, key) => xs.map((x) => `${x[key]}=${x.size}/${x.before}`);
  const problems = [];
  const same = (what, a, b) => a.join(" | ") === b.join(" | ") || problems.push(`${what}: page ${a.join(" | ") || "none"}; core ${b.join(" | ") || "none"}`);
  same("sets", text(page.sets, "id"), text(core.sets, "id"));
  same("intersections", text(page.inters, "sets").sort(), text(core.inters, "sets").sort());
  same("changes", page.changes.map((c) => `${c.area}:${c.change}`), core.changes.map((c) => `${c.area}:${c.change}`));
  return problems;
}
