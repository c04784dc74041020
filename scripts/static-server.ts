/** A tiny static file server on 127.0.0.1 for the demo page, tests and benchmarks. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A generated response; `delayMs` holds it back (a slow stylesheet); `later` is sent after the
 * body, `laterMs` after it (a page that arrives in two parts, parsed while it loads).
 */
export type Route = (
  path: string,
) => { body: string; headers?: Record<string, string>; delayMs?: number; later?: string; laterMs?: number } | undefined;

/** Serves `mounts` (URL prefix -> folder) and any extra `routes` (for generated test pages). */
export async function startStaticServer(mounts: Record<string, string>, routes: Route[] = []): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    for (const route of routes) {
      const page = route(path);
      if (page) {
        if (page.delayMs) await new Promise((done) => setTimeout(done, page.delayMs));
        response.writeHead(200, { 'content-type': TYPES['.html'], ...page.headers });
        if (page.later !== undefined) {
          response.write(page.body);
          await new Promise((done) => setTimeout(done, page.laterMs ?? 0));
          response.end(page.later);
        } else response.end(page.body);
        return;
      }
    }
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = resolve(folder, normalize(`./${path.slice(prefix.length)}`));
      if (!file.startsWith(resolve(folder))) break;
      try {
        const target = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
        response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
        response.end(await readFile(target));
        return;
      } catch {
        break;
      }
    }
    response.writeHead(404, { 'content-type': TYPES['.txt'] });
    response.end('Not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
