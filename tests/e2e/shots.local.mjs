// Screenshots for review (not a test): node tests/e2e/shots.local.mjs dist
import { launchChromium } from "./browser.mjs";
import { serve } from "./serve.mjs";
const dir = process.argv[2] || "dist";
const only = process.argv[3];
const server = await serve(dir, { gzip: true });
const browser = await launchChromium();
const shots = [
  ["1366", { width: 1366, height: 768 }, "", "light"],
  ["360", { width: 360, height: 740 }, "", "light"],
  ["320", { width: 320, height: 640 }, "", "light"],
  ["390-dark", { width: 390, height: 844 }, "", "dark"],
  ["1366-dark", { width: 1366, height: 768 }, "", "dark"],
  ["360-compare", { width: 360, height: 740 }, "?from=2023&to=2024-04-30", "light"],
  ["1366-compare", { width: 1366, height: 768 }, "?from=2023&to=2024-04-30", "light"],
  ["1366-venn", { width: 1366, height: 768 }, "?sets=jp,kr,ca&view=venn", "light"],
  ["390-venn-dark", { width: 390, height: 844 }, "?sets=jp,kr,ca&view=venn", "dark"],
  ["360-table", { width: 360, height: 740 }, "?view=matrix", "light"],
  ["1920", { width: 1920, height: 1080 }, "", "light"],
];
for (const [name, viewport, query, scheme] of shots) {
  if (only && !name.includes(only)) continue;
  const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(server.url + query);
  await page.waitForSelector("html[data-ready]", { timeout: 15000 }).catch(() => errors.push("no data-ready"));
  const [sw, iw, chartTop] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth, document.querySelector("[data-chart]")?.getBoundingClientRect().top]);
  console.log(name, "scrollWidth", sw, "innerWidth", iw, "chart top", Math.round(chartTop), errors.join(" | "));
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: name.startsWith("360") || name === "320" });
  await page.close();
}
await browser.close();
await server.close();
