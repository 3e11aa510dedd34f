// Runs the Lighthouse CLI (bench/node_modules) against a URL and returns its four category scores (0–100) and its
// load metrics under the default mobile preset (simulated slow 4G, 4× CPU slowdown).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_PATH } from "../tests/e2e/browser.mjs";

const CLI = join(dirname(fileURLToPath(import.meta.url)), "node_modules/lighthouse/cli/index.js");
const CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run";
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const LIMIT = 240_000;

/** The load metrics reported, by their audit ids. */
const METRICS = {
  "first contentful paint": "first-contentful-paint",
  "largest contentful paint": "largest-contentful-paint",
  "time to interactive": "interactive",
  "total blocking time": "total-blocking-time",
  "cumulative layout shift": "cumulative-layout-shift",
};

/**
 * Resolves to { scores: { performance: 97, … }, metrics: { "time to interactive": "1.2 s", … } } or
 * { error: "the exact error text" }; never rejects.
 */
export function lighthouse(url, { throttling = "simulate" } = {}) {
  if (!existsSync(CLI)) return Promise.resolve({ error: `lighthouse is not installed (${CLI} is missing)` });
  const args = [CLI, url, "--output=json", "--output-path=stdout", "--quiet", `--chrome-flags=${CHROME_FLAGS}`, `--only-categories=${CATEGORIES.join(",")}`, `--throttling-method=${throttling}`];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } });
    let out = "";
    let err = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), LIMIT);
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", (e) => resolve({ error: e.message }));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      try {
        const report = JSON.parse(out);
        if (report.runtimeError) return resolve({ error: `${report.runtimeError.code}: ${report.runtimeError.message}` });
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, report.categories[c]?.score == null ? NaN : Math.round(report.categories[c].score * 100)]));
        const metrics = Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, report.audits[id]?.displayValue ?? "n/a"]));
        const lcp = report.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.selector;
        if (lcp) metrics["largest contentful paint element"] = lcp;
        resolve({ scores, metrics, warnings: report.runWarnings ?? [] });
      } catch {
        resolve({ error: `lighthouse exited with ${signal ?? `code ${code}`}: ${(err.trim() || out.trim()).slice(-2000) || "no output"}` });
      }
    });
  });
}
