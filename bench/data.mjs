// Times a reader's own data in headless Chromium: open-to-chart for generated membership tables, a set's box
// unticked → painted frame at the largest, the page's peak memory, and UpSet.js charting the same tables.
import { readFileSync } from "node:fs";
import { freshPage } from "./timing.mjs";

const WAIT = 120_000; // a 13 MB table is read, counted and drawn well within this, or something is wrong

/**
 * A membership table of `sets` sets and `elements` elements, the same for the same arguments: set i holds an element
 * with probability 5% + 50% × 0.85^i (so sizes fall off as in real data), drawn by a xorshift generator.
 */
export function membershipTable(sets, elements, seed = 1) {
  let x = (0x9e3779b9 ^ seed) >>> 0;
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
  const chance = Array.from({ length: sets }, (_, i) => 0.05 + 0.5 * 0.85 ** i);
  const lines = ["element," + chance.map((_, i) => `Set ${i + 1}`).join(",")];
  for (let e = 0; e < elements; e++) lines.push(`e${e},` + chance.map((p) => (next() < p ? 1 : 0)).join(","));
  return lines.join("\n") + "\n";
}

/** Each set of a membership table with its elements, as UpSet.js takes them. */
export function setsOf(csv) {
  const [header, ...rows] = csv.trim().split("\n").map((l) => l.split(","));
  return header.slice(1).map((name, i) => ({ name, elems: rows.filter((r) => r[i + 1] === "1").map((r) => r[0]) }));
}

/**
 * Opens `csv` (named `name`) with "Open data…" on a fresh page of `url` and times, in the page, the file input's
 * change → the frame painted after the chart of it is drawn. `warm` loads the publishing module first (the code that
 * reads files); otherwise the time includes loading it, as a reader's first file does. Resolves to { ms, longest (the
 * longest task of the page's main thread meanwhile, in ms), page, problems, close } (the page still open).
 */
export async function openTime(browser, url, csv, name, { warm = false } = {}) {
  const session = await freshPage(browser, "[data-chart]", "html[data-ready]");
  const { page } = session;
  await page.goto(url);
  await page.waitForSelector("html[data-ready] [data-chart]", { timeout: WAIT });
  if (warm) await page.evaluate(() => window.__publish());
  await page.evaluate(() => {
    const input = document.querySelector(".open-pick input");
    input.addEventListener("change", () => (window.opened = { change: performance.now(), longest: 0 }), { capture: true, once: true });
    // The longest the page's main thread was busy at once meanwhile: how long input could have waited.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (window.opened && e.startTime >= window.opened.change) window.opened.longest = Math.max(window.opened.longest, e.duration);
    }).observe({ type: "longtask" });
    new MutationObserver((_, observer) => {
      if (!window.opened || !document.querySelector(".open-status")?.textContent.startsWith("Opened")) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.opened.painted = performance.now())));
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.setInputFiles(".open-pick input[type=file]", { name, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.waitForFunction(() => window.opened?.painted, null, { timeout: WAIT });
  const { change, painted, longest } = await page.evaluate(() => window.opened);
  return { ...session, ms: painted - change, longest };
}

/** Unticks (then ticks again, alternately) the second set's box `n` times; each time, the click → the frame painted
 * after the chart changed, timed in the page. */
export async function toggleTimes(page, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    times.push(
      await page.evaluate(async () => {
        const box = document.querySelectorAll("label.check input[name=actor]")[1];
        const before = document.querySelector("[data-chart]").innerHTML.length;
        const start = performance.now();
        box.click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        if (document.querySelector("[data-chart]").innerHTML.length === before) throw new Error("the chart did not change");
        return performance.now() - start;
      }),
    );
  }
  return times;
}

/** The most memory any renderer process of `browser` has held (its peak resident set, VmHWM), in bytes. */
export async function peakRendererMemory(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send("SystemInfo.getProcessInfo");
  await cdp.detach();
  const peaks = processInfo
    .filter((p) => p.type === "renderer")
    .map((p) => {
      try {
        const kb = readFileSync(`/proc/${p.id}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB/m);
        return kb ? Number(kb[1]) * 1024 : 0;
      } catch {
        return 0; // a process that has gone
      }
    });
  return Math.max(0, ...peaks);
}

/** UpSet.js (the bench's page at `url`, given `sets` as data.json) charting the sets: its time from the data in hand
 * to the frame painted after its render, timed in the page. */
export async function upsetTime(browser, url) {
  const session = await freshPage(browser, "#chart svg");
  try {
    await session.page.goto(url);
    await session.page.waitForFunction(() => window.upsetTime, null, { timeout: WAIT });
    return { ms: await session.page.evaluate(() => window.upsetTime), problems: session.problems };
  } finally {
    await session.close();
  }
}
