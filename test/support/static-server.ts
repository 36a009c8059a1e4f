/** A plain HTTP server for the built preview (dist-preview/) and the locally installed office.js. */
import { createReadStream, existsSync, statSync } from "fs";
import { type Server, createServer } from "http";
import type { AddressInfo } from "net";
import { dirname, extname, join, normalize } from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css",
  ".map": "application/json",
};

const ROOT = join(__dirname, "..", "..");
const OFFICE_JS = dirname(require.resolve("@microsoft/office-js/dist/office.js"));

export async function servePreview(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.startsWith("/office-js/")
      ? join(OFFICE_JS, normalize(path.slice("/office-js/".length)))
      : join(ROOT, "dist-preview", normalize(path));
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
