// Finishes a Trunk build in its staging folder (the post-build hook, after the prerender):
//  - optimizes the wasm once more, its control flow rebuilt (binaryen's flatten and rereloop, then -Oz twice: 0.8 KiB
//    of gzip less than Trunk's -Oz alone), and renames what the wasm and its glue call each other by to the shortest
//    names: wasm-bindgen's names carry hashes, which no compression shrinks (5 KiB of gzip between the two files);
//    then names the wasm file by a hash of its final bytes;
//  - minifies the JavaScript glue (terser) and the stylesheet (csso; Trunk's minifier cannot parse wasm-bindgen's
//    module and does not touch the prerendered HTML), and inlines the stylesheet: no request can block the first
//    paint, and a page opened from a file (origin "null", where integrity-checked stylesheets are refused) is styled;
//  - inlines the glue in place of Trunk's module loader, with the wasm preloaded as the head is parsed, and starts the
//    app only where it can run (not from a file, where fetches are refused: a notice says what to do);
//  - renders the link preview (preview.svg, which the prerender drew) to preview.png with resvg, in the DejaVu Sans
//    font (Debian's fonts-dejavu-core, which scripts/setup.sh installs), so that the picture is the same wherever it
//    is built;
//  - writes embed.html, the page an embed snippet loads (src/embed.rs): the same app, its glue and stylesheet in files
//    of their own (named by their bytes) rather than inline, under its own strict Content-Security-Policy, which
//    inline scripts and styles would break;
//  - builds the publishing module (src/bin/publish.rs), which the page loads on its first export or Cite;
//  - writes overlap.html, the same page in one self-contained file (styles, glue and wasm inlined; the dataset and
//    the favicon as data: URLs) that is fully interactive when opened from disk, e-mailed or copied anywhere.
//
//   node scripts/postbuild.mjs STAGING_DIR      (wasm-opt, terser and csso come from build-tools/)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(new URL("../build-tools/", import.meta.url));
const { minify } = require("terser");
const csso = require("csso");
const { Resvg } = require("@resvg/resvg-js");

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node scripts/postbuild.mjs STAGING_DIR");
  process.exit(2);
}
const indexPath = join(dir, "index.html");
// Trunk's output, found by suffix: the prerender's preview.svg is left out, or it would pass for the favicon.
const files = readdirSync(dir).filter((n) => n !== "preview.svg");
const only = (suffix) => {
  const found = files.filter((n) => n.endsWith(suffix));
  if (found.length !== 1) throw new Error(`postbuild: expected one ${suffix} file in ${dir}, found ${found.length}`);
  return found[0];
};
/** Replaces the one match of `pattern` in `text`, failing loudly when Trunk's output no longer has it. */
const replaceOnce = (text, pattern, by, what) => {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"));
  if (matches?.length !== 1) throw new Error(`postbuild: expected one ${what}, found ${matches?.length ?? 0}`);
  return text.replace(pattern, by);
};

/** A file name for `text` (or bytes) that changes with them: a cached copy can never meet a page it does not fit. */
const named = (stem, ext, text) => `${stem}-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.${ext}`;

const [jsName, builtWasm, cssName, iconName] = [only(".js"), only("_bg.wasm"), only(".css"), only(".svg")];

// The wasm optimized again, its imports and exports renamed (module names too), and the glue made to use the new
// names. Binaryen prints the renaming as {"imports": [[module, old, new], …], "exports": [[old, new], …]}; the wasm
// itself says the new module name. Every old name must be found where the glue uses it, and the glue must use no
// other export.
const wasmOpt = new URL("../build-tools/node_modules/.bin/wasm-opt", import.meta.url).pathname;
const renamed = JSON.parse(execFileSync(wasmOpt, ["--flatten", "--rereloop", "-Oz", "-Oz", "--low-memory-unused",
  "--minify-imports-and-exports-and-modules", "--strip-producers", "--strip-target-features", join(dir, builtWasm),
  "-o", join(dir, builtWasm)], { encoding: "utf8" }));
const wasmBytes = readFileSync(join(dir, builtWasm));
const compiled = new WebAssembly.Module(wasmBytes);
const modules = [...new Set(WebAssembly.Module.imports(compiled).map((i) => i.module))];
const oldModules = [...new Set(renamed.imports.map(([module]) => module))];
if (modules.length !== 1 || oldModules.length !== 1) throw new Error(`postbuild: expected the wasm to import from one module, not ${oldModules} (now ${modules})`);
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
let glueSource = replaceOnce(readFileSync(join(dir, jsName), "utf8"), new RegExp(`"${escape(oldModules[0])}":`), () => `"${modules[0]}":`, "import module in the glue");
for (const [, from, to] of renamed.imports) glueSource = replaceOnce(glueSource, new RegExp(`\\b${escape(from)}\\b`), () => to, `import ${from} in the glue`);
for (const [from, to] of renamed.exports) glueSource = glueSource.replace(new RegExp(`\\bwasm\\.${escape(from)}\\b`, "g"), () => `wasm.${to}`);
const exportNames = new Set(WebAssembly.Module.exports(compiled).map((e) => e.name));
const unknown = [...glueSource.matchAll(/\bwasm\.([\w$]+)/g)].map((m) => m[1]).filter((name) => !exportNames.has(name));
if (unknown.length) throw new Error(`postbuild: the glue uses exports the wasm no longer has: ${[...new Set(unknown)]}`);
// Named by its final bytes, as Trunk named it by its own: a cached copy can never meet a glue it does not fit.
const wasmName = builtWasm.replace(/-[0-9a-f]+_bg\.wasm$/, `-${createHash("sha256").update(wasmBytes).digest("hex").slice(0, 16)}_bg.wasm`);
renameSync(join(dir, builtWasm), join(dir, wasmName));

rmSync(join(dir, jsName)); // inlined below: one request less before the app is live

// The publishing module (src/bin/publish.rs): what only some visitors use (the chart's picture, for Export), which
// the page loads on first use. Built here with the app's release settings (the Makefile's environment, which Trunk
// passes to its hooks; the app's own build already compiled the library), its glue minified, both named by their
// bytes. The page's `__publish` (below) loads it.
const targetDir = process.env.CARGO_TARGET_DIR || "target";
execFileSync("cargo", ["build", "--release", "--quiet", "--target", "wasm32-unknown-unknown", "--bin", "publish"], { stdio: "inherit" });
const publishStage = join(dir, ".publish");
execFileSync("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", publishStage, "--out-name", "publish",
  join(targetDir, "wasm32-unknown-unknown", "release", "publish.wasm")], { stdio: "inherit" });
execFileSync(wasmOpt, ["-Oz", "--low-memory-unused", "--strip-producers", "--strip-debug", join(publishStage, "publish_bg.wasm"),
  "-o", join(publishStage, "publish_bg.wasm")], { stdio: "inherit" });
const publishWasm = readFileSync(join(publishStage, "publish_bg.wasm"));
const publishWasmName = named("publish", "wasm", publishWasm);
// A reader's file is read off the page's main thread, so the page answers input meanwhile: by a worker that loads
// this same module (the glue's URL and the wasm's, given with each file) and says each stage. The glue's `open_off`
// hands it a file and makes the page's own copy of the module adopt what it read; where no worker can start (the
// single file, whose module has a data: URL), the page's copy reads it.
const worker = `let ready;onmessage=function(e){var d=e.data;ready=ready||import(d.glue).then(function(m){return m.default({module_or_path:d.wasm}).then(function(){return m})});
ready.then(function(m){postMessage({reply:m.open_in_worker(d.bytes,d.from,d.keep,function(s){postMessage({stage:s})})})},function(){postMessage({failed:1})})};`;
const workerName = named("open-worker", "js", worker);
writeFileSync(join(dir, workerName), worker);
const openOff = `
let worker;
export function open_off(bytes, from, keep, stage) {
  return new Promise((resolve) => {
    const inPage = () => resolve(open(bytes, from, keep));
    try {
      worker = worker || new Worker(new URL("./${workerName}", import.meta.url), { type: "module" });
    } catch (e) {
      return inPage();
    }
    worker.onmessage = (e) => {
      if (e.data.stage) return stage(e.data.stage);
      worker.onmessage = worker.onerror = null;
      if (e.data.reply === undefined) return inPage();
      adopt(e.data.reply);
      resolve(e.data.reply);
    };
    worker.onerror = () => ((worker = null), inPage());
    worker.postMessage({ glue: import.meta.url, wasm: new URL("./${publishWasmName}", import.meta.url).href, bytes, from, keep });
  });
}`;
const publishGlue = (await minify(readFileSync(join(publishStage, "publish.js"), "utf8") + openOff, { module: true, compress: true, mangle: true })).code;
const publish = { wasm: publishWasmName, js: named("publish", "js", publishGlue) };
writeFileSync(join(dir, publish.wasm), publishWasm);
writeFileSync(join(dir, publish.js), publishGlue);
rmSync(publishStage, { recursive: true });
/** The page's loader of the publishing module, from `js` (a URL) and `wasm` (a URL, or an expression of its bytes). */
// Loaded once, however many ask at once. A page whose address carries a reader's data (`#data=`, `?data=`) loads it at
// once, and hides the prerendered chart, which is not of that data, until the app has opened it.
const publisher = (js, wasm) =>
  `window.__publish=function(){var f=window.__publish;return f.p=f.p||import(${js}).then(function(m){return m.default({module_or_path:${wasm}}).then(function(){return m})})};` +
  `if(/^#data=/.test(location.hash)||/[?&]data=/.test(location.search)){document.documentElement.setAttribute("data-opening","");__publish()}`;
// No restructuring: the first `:root` rule stays whole, the light palette the exported pictures read (`picture::palette`).
const css = csso.minify(readFileSync(join(dir, cssName), "utf8"), { restructure: false }).css;
rmSync(join(dir, cssName));

// Records what the user does on the prerendered page before the app is live, for the app to replay in order
// (`controls::replay`): a named control's new value (a box's "id on"/"id off"), or the intersection mark clicked. A
// control marked aria-disabled (share, export) does nothing meanwhile. The app takes window.__early and sets it to
// null, which ends the recording.
const recorder = `window.__early=[];["click","input","change"].forEach(function(k){document.addEventListener(k,function(e){
var q=window.__early,t=e.target,n=t.name,c=t.closest&&t.closest("[data-sets]");if(!q)return;
if(k=="click"){if(t.closest&&t.closest('[aria-disabled="true"]'))e.preventDefault();else if(c)q.push(["select",c.getAttribute("data-sets")]);return}
if(!n||(k=="input")!=(n=="q"||n=="asof")||t.type=="radio"&&!t.checked)return;
q.push([n,t.type=="checkbox"?t.value+(t.checked?" on":" off"):t.value])},true)});`;

// A file dropped anywhere on the page, or a file or text pasted anywhere but in a field, opens as one picked with
// "Open data…" does: it is handed to that control (so the app has one way in), the page marked data-dragging while a
// file is held over it. Nothing happens where the page has no such control (embedded, or not yet live).
const dropAndPaste = `(function(){var d=document,h=d.documentElement,p=function(){return d.querySelector(".open-pick input")},
f=function(l){var i=p();if(i&&l&&l.length){i.files=l;i.dispatchEvent(new Event("change",{bubbles:true}))}};
d.addEventListener("dragover",function(e){if(p()){e.preventDefault();h.setAttribute("data-dragging","")}});
d.addEventListener("dragleave",function(e){e.relatedTarget||h.removeAttribute("data-dragging")});
d.addEventListener("drop",function(e){h.removeAttribute("data-dragging");if(p()){e.preventDefault();f(e.dataTransfer.files)}});
d.addEventListener("paste",function(e){var c=e.clipboardData,t,x;if(!c||!p()||e.target.closest&&e.target.closest("input,textarea,[contenteditable]"))return;
if(c.files.length)return f(c.files);t=c.getData("text");if(t.trim()){x=new DataTransfer;x.items.add(new File([t],"pasted text",{type:"text/plain"}));f(x.files)}})})();`;

// The glue, inline, as a module that starts the app from `wasm` (a URL or the bytes themselves). Opened from a file
// the served page cannot fetch its wasm: a classic script run as the head is parsed marks the page for its notice
// (and records nothing); the single file carries its wasm and runs anywhere.
// The glue's exports give way to the one call the page makes, so that the minifier drops what it never calls
// (wasm-bindgen's synchronous init, for one); `__WASM__` stands for `wasm` until then.
const exported = glueSource.match(/export\s*\{([^}]*)\}\s*;?\s*$/);
const init = exported?.[1].split(",").map((e) => e.trim().split(/\s+as\s+/)).find(([, name]) => name === "default")?.[0];
if (!init) throw new Error("postbuild: the glue's default export (wasm-bindgen's init) was not found");
const glueFor = async (fromFile) => (await minify(`${glueSource.slice(0, exported.index)}
${fromFile ? "" : 'if (location.protocol != "file:")'} ${init}({ module_or_path: __WASM__ });`, { module: true, compress: true, mangle: true })).code;
const glue = { served: await glueFor(false), single: await glueFor(true) };
const bytesOf = (base64) => `Uint8Array.from(atob("${base64}"),function(c){return c.charCodeAt(0)})`;
// Served, the publishing module is fetched beside the page; the single file carries it (a module from a data: URL).
const boot = (fromFile) =>
  `<script>${fromFile ? publisher(`"data:text/javascript;base64,${Buffer.from(publishGlue).toString("base64")}"`, bytesOf(publishWasm.toString("base64"))) : publisher(`"./${publish.js}"`, `"./${publish.wasm}"`)}` +
  `${fromFile ? "" : `if(location.protocol=="file:")document.documentElement.setAttribute("data-file","");else `}{${recorder}${dropAndPaste}}</script>`;
// The wasm is preloaded from the head (below), so that it downloads and compiles while the page is parsed and painted.
const app = (wasm, fromFile) =>
  `<script type="module">${replaceOnce(glue[fromFile ? "single" : "served"], /__WASM__/, () => wasm, "__WASM__ in the glue")}</script>`;

// The source's comments are for its readers, not its visitors (markers such as <!--table--> have no space and stay).
let index = readFileSync(indexPath, "utf8").replace(/\s*<!-- [\s\S]*? -->/g, "");
if (index.includes("__TRUNK_ADDRESS__")) throw new Error("postbuild: index.html carries trunk's live-reload script, which calls the dev server from wherever dist/ is hosted; serve with no_autoreload (Trunk.toml)");
index = replaceOnce(index, /<link rel="stylesheet"[^>]*>/, () => `<style>${css}</style>`, "stylesheet link in index.html");
index = replaceOnce(index, /<script type="module">[\s\S]*?<\/script>/, () => boot(false) + app(`"./${wasmName}"`, false), "Trunk loader in index.html");
index = index.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, "");
// As the head is parsed: a fetch the glue's own (same URL, same CORS mode) takes over. A page opened from a file
// cannot make it, and should not try.
index = replaceOnce(index, /<\/title>/, () => `</title><script>location.protocol!="file:"&&document.head.insertAdjacentHTML("beforeend",'<link rel="preload" href="./${wasmName}" as="fetch" type="application/wasm" crossorigin>')</script>`, "title in index.html");
// An icon needs no integrity check, and a page opened from a file could not make one.
index = replaceOnce(index, /(<link rel="icon" href="[^"]*")[^>]*>/, (_, link) => `${link}>`, "icon link in index.html");
writeFileSync(indexPath, index);

// The link preview, in fonts of its own: resvg loads no system fonts, so the picture never depends on what else the
// machine has.
const FONTS = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => `/usr/share/fonts/truetype/dejavu/${f}`);
const missingFont = FONTS.find((f) => !existsSync(f));
if (missingFont) throw new Error(`postbuild: no ${missingFont} for the link preview (install Debian's fonts-dejavu-core; scripts/setup.sh does)`);
const previewSvg = join(dir, "preview.svg");
const preview = new Resvg(readFileSync(previewSvg, "utf8"), {
  font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
}).render();
writeFileSync(join(dir, "preview.png"), preview.asPng());
rmSync(previewSvg);

// The embed page. Its policy holds it to its own folder: it allows nothing the app does not need, so that a request
// or an inline script or style it would make shows as a console error in the tests. WebAssembly needs
// 'wasm-unsafe-eval'; a server that sends its own policy for embed.html must allow it too (README).
// It loads the publishing module as the page does (the table, the Venn diagram and the details panel need it).
const embedGlue = publisher(`"./${publish.js}"`, `"./${publish.wasm}"`) + replaceOnce(glue.served, /__WASM__/, () => `"./${wasmName}"`, "__WASM__ in the glue");
const [embedJs, embedCss] = [named("embed", "js", embedGlue), named("style", "css", css)];
writeFileSync(join(dir, embedJs), embedGlue);
writeFileSync(join(dir, embedCss), css);
// \`data-embed\` makes it embedded whatever its URL says.
writeFileSync(join(dir, "embed.html"), `<!doctype html>
<html lang="en" data-embed>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'none'; form-action 'none'">
<meta name="robots" content="noindex">
<title>Overlap: shared technology areas (embedded chart)</title>
<link rel="icon" href="${iconName}">
<link rel="stylesheet" href="${embedCss}">
<link rel="preload" href="./${wasmName}" as="fetch" type="application/wasm" crossorigin>
<script type="module" src="${embedJs}"></script>
</head>
<body>
<header><h1 class="sr-only">Overlap: shared technology areas</h1></header>
<div id="app"><p class="embed-wait">Loading the chart of <a href="./" target="_blank" rel="noopener">Overlap</a>, which needs JavaScript and WebAssembly…</p></div>
</body>
</html>
`);

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
    app(bytesOf(wasm), true) +
    // The dataset links, prerendered or drawn by the app, get the data: URL as they are followed: one copy.
    `<script>document.addEventListener("click",function(e){var a=e.target.closest&&e.target.closest('a[href="data/overlap.toml"]');if(a)a.href="${dataset}"},true)</script>`)
  .replace(/<link rel="icon" href="[^"]*"/, () => `<link rel="icon" href="${dataUrl("image/svg+xml", readFileSync(join(dir, iconName)))}"`);
writeFileSync(join(dir, "overlap.html"), single);

console.log(`postbuild: glue ${glue.served.length} B and stylesheet ${css.length} B inlined; overlap.html ${single.length} B; preview.png ${preview.width}×${preview.height}`);
