#!/usr/bin/env node
// Self-test of check-site.mjs: a check that cannot fail proves nothing. It
// writes a tiny clean two-page site into a temporary folder, then one broken
// copy per kind of problem, runs the real checker on each and asserts that
// the clean site passes and that each broken one fails (exit 1), naming that
// problem and no other.
//
//   node tests/e2e/selftest.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHECKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'check-site.mjs');
const BASE_URL = 'https://fixture.example/site/';

// The main navigation folds behind a Menu control below 40em, as the
// narrow check asks: a <details> for phones, a plain list for wide screens.
const CSS = `body { font-family: sans-serif; color: #111; background: #fff; margin: 0 1rem; }
a { color: #1d4f91; }
a:focus-visible, summary:focus-visible { outline: 3px solid #111; outline-offset: 2px; }
.site-nav ul { list-style: none; padding: 0; }
.site-nav a { display: inline-block; padding: .5rem 0; }
.site-nav__list { display: none; }
@media (min-width: 40em) {
  .site-nav__menu { display: none; }
  .site-nav__list { display: flex; gap: 1rem; }
}
.fit { display: block; max-width: 100%; height: auto; }
`;

const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#1d4f91"/></svg>\n';

// The main navigation of a page at `prefix` ('' or '../') titled `title`:
// the current section is named in the Menu control, so it shows while folded.
function foldingNav(prefix, title) {
  const links = [['', 'Home'], ['other/', 'Other']]
    .map(([href, text]) => `<li><a href="${prefix + href || './'}"${text === title ? ' aria-current="page"' : ''}>${text}</a></li>`)
    .join('');
  return `<nav class="site-nav" aria-label="Main">
<details class="site-nav__menu"><summary class="site-nav__toggle">Menu: ${title}</summary>
<ul>${links}</ul>
</details>
<ul class="site-nav__list">${links}</ul>
</nav>
`;
}

// nav: the page's navigation (null for the folding one); favicon: whether
// the head links favicon.svg.
function page(title, body, { extraHead = '', nav = null, favicon = true } = {}) {
  const prefix = title === 'Home' ? '' : '../';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${prefix}style.css">
${favicon ? `<link rel="icon" href="${prefix}favicon.svg" type="image/svg+xml">\n` : ''}${extraHead}</head>
<body>
<header>
${nav ?? foldingNav(prefix, title)}</header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;
}

// A chart that fits a 320 px screen, its label 14 px on screen.
const FITTING_CHART =
  '<svg class="fit" id="fitting-chart" role="img" aria-labelledby="fitting-chart-title" viewBox="0 0 240 80" width="240" height="80">' +
  '<title id="fitting-chart-title">One bar</title><rect x="0" y="10" width="120" height="20" fill="#1d4f91"/>' +
  '<text x="0" y="60" font-size="14">A label</text></svg>';

// The clean site; `extra` goes into the home page's <main>, `css` after the
// style sheet, `home` and `other` are more options for page().
function site({ extra = '', css = '', home = {}, other = {} } = {}) {
  return {
    'index.html': page('Home', `<p>Read the <a href="other/#part-two">second part of the other page</a>.</p>\n${FITTING_CHART}\n${extra}`, home),
    'other/index.html': page('Other', '<h2 id="part-two">Part two</h2>\n<p><a href="../">Back to the home page</a></p>', other),
    'style.css': CSS + css,
    'favicon.svg': FAVICON,
  };
}

const CASES = [
  { name: 'clean site passes', files: site(), expect: null },
  {
    name: 'an axe violation (text contrast too low)',
    files: site({ extra: '<p class="faint">Hard to read.</p>', css: '.faint { color: #bbbbbb; }\n' }),
    expect: { check: 'axe', text: 'color-contrast' },
  },
  {
    name: 'an HTML error (a stray end tag)',
    files: site({ extra: '<section><p>Text.</p></div></section>' }),
    expect: { check: 'vnu', text: 'Stray end tag' },
  },
  {
    name: 'a broken link and a broken #fragment',
    files: site({ extra: '<p><a href="missing/">A missing page</a> and <a href="other/#part-three">a missing part</a>.</p>' }),
    expect: { check: 'links', text: ["'missing/' leads to no file missing/index.html", "no element with id 'part-three'"] },
  },
  {
    name: 'a request to another origin',
    files: site({ extra: '<p><img src="https://cdn.example.com/logo.png" alt="Fixture logo" width="10" height="10"></p>' }),
    expect: { check: 'external', text: 'requests https://cdn.example.com/logo.png' },
  },
  {
    name: 'sideways scrolling at 320 px',
    files: site({ extra: '<div class="wide">A box of fixed width.</div>', css: '.wide { width: 600px; }\n' }),
    expect: { check: 'reflow', text: 'scrolls sideways at 320px' },
  },
  {
    // The action plan's Update column was cut off at 1280 px: a table that
    // must be scrolled sideways on a desktop hides a column.
    name: 'a table that must be scrolled sideways at 1280 px',
    files: site({
      extra:
        '<div class="table-scroll" role="region" aria-label="Actions" tabindex="0"><table><caption>Actions</caption>' +
        '<tr><th scope="col">Action</th><th scope="col">Update</th></tr><tr><td>One</td><td>Two</td></tr></table></div>',
      css: '.table-scroll { overflow-x: auto; }\n.table-scroll:focus-visible { outline: 3px solid #111; }\n.table-scroll table { min-width: 1600px; }\n',
    }),
    expect: { check: 'reflow', text: 'at 1280px a table must be scrolled sideways: "Actions"' },
  },
  {
    name: 'an invisible keyboard focus',
    files: site({ css: 'a:focus, a:focus-visible { outline: none; }\n' }),
    expect: { check: 'focus', text: 'no visible focus indicator' },
  },
  {
    // Border colours follow the text colour: a colour-only change must not
    // pass as a border change (it did, before the check looked at widths).
    name: 'keyboard focus shown by a text colour change alone',
    files: site({ css: 'a:focus, a:focus-visible { outline: none; color: #000000; }\n' }),
    expect: { check: 'focus', text: 'no visible focus indicator' },
  },
  {
    // A chart kept at a legible width that scrolls in its own box: the page
    // passes reflow, but a reader on a phone sees half of it.
    name: 'a chart wider than a phone, scrolling in its own box',
    files: site({
      extra:
        '<div class="chart-box" role="region" aria-label="A wide chart" tabindex="0">' +
        '<svg id="wide-chart" role="img" aria-label="A wide chart" viewBox="0 0 400 80" width="400" height="80">' +
        '<text x="0" y="40" font-size="14">A wide label</text></svg></div>',
      css: '.chart-box { overflow-x: auto; }\n.chart-box:focus-visible { outline: 3px solid #111; }\n.chart-box svg { display: block; width: 100%; min-width: 400px; height: auto; }\n',
    }),
    expect: { check: 'narrow', text: 'chart wide-chart is partly off the screen' },
  },
  {
    name: 'chart text drawn at 9 px',
    files: site({
      extra:
        '<svg id="tiny-text" role="img" aria-label="Small labels" viewBox="0 0 200 60" width="200" height="60">' +
        '<text x="0" y="30" font-size="9">A tiny label</text></svg>',
    }),
    expect: { check: 'narrow', text: 'chart tiny-text: smallest text 9.0px at 320px' },
  },
  {
    name: 'a navigation that does not fold on a phone',
    files: site({
      home: { nav: '<nav class="site-nav" aria-label="Main"><ul><li><a href="./" aria-current="page">Home</a></li><li><a href="other/">Other</a></li></ul></nav>\n' },
    }),
    expect: { check: 'narrow', text: 'the navigation does not fold at 320px: 2 links visible before any Menu control is opened' },
  },
  {
    name: 'a heading below the first screen of a phone',
    files: site({ home: { nav: `<p class="tall">A tall banner.</p>\n${foldingNav('', 'Home')}` }, css: '.tall { height: 600px; }\n' }),
    expect: { check: 'narrow', text: 'the heading is not on the first screen at 320x568' },
  },
  {
    name: 'a page without a favicon',
    files: site({ other: { favicon: false } }),
    expect: { check: 'narrow', text: 'other/index.html: no favicon link' },
  },
  {
    // A search page whose script never starts (here: there is none).
    name: 'a search page that never offers a search box',
    files: { ...site(), 'search/index.html': page('Search', '<p id="search-notice">Search is not available.</p>') },
    expect: { check: 'search', text: 'the search form never appeared' },
  },
];

function writeSite(dir, files) {
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

const root = mkdtempSync(path.join(os.tmpdir(), 'candour-e2e-selftest-'));
let passed = 0;
const failures = [];
try {
  CASES.forEach((c, i) => {
    const dir = path.join(root, `case-${i}`);
    writeSite(dir, c.files);
    const r = spawnSync(process.execPath, [CHECKER, '--site', dir, '--base-url', BASE_URL], { encoding: 'utf8', timeout: 180_000 });
    const out = `${r.stdout}\n${r.stderr}`;
    const failedKinds = [...new Set([...out.matchAll(/^FAIL \[([a-z]+)\]/gm)].map((m) => m[1]))];
    const wrong = [];
    if (!c.expect) {
      if (r.status !== 0) wrong.push(`exit ${r.status}, expected 0`);
      if (failedKinds.length) wrong.push(`reported ${failedKinds.join(', ')}`);
      if (!/^e2e: pages checked: 2$/m.test(out)) wrong.push('did not check 2 pages');
    } else {
      if (r.status !== 1) wrong.push(`exit ${r.status}, expected 1`);
      const texts = Array.isArray(c.expect.text) ? c.expect.text : [c.expect.text];
      for (const t of texts) {
        const named = out.split('\n').some((l) => l.startsWith(`FAIL [${c.expect.check}]`) && l.includes(t));
        if (!named) wrong.push(`no 'FAIL [${c.expect.check}] ...${t}...' line`);
      }
      const others = failedKinds.filter((k) => k !== c.expect.check);
      if (others.length) wrong.push(`also reported ${others.join(', ')}`);
    }
    if (wrong.length) {
      failures.push(c.name);
      console.log(`selftest FAIL: ${c.name}: ${wrong.join('; ')}\n--- checker output ---\n${out.trim()}\n---`);
    } else {
      passed++;
      const shown = out.split('\n').filter((l) => l.startsWith('FAIL [')).slice(0, 2).map((l) => `\n    ${l.slice(0, 200)}`).join('');
      console.log(`selftest ok: ${c.name} (exit ${r.status})${shown}`);
    }
  });
} finally {
  rmSync(root, { recursive: true, force: true });
}
console.log(`selftest: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
