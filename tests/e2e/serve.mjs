// Tiny static file server (node:http, no dependencies) that serves a built dist/ under a URL prefix for the e2e tests.
//
//   import { serve } from "./serve.mjs";
//   const { url, close } = await serve("dist", { base: "/tools/overlap/" });  // url = http://127.0.0.1:PORT/tools/overlap/
//   await serve("dist", { onRequest: (path, status) => … });  // told of every request (path with query) and its status
//   await serve("dist", { hold: (file) => promise });        // answers for `file` (relative path) wait for the promise
//   await serve("dist", { gzip: true });                     // gzip-encoded answers where the client accepts them, as
//                                                            // static hosts serve (the benchmark's realistic transfer)
//
//   node serve.mjs DIR [PORT] [BASE]      (PORT defaults to 8080, BASE to "/")
//
// Binds 127.0.0.1 only. GET and HEAD. A path ending in "/" serves its index.html; the base without its trailing slash
// redirects to the base. Anything outside `base`, missing, a directory, or escaping DIR (.., encoded or through a
// symlink) is a 404; undecodable paths are a 400. Nothing is cached (Cache-Control: no-store).
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".toml": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".woff2": "font/woff2",
};

export function contentType(file) {
  return TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}

/**
 * Serve `dir` at http://127.0.0.1:PORT{base}. Resolves to { url, origin, port, close() }.
 * `onRequest(path, status)`, if given, is called once per request as its status is sent (before the body), with the
 * request target as the client sent it (path and query).
 */
export async function serve(dir, { base = "/", port = 0, onRequest, hold, gzip = false } = {}) {
  if (!base.startsWith("/")) base = "/" + base;
  if (!base.endsWith("/")) base += "/";
  const root = await realpath(resolve(dir));
  const gzipped = new Map(); // file → its gzip encoding

  const server = createServer(async (req, res) => {
    const told = (status) => onRequest?.(req.url ?? "/", status);
    const reply = (status, body, headers = {}) => {
      told(status);
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return reply(405, "method not allowed\n", { Allow: "GET, HEAD" });

    const rawPath = (req.url ?? "/").split(/[?#]/)[0];
    if (rawPath + "/" === base) return reply(301, "moved\n", { Location: base });
    if (!rawPath.startsWith(base)) return reply(404, "not found\n");
    let rel;
    try {
      rel = decodeURIComponent(rawPath.slice(base.length));
    } catch {
      return reply(400, "bad request\n");
    }
    if (rel.includes("\0")) return reply(400, "bad request\n");
    if (rel === "" || rel.endsWith("/")) rel += "index.html";

    const file = resolve(root, rel);
    const inside = (p) => p === root || p.startsWith(root + sep);
    let real;
    try {
      real = await realpath(file);
      if (!inside(file) || !inside(real) || !(await stat(real)).isFile()) throw new Error("not a file inside root");
    } catch {
      return reply(404, "not found\n");
    }
    const { size } = await stat(real);
    await hold?.(rel);
    told(200);
    if (gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      // Compressed once per file, as a static host keeps it: compressing per request would time the server.
      if (!gzipped.has(real)) gzipped.set(real, gzipSync(await readFile(real), { level: 9 }));
      const body = gzipped.get(real);
      const headers = { "Content-Type": contentType(real), "Content-Encoding": "gzip", Vary: "Accept-Encoding" };
      res.writeHead(200, { ...headers, "Content-Length": body.length, "Cache-Control": "no-store" });
      return res.end(req.method === "HEAD" ? undefined : body);
    }
    res.writeHead(200, { "Content-Type": contentType(real), "Content-Length": size, "Cache-Control": "no-store" });
    if (req.method === "HEAD") return res.end();
    createReadStream(real)
      .on("error", () => res.destroy())
      .pipe(res);
  });

  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: origin + base,
    origin,
    port: server.address().port,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(await realpath(process.argv[1]).catch(() => process.argv[1])).href) {
  const [dir, port = "8080", base = "/"] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node serve.mjs DIR [PORT] [BASE]");
    process.exit(2);
  }
  const { url } = await serve(dir, { base, port: Number(port) });
  console.log(`serving ${resolve(dir)} at ${url}  (Ctrl-C to stop)`);
}
