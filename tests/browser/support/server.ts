/**
 * A static server on 127.0.0.1 for browser tests and `npm start`: the demo pages, the real saved pages of
 * ../shared/pages under /pages/, and pages a test registers (generated hostile pages, feeds).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { repoRoot, sharedDir } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface GeneratedPage {
  body: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  origin: string;
  url(path: string): string;
  /** Serves `body` at `path` (a test's own page). */
  page(path: string, page: GeneratedPage | string): void;
  close(): Promise<void>;
}

const MOUNTS: [string, string][] = [
  ['/pages/', resolve(sharedDir, 'pages')],
  ['/', resolve(repoRoot, 'demo')],
];

export async function startServer(port = 0): Promise<TestServer> {
  const generated = new Map<string, GeneratedPage>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const own = generated.get(path);
      if (own) {
        res.writeHead(200, { 'content-type': TYPES['.html']!, ...own.headers });
        res.end(own.body);
        return;
      }
      for (const [prefix, dir] of MOUNTS) {
        if (!path.startsWith(prefix)) continue;
        const file = normalize(resolve(dir, '.' + path.slice(prefix.length - 1)));
        if (!file.startsWith(dir)) break;
        try {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          res.end(body);
          return;
        } catch {
          // try the next mount
        }
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    })();
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    origin,
    url: (path) => origin + path,
    page: (path, page) => generated.set(path, typeof page === 'string' ? { body: page } : page),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
