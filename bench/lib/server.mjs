// The bench's two HTTP servers. The "support site" (http://localhost:PORT) serves the fixture pages,
// dist/ and bench/.tmp/, compressed as a CDN would (brotli when the browser offers it, else gzip), so
// the throttled network carries the compressed bytes for ours and GOV.UK's alike. The "neutral site"
// (http://127.0.0.1:PORT2, another origin) holds every response back for NEUTRAL_DELAY_MS so that the
// support page stays on screen long enough to be measured after the exit has started navigating; it
// records each request so that the bench can confirm the navigation really happened.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
export const NEUTRAL_DELAY_MS = 2500;

const listen = (server) => new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server.address().port)));

function send(req, res, type, body) {
  const accept = String(req.headers['accept-encoding'] ?? '');
  const headers = { 'content-type': type, 'cache-control': 'no-store' };
  if (/\bbr\b/.test(accept)) {
    body = brotliCompressSync(body);
    headers['content-encoding'] = 'br';
  } else if (/\bgzip\b/.test(accept)) {
    body = gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(200, headers).end(body);
}

/** `pages` maps a path to a function (URLSearchParams) => html. */
export async function startServers(pages) {
  const root = resolve('.');
  const allowed = ['dist', 'bench/.tmp'].map((d) => join(root, d));
  const neutralHits = [];

  const site = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const page = pages[url.pathname];
    if (page) return send(req, res, TYPES['.html'], Buffer.from(page(url.searchParams)));
    const file = normalize(join(root, url.pathname));
    if (!allowed.some((d) => file.startsWith(d + '/'))) return res.writeHead(404).end('not found');
    try {
      send(req, res, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });

  const neutral = createServer((req, res) => {
    neutralHits.push(req.url);
    setTimeout(() => {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end('<!doctype html><html lang="en"><head><title>Weather</title></head><body><h1>Weather</h1></body></html>');
    }, NEUTRAL_DELAY_MS);
  });

  const sitePort = await listen(site);
  const neutralPort = await listen(neutral);
  return {
    siteUrl: `http://localhost:${sitePort}`,
    neutralUrl: `http://127.0.0.1:${neutralPort}`,
    neutralHits,
    close: () => {
      site.closeAllConnections?.();
      neutral.closeAllConnections?.();
      return Promise.all([new Promise((r) => site.close(r)), new Promise((r) => neutral.close(r))]);
    },
  };
}
