// Output helpers for the benchmark: phase headers, aligned tables, medians and number formats.

export function header(title) {
  console.log(`\n=== ${title} ${"=".repeat(Math.max(3, 76 - title.length))}`);
}

/** Prints rows (arrays of cells) as columns; the first row is the heading. The first column is left-aligned, the rest right. */
export function table(rows) {
  const text = rows.map((row) => row.map((cell) => String(cell ?? "")));
  const widths = text[0].map((_, i) => Math.max(...text.map((row) => row[i]?.length ?? 0)));
  for (const [n, row] of text.entries()) {
    console.log("  " + row.map((cell, i) => (i > 0 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ").trimEnd());
    if (n === 0) console.log("  " + widths.map((w) => "-".repeat(w)).join("  "));
  }
}

export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : "n/a");
export const bytes = (n) => (Number.isFinite(n) ? n.toLocaleString("en-US") : "n/a");
export const kib = (n) => (Number.isFinite(n) ? `${(n / 1024).toFixed(1)} KiB` : "n/a");
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "n/a");

/** "min 12.0 · median 13.1 · max 20.5 ms (n=9)", for a list of timings. */
export function spread(xs) {
  const s = xs.filter((x) => Number.isFinite(x));
  if (!s.length) return "no values";
  return `min ${Math.min(...s).toFixed(1)} · median ${median(s).toFixed(1)} · max ${Math.max(...s).toFixed(1)} ms (n=${s.length})`;
}
