// A host page for the embed tests: an article with an embed snippet pasted in, served from an origin of its own under
// a strict Content-Security-Policy (what the README tells hosts to allow, and nothing more).
import { createHash } from "node:crypto";
import { createServer } from "node:http";

/** The CSP hash sources of a snippet's inline scripts: 'sha256-…', as a host page's script-src allows them. */
export function scriptHashes(html) {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
}

/** Serves the article with `snippet` at http://127.0.0.1:PORT/ (a favicon request gets 204). Resolves to { url, origin, csp, close() }. */
export async function serveHost(snippet, frameOrigin) {
  const csp = `default-src 'self'; frame-src ${frameOrigin}; script-src 'self' ${scriptHashes(snippet).join(" ")}`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article</title></head><body><h1>An article</h1><p>Text before the chart.</p>
${snippet}
<p id="after">Text after the chart.</p></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === "/") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp, "Cache-Control": "no-store" });
      return res.end(html);
    }
    res.writeHead(req.url === "/favicon.ico" ? 204 : 404, { "Cache-Control": "no-store" });
    res.end();
  });
  await new Promise((ok, fail) => server.once("error", fail).listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: origin + "/",
    origin,
    csp,
    close: () => new Promise((ok) => { server.close(() => ok()); server.closeAllConnections(); }),
  };
}
