// Minifies the JavaScript glue and the stylesheet of a Trunk build in place, and updates their integrity hashes in
// its index.html (Trunk's own minifier cannot parse wasm-bindgen's module, and does not touch the prerendered HTML).
//
//   node scripts/minify.mjs STAGING_DIR      (Trunk's post-build hook; terser and csso come from build-tools/)
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(new URL("../build-tools/", import.meta.url));
const { minify } = require("terser");
const csso = require("csso");

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node scripts/minify.mjs STAGING_DIR");
  process.exit(2);
}
const integrity = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;
const indexPath = join(dir, "index.html");
let index = readFileSync(indexPath, "utf8");
for (const name of readdirSync(dir).filter((n) => n.endsWith(".js") || n.endsWith(".css"))) {
  const path = join(dir, name);
  const before = readFileSync(path, "utf8");
  const after = name.endsWith(".js")
    ? (await minify(before, { module: true, compress: true, mangle: true })).code
    : // No restructuring: rules keep their selectors, which the SVG export picks by their `.chart ` prefix.
      csso.minify(before, { restructure: false }).css;
  writeFileSync(path, after);
  const [old, next] = [integrity(before), integrity(after)];
  if (!index.includes(old)) throw new Error(`${name}: its integrity hash is not in index.html`);
  index = index.replaceAll(old, next);
  console.log(`minify: ${name} ${before.length} → ${after.length} bytes`);
}
writeFileSync(indexPath, index);
