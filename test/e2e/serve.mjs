// Two tiny HTTP servers for the end-to-end tests: the "support site" on http://localhost:PORT (serving
// the built CDN files and test pages) and a "neutral site" on http://127.0.0.1:PORT2, a different origin,
// which records the Referer header of every request it receives.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
};

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

export async function startServers({ root = process.cwd(), pages = {}, headers = {} } = {}) {
  const siteLog = [];
  const neutralLog = [];

  const site = createServer(async (req, res) => {
    siteLog.push({ url: req.url, referer: req.headers.referer ?? null, cookie: req.headers.cookie ?? null });
    const path = new URL(req.url, 'http://x').pathname;
    const page = pages[path];
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html'], ...headers[path] });
      res.end(typeof page === 'function' ? page() : page);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(join(root, 'dist'))) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });

  const neutral = createServer((req, res) => {
    neutralLog.push({ url: req.url, referer: req.headers.referer ?? null, hasRefererHeader: 'referer' in req.headers });
    res.writeHead(200, { 'content-type': TYPES['.html'] });
    res.end(
      '<!doctype html><html lang="en"><head><title>Weather</title></head><body><h1 id="neutral">Weather</h1></body></html>',
    );
  });

  const sitePort = await listen(site);
  const neutralPort = await listen(neutral);
  return {
    siteUrl: `http://localhost:${sitePort}`,
    neutralUrl: `http://127.0.0.1:${neutralPort}`,
    siteLog,
    neutralLog,
    close: () => Promise.all([new Promise((r) => site.close(r)), new Promise((r) => neutral.close(r))]),
  };
}
