// Prints report pages of a built (staged) site to tagged PDFs with headless
// Chromium, through playwright-core (pinned in the root package.json).
// Called by candour (generator/pdf/print_pdf.cpp), never by hand:
//
//   node pdf/print-pdf.mjs <chromium> <site folder> <base url> <job>...
//
// where each job is "<page path>\t<pdf path>\t<footer label>", both paths
// relative to the site folder. The pages are served from the folder through
// Playwright's request routing, at their published addresses (so the PDF's
// links go to the site), without a server: nothing is listened on, and any
// request outside the site is refused, so printing never reaches the network.
// Prints one line of JSON: {"ok":true,"chromium":"<version>"} or {"error":"..."}.
import { chromium } from 'playwright-core';
import fs from 'node:fs/promises';
import path from 'node:path';
import { HEADLESS_OFFLINE_ARGS } from './chromium-args.mjs';

const ARGS = [
  ...HEADLESS_OFFLINE_ARGS,
  '--font-render-hinting=none',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

// Page numbers in the footer, as a panel paper needs; Chromium marks the
// footer as an artifact, so a screen reader does not read it on every page.
// `numbers` is the catalogue's page.pdf.page_number, whose {page} and
// {pages} become Chromium's numbers.
function footer(label, numbers) {
  const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const counted = escape(numbers || 'Page {page} of {pages}')
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  return `<div style="font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; width: 100%; margin: 0 2cm; display: flex; justify-content: space-between;">
<span>${escape(label)}</span><span>${counted}</span></div>`;
}

async function serve(route, siteDir, base) {
  const url = new URL(route.request().url());
  const basePath = base.pathname;
  if (url.origin !== base.origin || !url.pathname.startsWith(basePath)) return route.abort('blockedbyclient');
  let rel = decodeURIComponent(url.pathname.slice(basePath.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(siteDir, rel);
  if (!file.startsWith(path.resolve(siteDir) + path.sep)) return route.abort('accessdenied');
  try {
    const body = await fs.readFile(file);
    return route.fulfill({ status: 200, body, contentType: TYPES[path.extname(file)] || 'application/octet-stream' });
  } catch {
    return route.fulfill({ status: 404, body: '' });
  }
}

async function print(context, base, siteDir, job) {
  const [pagePath, pdfPath, label, numbers] = job.split('\t');
  const page = await context.newPage();
  const url = new URL(pagePath.replace(/index\.html$/, ''), base).href;
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || !response.ok()) throw new Error(`could not open ${pagePath} to print it`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({
    path: path.join(siteDir, pdfPath),
    format: 'A4',
    tagged: true,
    outline: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footer(label || '', numbers),
    margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
  });
  await page.close();
}

async function main() {
  const [executablePath, siteDir, baseUrl, ...jobs] = process.argv.slice(2);
  const base = new URL(baseUrl);
  const browser = await chromium.launch({ executablePath, args: ARGS, headless: true, timeout: 60_000 });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', javaScriptEnabled: true });
    await context.route('**/*', (route) => serve(route, siteDir, base));
    // Two pages at a time: Chromium lays out one while it writes the other.
    const queue = [...jobs];
    const worker = async () => {
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) await print(context, base, siteDir, job);
    };
    await Promise.all([worker(), worker()]);
    process.stdout.write(JSON.stringify({ ok: true, chromium: browser.version() }) + '\n');
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  process.stdout.write(JSON.stringify({ error: String(e && e.message ? e.message : e).split('\n')[0] }) + '\n');
  process.exit(1);
});
