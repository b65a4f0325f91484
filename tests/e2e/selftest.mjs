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

const CSS = `body { font-family: sans-serif; color: #111; background: #fff; margin: 0 1rem; }
a { color: #1d4f91; }
a:focus-visible { outline: 3px solid #111; outline-offset: 2px; }
`;

function page(title, body, extraHead = '') {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${title === 'Home' ? '' : '../'}style.css">
${extraHead}</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;
}

// The clean site; `extra` goes into the home page's <main>, `css` after the style sheet.
function site({ extra = '', css = '' } = {}) {
  return {
    'index.html': page('Home', `<p>Read the <a href="other/#part-two">second part of the other page</a>.</p>\n${extra}`),
    'other/index.html': page('Other', '<h2 id="part-two">Part two</h2>\n<p><a href="../">Back to the home page</a></p>'),
    'style.css': CSS + css,
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
