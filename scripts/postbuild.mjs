// Finishes a Trunk build in its staging folder (the post-build hook, after the prerender):
//  - minifies the JavaScript glue (terser) and the stylesheet (csso; Trunk's minifier cannot parse wasm-bindgen's
//    module and does not touch the prerendered HTML), and inlines the stylesheet: no request can block the first
//    paint, and a page opened from a file (origin "null", where integrity-checked stylesheets are refused) is styled;
//  - replaces Trunk's module loader with a classic inline one that starts the app only where it can run (not from a
//    file: module scripts and fetches are refused there, so it marks the page instead and its notice says what to do);
//  - writes overlap.html, the same page in one self-contained file (styles, glue and wasm inlined; the dataset and
//    the favicon as data: URLs) that is fully interactive when opened from disk, e-mailed or copied anywhere.
//
//   node scripts/postbuild.mjs STAGING_DIR      (terser and csso come from build-tools/)
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(new URL("../build-tools/", import.meta.url));
const { minify } = require("terser");
const csso = require("csso");

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node scripts/postbuild.mjs STAGING_DIR");
  process.exit(2);
}
const indexPath = join(dir, "index.html");
const files = readdirSync(dir);
const only = (suffix) => {
  const found = files.filter((n) => n.endsWith(suffix));
  if (found.length !== 1) throw new Error(`postbuild: expected one ${suffix} file in ${dir}, found ${found.length}`);
  return found[0];
};
/** Replaces the one match of `pattern` in `text`, failing loudly when Trunk's output no longer has it. */
const replaceOnce = (text, pattern, by, what) => {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"));
  if (matches?.length !== 1) throw new Error(`postbuild: expected one ${what} in index.html, found ${matches?.length ?? 0}`);
  return text.replace(pattern, by);
};
const sri = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;

const [jsName, wasmName, cssName, iconName] = [only(".js"), only("_bg.wasm"), only(".css"), only(".svg")];
const glue = (await minify(readFileSync(join(dir, jsName), "utf8"), { module: true, compress: true, mangle: true })).code;
writeFileSync(join(dir, jsName), glue);
// No restructuring: rules keep their selectors, which the SVG export picks by their `.chart ` prefix.
const css = csso.minify(readFileSync(join(dir, cssName), "utf8"), { restructure: false }).css;
rmSync(join(dir, cssName));

// Records what the user does on the prerendered page before the app is live, for the app to replay in order
// (src/replay.rs): a named control's new value (a box's "id on"/"id off"), or the intersection mark clicked. A
// control marked aria-disabled (share, export) does nothing meanwhile. The app takes window.__early and sets it to
// null, which ends the recording.
const recorder = `window.__early=[];["click","input","change"].forEach(function(k){document.addEventListener(k,function(e){
var q=window.__early,t=e.target,n=t.name,c=t.closest&&t.closest("[data-sets]");if(!q)return;
if(k=="click"){if(t.closest&&t.closest('[aria-disabled="true"]'))e.preventDefault();else if(c)q.push(["select",c.getAttribute("data-sets")]);return}
if(!n||(k=="input")!=(n=="q"||n=="asof")||t.type=="radio"&&!t.checked)return;
q.push([n,t.type=="checkbox"?t.value+(t.checked?" on":" off"):t.value])},true)});`;

// A classic script, so that it runs at once as the head is parsed: the preloads start before the body arrives.
const loader = `<script>(function(){var d=document;if(location.protocol=="file:"){d.documentElement.setAttribute("data-file","");return}
${recorder}
function l(r,h,i){var e=d.createElement("link");e.rel=r;e.href=h;e.crossOrigin="anonymous";if(i)e.integrity=i;else{e.as="fetch";e.type="application/wasm"}d.head.appendChild(e)}
requestAnimationFrame(function(){setTimeout(function(){l("modulepreload","./${jsName}","${sri(glue)}");l("preload","./${wasmName}");
import("./${jsName}").then(function(m){return m.default({module_or_path:"./${wasmName}"})})})})})()</script>`;

let index = readFileSync(indexPath, "utf8");
index = replaceOnce(index, /<link rel="stylesheet"[^>]*>/, () => `<style>${css}</style>`, "stylesheet link");
index = replaceOnce(index, /<script type="module">[\s\S]*?<\/script>/, () => loader, "Trunk loader");
index = index.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, "");
// An icon needs no integrity check, and a page opened from a file could not make one.
index = replaceOnce(index, /(<link rel="icon" href="[^"]*")[^>]*>/, (_, link) => `${link}>`, "icon link");
writeFileSync(indexPath, index);

// The single file: the glue as an inline module that starts the app from the wasm bytes it carries.
const exported = glue.match(/export\s*\{([^}]*)\}\s*;?\s*$/);
const init = exported?.[1].split(",").map((e) => e.trim().split(/\s+as\s+/)).find(([, name]) => name === "default")?.[0];
if (!init) throw new Error("postbuild: the glue's default export (wasm-bindgen's init) was not found");
const wasm = readFileSync(join(dir, wasmName)).toString("base64");
const dataUrl = (mime, bytes) => `data:${mime};base64,${Buffer.from(bytes).toString("base64")}`;
const dataset = dataUrl("text/plain;charset=utf-8", readFileSync(join(dir, "data/overlap.toml")));
// The links' words, which the served page loads when first needed, are carried inline (build.rs escapes "<").
const citations = readFileSync(join(dir, "data/citations.json"), "utf8");
// The dataset links, prerendered or drawn by the app, get the data: URL as they are followed: one copy in the file.
// Without JavaScript the served page links to table.html; the single file carries the table itself.
const table = readFileSync(join(dir, "table.html"), "utf8").match(/<div class="matrix-wrap">[\s\S]*<\/table><\/div>/)?.[0];
if (!table) throw new Error("postbuild: table.html has no membership table");
const single = index
  .replace("<!--table-->", () => table)
  .replace(loader, () => `<script type="application/json" id="citations">${citations}</script><script>${recorder}</script><script type="module">${glue.slice(0, exported.index)}
await ${init}({module_or_path:Uint8Array.from(atob("${wasm}"),function(c){return c.charCodeAt(0)})});
document.addEventListener("click",function(e){var a=e.target.closest&&e.target.closest('a[href="data/overlap.toml"]');if(a)a.href="${dataset}"},true)</script>`)
  .replace(/<link rel="icon" href="[^"]*"/, () => `<link rel="icon" href="${dataUrl("image/svg+xml", readFileSync(join(dir, iconName)))}"`);
writeFileSync(join(dir, "overlap.html"), single);

console.log(`postbuild: glue ${glue.length} B, stylesheet ${css.length} B inlined; overlap.html ${single.length} B`);
