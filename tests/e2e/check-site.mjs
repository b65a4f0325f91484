#!/usr/bin/env node
// End-to-end quality checks of a site built by candour. See docs/quality-checks.md.
//
//   node tests/e2e/check-site.mjs                      build the sample site (repo root) and check it
//   node tests/e2e/check-site.mjs --candour build-quality/candour
//   node tests/e2e/check-site.mjs --site DIR [--base-url URL]   check a folder already built
//   node tests/e2e/check-site.mjs --only axe,links     run some checks only
//
// Checks: axe (WCAG 2.0/2.1/2.2 A and AA rules, zero violations), vnu (Nu
// HTML Checker, zero errors), links (every internal link, asset and
// #fragment resolves), external (no request to any origin but 127.0.0.1),
// reflow (no sideways scrolling at 320 CSS px), focus (every Tab stop shows a
// visible focus indicator), narrow (on phone-sized screens: charts on the
// screen with legible text, the heading on the first screen, the navigation
// folded behind a Menu control, and a favicon); console errors and failed
// requests are always reported. Exit 0 when everything passes, 1 when any
// check found a problem, 2 when the checks could not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks, urlOfFile } from './lib/links.mjs';
import { runVnu } from './lib/vnu.mjs';
import { runBrowserChecks } from './lib/browser-checks.mjs';
import { checkSearch } from './lib/search-check.mjs';
import { createRequire } from 'node:module';
import { startServer } from './lib/static-server.mjs';
import { MIN_TEXT_PX, NARROW_VIEWPORTS } from './lib/narrow-checks.mjs';

const NARROW_WIDTHS = NARROW_VIEWPORTS.map((v) => v.width).join(', ').replace(/, (\d+)$/, ' and $1px');
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ALL_CHECKS = ['axe', 'vnu', 'links', 'external', 'reflow', 'focus', 'narrow', 'search'];
// A word from an indicator's definition in data/kpi/catalogue.yaml, and the page it must find.
const SEARCH_QUERY = 'withdrew';
const SEARCH_EXPECT = 'indicators/withdrawal-rate/';

function usage(message) {
  if (message) console.error(`check-site: ${message}`);
  console.error(
    'usage: check-site.mjs [--source DIR] [--candour PATH] [--site DIR] [--base-url URL] [--only LIST] [--keep]\n' +
      '       [--search-query WORD --search-expect PATH]\n' +
      `checks: ${ALL_CHECKS.join(',')}`,
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    source: REPO,
    candour: process.env.CANDOUR || path.join(REPO, 'build/candour'),
    checks: new Set(ALL_CHECKS),
    searchQuery: SEARCH_QUERY,
    searchExpect: SEARCH_EXPECT,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--source') opts.source = path.resolve(value());
    else if (a === '--candour') opts.candour = path.resolve(value());
    else if (a === '--site') opts.site = path.resolve(value());
    else if (a === '--base-url') opts.baseUrl = value();
    else if (a === '--keep') opts.keep = true;
    else if (a === '--search-query') opts.searchQuery = value();
    else if (a === '--search-expect') opts.searchExpect = value();
    else if (a === '--only') {
      const list = value().split(',').filter(Boolean);
      for (const c of list) if (!ALL_CHECKS.includes(c)) usage(`unknown check '${c}'`);
      opts.checks = new Set(list);
    } else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument '${a}'`);
  }
  return opts;
}

// site.yaml's base_url (a plain scalar or a quoted one on one line).
function baseUrlFromSiteYaml(source) {
  const yaml = readFileSync(path.join(source, 'site.yaml'), 'utf8');
  const m = /^base_url:\s*["']?([^"'#\s]+)["']?/m.exec(yaml);
  return m ? m[1] : null;
}

// The first <loc> of the sitemap is the home page, that is the base URL.
function baseUrlFromSitemap(site) {
  const p = path.join(site, 'sitemap.xml');
  if (!existsSync(p)) return null;
  const m = /<loc>\s*([^<\s]+)\s*<\/loc>/.exec(readFileSync(p, 'utf8'));
  return m ? m[1] : null;
}

function withSlash(u) {
  return u.endsWith('/') ? u : u + '/';
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  let tmp = null;
  let site = opts.site;
  let baseUrl = opts.baseUrl;

  if (!site) {
    if (!existsSync(opts.candour)) usage(`no candour program at ${opts.candour}: build it first (scripts/compile.sh) or pass --candour`);
    tmp = mkdtempSync(path.join(os.tmpdir(), 'candour-e2e-'));
    site = path.join(tmp, 'site');
    const r = spawnSync(opts.candour, ['build', '--source', opts.source, '--output', site], { encoding: 'utf8' });
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    if (r.status !== 0) {
      console.error(`check-site: candour build failed (exit ${r.status})`);
      return 1;
    }
    baseUrl ??= baseUrlFromSiteYaml(opts.source);
  }
  baseUrl ??= baseUrlFromSitemap(site) ?? 'http://127.0.0.1/';
  baseUrl = withSlash(baseUrl);
  const basePath = new URL(baseUrl).pathname;

  const problems = []; // { check, text }
  const browserChecks = ['axe', 'external', 'reflow', 'focus', 'narrow', 'search'].filter((c) => opts.checks.has(c));
  const lines = [];
  try {
    // Links first: reading files is fast, and it lists the pages.
    const links = await checkLinks(site, baseUrl);
    const pages = links.pages;
    if (pages.length === 0) {
      console.error(`check-site: no .html files in ${site}`);
      return 2;
    }
    if (opts.checks.has('links')) {
      for (const t of links.problems) problems.push({ check: 'links', text: t });
      const s = links.stats;
      lines.push(
        `links: ${s.references} references checked in ${s.files} files: ${s.internal} internal (${s.fragments} with #fragments), ` +
          `${s.external} to other sites and ${s.other} mailto:/tel:/data: not followed; ${links.problems.length} broken`,
      );
    }

    // The Nu checker runs in its own process while the browser works.
    const vnuPromise = opts.checks.has('vnu') ? runVnu(site, pages) : null;
    vnuPromise?.catch(() => {}); // awaited below

    if (browserChecks.length) {
      const server = await startServer(site, basePath);
      try {
        const pageList = pages.map((file) => ({
          file,
          url: server.origin + new URL(urlOfFile(baseUrl, file)).pathname,
        }));
        const b = await runBrowserChecks({ pages: pageList, origin: server.origin, checks: new Set(browserChecks.filter((c) => c !== 'search')) });
        problems.push(...b.problems);
        const f = b.figures;
        if (opts.checks.has('axe')) {
          lines.push(
            `axe: ${f.violations} violations (${f.violationNodes} elements) in ${f.axeRuns} runs at 1280px and 320px, ` +
              `rules tagged wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa; ${f.incomplete} elements need a person to review` +
              (f.incomplete ? ` (${Object.entries(f.incompleteByRule).map(([id, n]) => `${id}: ${n}`).join(', ')})` : ''),
          );
        }
        if (opts.checks.has('external')) {
          lines.push(`requests: ${f.requests} made, ${f.localRequests} to 127.0.0.1, ${f.externalRequests} to other origins (aborted)`);
        }
        if (opts.checks.has('reflow')) lines.push(`reflow: ${f.reflowFailures} of ${pages.length} pages scroll sideways at 320px; ${f.wideTableFailures} tables must be scrolled sideways at 1280px`);
        if (opts.checks.has('focus')) {
          lines.push(`focus: ${f.focusStops} Tab stops at 1280px and 320px, ${f.focusFailures} without a visible focus indicator`);
        }
        if (opts.checks.has('narrow')) {
          const n = f.narrow;
          const smallest = n.smallestText === null ? 'no chart text' : `smallest text ${n.smallestText.toFixed(1)}px`;
          lines.push(
            `narrow: ${n.charts} charts checked at ${NARROW_WIDTHS}: ${n.chartsOutside} partly off the screen, ` +
              `${n.chartsSmallText} with text under ${MIN_TEXT_PX}px, ${smallest}; ` +
              `${n.headingsOnFirstScreen} of ${n.pages} pages show their heading in the first screen at 320px; ` +
              `navigation folds on ${n.navFolds} of ${n.navPages} pages that have one; favicon on ${n.favicons} of ${n.pages} pages`,
          );
        }
        // Sites without a search page (the self-test's) skip the search check.
        if (opts.checks.has('search') && pages.includes('search/index.html')) {
          const require = createRequire(import.meta.url);
          const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
          const url = server.origin + new URL(urlOfFile(baseUrl, 'search/index.html')).pathname;
          const s = await checkSearch({ url, origin: server.origin, query: opts.searchQuery, expect: opts.searchExpect, axeSource });
          problems.push(...s.problems);
          const sf = s.figures;
          lines.push(
            `search: "${opts.searchQuery}" gave ${sf.results} results in ${sf.ms} ms, ${sf.found ? 'including' : 'NOT including'} ${opts.searchExpect}; ` +
              `first result reached with ${sf.tabsToResult} Tab presses from the box; JavaScript off: leads to the A to Z`,
          );
        } else if (opts.checks.has('search')) {
          lines.push('search: no search page in this site, not checked');
        }
      } finally {
        await server.close();
      }
    }

    if (vnuPromise) {
      const v = await vnuPromise;
      for (const e of v.errors) problems.push({ check: 'vnu', text: e });
      lines.push(`vnu: ${v.errors.length} errors, ${v.warnings.length} warnings in ${v.files} files`);
      for (const w of v.warnings) lines.push(`  vnu warning: ${w}`);
    }

    // A page is loaded several times (each width, each Tab run): report a problem once.
    const seen = new Set();
    const unique = problems.filter((p) => !seen.has(`${p.check}\n${p.text}`) && seen.add(`${p.check}\n${p.text}`));
    problems.length = 0;
    problems.push(...unique);
    const failedChecks = new Set(problems.map((p) => p.check));
    console.log(`e2e: site ${site} (base URL ${baseUrl})`);
    console.log(`e2e: pages checked: ${pages.length}`);
    for (const l of lines) console.log(`e2e: ${l}`);
    for (const p of problems) console.log(`FAIL [${p.check}] ${p.text}`);
    // Console errors and failed requests are watched whenever a browser check runs.
    const ran = [...opts.checks, ...(browserChecks.length ? ['console', 'requests'] : [])];
    const failed = ran.filter((c) => failedChecks.has(c));
    console.log(`e2e: ${problems.length} problems in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`e2e checks: ${ran.length - failed.length} passed, ${failed.length} failed${failed.length ? ` (${failed.join(', ')})` : ''}`);
    return problems.length ? 1 : 0;
  } finally {
    if (tmp && !opts.keep) rmSync(tmp, { recursive: true, force: true });
    else if (tmp) console.log(`e2e: kept ${site}`);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`check-site: could not run the checks: ${err.stack || err}`);
    process.exit(2);
  },
);
