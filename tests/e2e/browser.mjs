// Launches the machine's headless Chromium through playwright-core (shared by the e2e suite and benchmark scripts).
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/** Debian's Chromium; override with CHROMIUM=/path/to/chrome. Playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox", // we run as root
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

/** Start a fresh headless Chromium (Playwright gives it a new temporary profile). Resolves to a playwright Browser. */
export async function launchChromium(options = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`no Chromium at ${CHROMIUM_PATH} (install Debian's chromium package, or set CHROMIUM)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    chromiumSandbox: false,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
