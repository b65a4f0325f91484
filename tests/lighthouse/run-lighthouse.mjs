#!/usr/bin/env node
// Lighthouse scores of a built site, by hand, outside CI (scripts/lighthouse.sh
// installs Lighthouse and builds the site, then calls this). See
// docs/quality-checks.md.
//
//   node tests/lighthouse/run-lighthouse.mjs --site DIR --out DIR [--base-url URL]
//
// Serves the site on 127.0.0.1 under the path of its base URL (as the e2e
// checks do) and runs Lighthouse with its defaults, the mobile preset (a
// phone's screen, simulated slow 4G and a 4x slower processor), on three
// pages: the home page, the newest quarterly report and an indicator page.
// Prints each category's score (0 to 100) and every audit scored below 1.
// Exit 0 when every category scores 100, 1 when one does not, 2 when
// Lighthouse could not run.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../e2e/lib/static-server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// Debian's Chromium, headless. The last flags keep the browser on this
// machine, as in the e2e checks: nothing is looked up or sent but to 127.0.0.1.
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

function usage(message) {
  if (message) console.error(`run-lighthouse: ${message}`);
  console.error('usage: run-lighthouse.mjs --site DIR --out DIR [--base-url URL]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--site') opts.site = path.resolve(value());
    else if (a === '--out') opts.out = path.resolve(value());
    else if (a === '--base-url') opts.baseUrl = value();
    else usage(`unknown argument '${a}'`);
  }
  if (!opts.site || !opts.out) usage('--site and --out are needed');
  return opts;
}

// The first <loc> of the sitemap is the home page, that is the base URL.
function basePathOf(site, baseUrl) {
  if (!baseUrl) {
    const sitemap = path.join(site, 'sitemap.xml');
    const m = existsSync(sitemap) && /<loc>\s*([^<\s]+)\s*<\/loc>/.exec(readFileSync(sitemap, 'utf8'));
    baseUrl = m ? m[1] : 'http://127.0.0.1/';
  }
  const p = new URL(baseUrl).pathname;
  return p.endsWith('/') ? p : p + '/';
}

// Folders under `dir` of the site that hold an index.html, by name.
function pageFolders(site, dir) {
  const abs = path.join(site, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(abs, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

// The home page, the newest report (report folders are named by period,
// 2024-25-q3, so the last by name is the newest) and the charges indicator,
// or the first indicator when the site has no such page.
function choosePages(site) {
  const pages = [{ name: 'home', rel: '' }];
  const reports = pageFolders(site, 'reports');
  if (reports.length) pages.push({ name: 'latest report', rel: `reports/${reports.at(-1)}/` });
  else console.log('run-lighthouse: no report under reports/, not scored');
  const indicators = pageFolders(site, 'indicators');
  const indicator = indicators.includes('charges') ? 'charges' : indicators[0];
  if (indicator) pages.push({ name: 'indicator', rel: `indicators/${indicator}/` });
  else console.log('run-lighthouse: no indicator under indicators/, not scored');
  return pages;
}

function pad(s, n) {
  return String(s).padEnd(n);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(opts.site)) usage(`no site at ${opts.site}`);
  if (!existsSync(chromePath)) usage(`no Chromium at ${chromePath} (set CHROME_PATH)`);
  mkdirSync(opts.out, { recursive: true });
  const basePath = basePathOf(opts.site, opts.baseUrl);
  const pages = choosePages(opts.site);
  const server = await startServer(opts.site, basePath);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const results = [];
  try {
    for (const p of pages) {
      const url = server.origin + basePath + p.rel;
      const started = Date.now();
      // No config: Lighthouse's defaults, that is the mobile preset.
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!r?.lhr) throw new Error(`Lighthouse gave no result for ${url}`);
      if (r.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${r.lhr.runtimeError.code} ${r.lhr.runtimeError.message}`);
      const file = path.join(opts.out, `${(p.rel || 'home/').replace(/\/$/, '').replaceAll('/', '--')}.json`);
      writeFileSync(file, r.report);
      results.push({ ...p, lhr: r.lhr, file, seconds: (Date.now() - started) / 1000 });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }

  const widths = [16, Math.max(...results.map((r) => r.rel.length + 2), 6)];
  console.log(`lighthouse ${results[0]?.lhr.lighthouseVersion}, ${results[0]?.lhr.configSettings.formFactor} preset, ${results[0]?.lhr.configSettings.throttlingMethod} throttling, ${results[0]?.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}`);
  console.log(`${pad('page', widths[0])} ${pad('path', widths[1])} ${CATEGORIES.map((c) => c.padStart(14)).join(' ')}`);
  let below = 0;
  for (const r of results) {
    const scores = CATEGORIES.map((c) => {
      const s = r.lhr.categories[c]?.score;
      if (s === null || s === undefined || s < 1) below++;
      return (s === null || s === undefined ? '-' : String(Math.round(s * 100))).padStart(14);
    });
    console.log(`${pad(r.name, widths[0])} ${pad(r.rel || '/', widths[1])} ${scores.join(' ')}`);
  }
  for (const r of results) {
    const seen = new Set();
    const lines = [];
    for (const c of CATEGORIES) {
      for (const ref of r.lhr.categories[c]?.auditRefs ?? []) {
        const a = r.lhr.audits[ref.id];
        if (!a || seen.has(a.id) || a.score === null || a.score >= 1) continue;
        seen.add(a.id);
        // Diagnostics and insights carry no weight: they explain a score, not lower it.
        const notes = [a.displayValue, ref.weight ? `weight ${ref.weight}` : 'no weight in the score'].filter(Boolean).join(', ');
        lines.push(`  [${c}] ${a.id}: ${a.title}: score ${a.score} (${notes})`);
      }
    }
    console.log(`\n${r.name} (${r.rel || '/'}, ${r.seconds.toFixed(0)} s): ${lines.length} audits below 1${lines.length ? ':' : ''}`);
    for (const l of lines) console.log(l);
  }
  console.log(`\nlighthouse: JSON reports in ${opts.out}`);
  console.log(`lighthouse: ${below} of ${results.length * CATEGORIES.length} category scores below 100`);
  return below ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`run-lighthouse: could not run: ${err.stack || err}`);
    process.exit(2);
  },
);
