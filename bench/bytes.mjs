// Sizes of a static site's files, raw, gzip -9 and brotli at max quality, split into what index.html loads and the rest.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Text files that can name further files to load (index.html, its scripts and styles). */
const REFERRING = /\.(html|m?js|css)$/i;
/** Files the page names but never loads itself: the dataset's folder, the single-file copy, the no-script table, the
 * link preview (for chat apps and social sites) and the embed page (for other sites' iframes); and what it loads only
 * when first used, the publishing module (an export of the chart). */
const DOWNLOADS = ["data/", "overlap.html", "table.html", "preview.png", "embed.html", "publish-"];

export function compressedSizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

/** Every file under `dir`, relative and "/"-separated; hidden entries (trunk's .stage while it builds) are left out. */
function walk(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), root) : [relative(root, join(dir, e.name)).split(sep).join("/")]));
}

/**
 * Files of `dir` (paths relative to it, "/"-separated): `loaded` are `page` (index.html unless named) and every file it
 * names, directly or through a script or stylesheet it loads (a name counts when it appears verbatim); `other` is
 * everything else, including the downloads (data/ and overlap.html, which index.html only links to).
 */
export function siteFiles(dir, page = "index.html") {
  const all = walk(dir).sort();
  const loaded = new Set([page]);
  const queue = [page];
  while (queue.length) {
    const text = readFileSync(join(dir, queue.shift()), "utf8");
    for (const f of all) {
      if (!loaded.has(f) && !DOWNLOADS.some((d) => f.startsWith(d)) && text.includes(f)) {
        loaded.add(f);
        if (REFERRING.test(f)) queue.push(f);
      }
    }
  }
  return { loaded: all.filter((f) => loaded.has(f)), other: all.filter((f) => !loaded.has(f)) };
}

/** Sizes of each file plus a total row, for the files named. */
export function measureFiles(dir, files) {
  const rows = files.map((file) => ({ file, ...compressedSizes(readFileSync(join(dir, file))) }));
  const total = { file: "total", raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k of ["raw", "gzip", "brotli"]) total[k] += r[k];
  return { rows, total };
}
