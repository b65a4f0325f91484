// A small static file server for the e2e checks: serves one built site folder
// under the path of its base URL (so root-absolute links such as the 404
// page's "/rasso/..." work), on 127.0.0.1 only, on a free port.
import { createServer } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
};

async function statOrNull(p) {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

// Starts serving `root` at `basePath` ("/" or "/rasso/"). Resolves to
// { origin, close(), requests } where requests lists every request served.
export async function startServer(root, basePath = '/') {
  const rootAbs = path.resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const record = { method: req.method, url: req.url, status: 0 };
    requests.push(record);
    const send = (status, headers, body) => {
      record.status = status;
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(405, { Allow: 'GET, HEAD' }, 'method not allowed');
      }
      const url = new URL(req.url, 'http://127.0.0.1');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return send(400, {}, 'bad path');
      }
      if (!pathname.startsWith(basePath)) return notFound();
      const rel = pathname.slice(basePath.length);
      const file = path.resolve(rootAbs, rel);
      if (file !== rootAbs && !file.startsWith(rootAbs + path.sep)) return notFound();
      const st = await statOrNull(file);
      if (st && st.isDirectory()) {
        if (!pathname.endsWith('/')) return send(301, { Location: url.pathname + '/' + url.search }, '');
        return serveFile(path.join(file, 'index.html'));
      }
      if (st && st.isFile()) return serveFile(file);
      return notFound();
    } catch (err) {
      return send(500, {}, String(err));
    }

    async function serveFile(file) {
      let body;
      try {
        body = await fs.readFile(file);
      } catch {
        return notFound();
      }
      const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      return send(200, { 'Content-Type': type }, body);
    }

    async function notFound() {
      let body = 'not found';
      let type = 'text/plain; charset=utf-8';
      try {
        body = await fs.readFile(path.join(rootAbs, '404.html'));
        type = TYPES['.html'];
      } catch {
        // no 404 page in this site
      }
      return send(404, { 'Content-Type': type }, body);
    }
  });
  // Browsers open several connections at once; keep them all.
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
