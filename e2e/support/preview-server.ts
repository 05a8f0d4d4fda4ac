import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { BASE } from './site.ts';

/** Content types of the files a build holds; anything else is sent as bytes (Pagefind's index files). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** The site's address: `http://127.0.0.1:<port>/sub/`. */
  url: string;
  /** Serves another build folder from now on, as a new deploy replaces the site at the same address. */
  serve(dir: string): void;
  stop(): Promise<void>;
}

/**
 * Serves a built site's folder under the base path on 127.0.0.1:`port`, as a static host does:
 * `/sub/aws/` is `aws/index.html`, a folder without its slash is redirected to it, anything
 * else missing is `404.html` with status 404. Every response must be revalidated
 * (`no-cache`), so that a deploy is seen at once. For tests that need a server of their own,
 * e.g. to replace the site with a newer build; it starts in milliseconds, unlike `astro preview`.
 */
export async function startStaticServer(dir: string, port: number): Promise<StaticServer> {
  let root = dir;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const send = (status: number, file: string) => {
      response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
    };
    const file = normalize(join(root, path.slice(BASE.length)));
    if (!path.startsWith(BASE) || !(file + sep).startsWith(root + sep) || !existsSync(file)) return send(404, join(root, '404.html'));
    if (!statSync(file).isDirectory()) return send(200, file);
    if (!path.endsWith('/')) {
      response.writeHead(301, { Location: `${path}/` });
      return response.end();
    }
    return existsSync(join(file, 'index.html')) ? send(200, join(file, 'index.html')) : send(404, join(root, '404.html'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}${BASE}`,
    serve: (next) => (root = next),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
