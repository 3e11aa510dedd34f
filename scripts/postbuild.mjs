// Finishes a Trunk build in its staging folder (the post-build hook, after the prerender):
//  - minifies the JavaScript glue (terser) and the stylesheet (csso; Trunk's minifier cannot parse wasm-bindgen's
//    module and does not touch the prerendered HTML), and inlines the stylesheet: no request can block the first
//    paint, and a page opened from a file (origin "null", where integrity-checked stylesheets are refused) is styled;
//  - inlines the glue in place of Trunk's module loader, with the wasm preloaded as the head is parsed, and starts the
//    app only where it can run (not from a file, where fetches are refused: a notice says what to do);
//  - writes overlap.html, the same page in one self-contained file (styles, glue and wasm inlined; the dataset and
//    the favicon as data: URLs) that is fully interactive when opened from disk, e-mailed or copied anywhere.
//
//   node scripts/postbuild.mjs STAGING_DIR      (terser and csso come from build-tools/)
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

const [jsName, wasmName, cssName, iconName] = [only(".js"), only("_bg.wasm"), only(".css"), only(".svg")];
const glue = (await minify(readFileSync(join(dir, jsName), "utf8"), { module: true, compress: true, mangle: true })).code;
rmSync(join(dir, jsName)); // inlined below: one request less before the app is live
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

// The glue, inline, as a module that starts the app from `wasm` (a URL or the bytes themselves). Opened from a file
// the served page cannot fetch its wasm: a classic script run as the head is parsed marks the page for its notice
// (and records nothing); the single file carries its wasm and runs anywhere.
const exported = glue.match(/export\s*\{([^}]*)\}\s*;?\s*$/);
const init = exported?.[1].split(",").map((e) => e.trim().split(/\s+as\s+/)).find(([, name]) => name === "default")?.[0];
if (!init) throw new Error("postbuild: the glue's default export (wasm-bindgen's init) was not found");
const boot = (fromFile) =>
  `<script>${fromFile ? "" : `if(location.protocol=="file:")document.documentElement.setAttribute("data-file","");else `}{${recorder}}</script>`;
// The wasm is preloaded from the head (below), so that it downloads and compiles while the page is parsed and painted.
const app = (wasm, fromFile) => `<script type="module">${glue.slice(0, exported.index)}
${fromFile ? "" : 'if(location.protocol!="file:")'}${init}({module_or_path:${wasm}})</script>`;

// The source's comments are for its readers, not its visitors (markers such as <!--table--> have no space and stay).
let index = readFileSync(indexPath, "utf8").replace(/\s*<!-- [\s\S]*? -->/g, "");
index = replaceOnce(index, /<link rel="stylesheet"[^>]*>/, () => `<style>${css}</style>`, "stylesheet link");
index = replaceOnce(index, /<script type="module">[\s\S]*?<\/script>/, () => boot(false) + app(`"./${wasmName}"`, false), "Trunk loader");
index = index.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, "");
// As the head is parsed: a fetch the glue's own (same URL, same CORS mode) takes over. A page opened from a file
// cannot make it, and should not try.
index = replaceOnce(index, /<\/title>/, () => `</title><script>location.protocol!="file:"&&document.head.insertAdjacentHTML("beforeend",'<link rel="preload" href="./${wasmName}" as="fetch" type="application/wasm" crossorigin>')</script>`, "title");
// An icon needs no integrity check, and a page opened from a file could not make one.
index = replaceOnce(index, /(<link rel="icon" href="[^"]*")[^>]*>/, (_, link) => `${link}>`, "icon link");
writeFileSync(indexPath, index);

// The single file: the wasm's bytes inline, the dataset and the favicon as data: URLs, the links' words and the
// no-script table inline, so that it needs nothing beside it.
const wasm = readFileSync(join(dir, wasmName)).toString("base64");
const dataUrl = (mime, bytes) => `data:${mime};base64,${Buffer.from(bytes).toString("base64")}`;
const dataset = dataUrl("text/plain;charset=utf-8", readFileSync(join(dir, "data/overlap.toml")));
// The links' words, which the served page loads when first needed. Inline, a script element's text ends at its end
// tag, and a comment opener would change how it is read: a quote with either cannot be inlined as it is.
const citations = readFileSync(join(dir, "data/citations.tsv"), "utf8");
if (/<\/script|<!--/i.test(citations)) throw new Error("postbuild: data/citations.tsv holds \"</script\" or \"<!--\", which cannot be inlined in overlap.html");
const table = readFileSync(join(dir, "table.html"), "utf8").match(/<div class="matrix-wrap">[\s\S]*<\/table><\/div>/)?.[0];
if (!table) throw new Error("postbuild: table.html has no membership table");
const single = index
  .replace("<!--table-->", () => table)
  .replace(boot(false) + app(`"./${wasmName}"`, false), () =>
    `<script type="text/plain" id="citations">${citations}</script>${boot(true)}` +
    app(`Uint8Array.from(atob("${wasm}"),function(c){return c.charCodeAt(0)})`, true) +
    // The dataset links, prerendered or drawn by the app, get the data: URL as they are followed: one copy.
    `<script>document.addEventListener("click",function(e){var a=e.target.closest&&e.target.closest('a[href="data/overlap.toml"]');if(a)a.href="${dataset}"},true)</script>`)
  .replace(/<link rel="icon" href="[^"]*"/, () => `<link rel="icon" href="${dataUrl("image/svg+xml", readFileSync(join(dir, iconName)))}"`);
writeFileSync(join(dir, "overlap.html"), single);

console.log(`postbuild: glue ${glue.length} B and stylesheet ${css.length} B inlined; overlap.html ${single.length} B`);
