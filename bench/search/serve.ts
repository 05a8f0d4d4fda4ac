import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the built site on a free local port, with some paths answered from elsewhere:
 * `overrides` maps a site path prefix (e.g. `/pagefind/`) to a folder, or a path to a
 * file's text. `onServed` hears of every response body sent, with its path: the bytes are
 * counted exactly, unlike the browser's asynchronous request sizes.
 */
export async function serveSite(
  siteDir: string,
  overrides: Record<string, string | { text: string }>,
  onServed: (path: string, body: Uint8Array) => void = () => {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const override = Object.entries(overrides).find(([prefix]) => path.startsWith(prefix));
    try {
      if (override && typeof override[1] === 'object') {
        response.writeHead(200, { 'content-type': TYPES['.js'] ?? '' }).end(override[1].text);
        onServed(path, Buffer.from(override[1].text));
        return;
      }
      const file = override ? join(override[1] as string, path.slice(override[0].length)) : join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      onServed(path, body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
