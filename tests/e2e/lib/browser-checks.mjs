// The checks that need a real browser: Debian's headless Chromium driven by
// playwright-core (no browser download).
//
//  - axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, at 1280 and at
//    320 CSS pixels wide;
//  - no horizontal scrolling at 320 CSS pixels (WCAG 1.4.10 Reflow);
//  - every stop of the Tab order shows a visible focus indicator (2.4.7);
//  - charts, text, heading, navigation and favicon on phone-sized screens
//    (the `narrow` check, in narrow-checks.mjs);
//  - no console errors (a Content-Security-Policy violation is one), no
//    uncaught script errors, no failed requests for the site's own files;
//  - no request to any origin but the local test server, checked in a second
//    browser context that ignores the page's Content-Security-Policy, so
//    that a reference to another site is seen even when the policy would
//    have blocked it. Such requests are aborted before they leave the
//    browser, and the host resolver maps every name but 127.0.0.1 to
//    "not found", so nothing is ever sent off the machine.
import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import { chromium } from 'playwright-core';
import { NarrowCheck } from './narrow-checks.mjs';
import { HEADLESS_OFFLINE_ARGS } from '../../../pdf/chromium-args.mjs';

const require = createRequire(import.meta.url);

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const CHROMIUM_ARGS = [
  ...HEADLESS_OFFLINE_ARGS,
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export function chromiumPath() {
  return process.env.CHROMIUM || '/usr/bin/chromium';
}

// Serialises what identifies an element in a message.
function describeInPage(el) {
  if (!el || el === document.body) return 'body';
  let s = el.tagName.toLowerCase();
  if (el.id) s += `#${el.id}`;
  else if (el.classList.length) s += '.' + [...el.classList].join('.');
  const text = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
  if (text) s += ` "${text.slice(0, 40)}"`;
  return s;
}

async function runAxe(page) {
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      })),
      incomplete: r.incomplete.map((v) => ({ id: v.id, nodes: v.nodes.length })),
    };
  }, AXE_TAGS);
}

async function checkReflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const result = { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: [] };
    if (root.scrollWidth <= root.clientWidth) return result;
    // Name the elements that stick out, ignoring those inside a box that scrolls itself.
    const scrollsItself = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > root.clientWidth + 0.5 && r.width > 0 && !scrollsItself(el)) {
        let s = el.tagName.toLowerCase();
        if (el.id) s += `#${el.id}`;
        else if (el.classList.length) s += '.' + [...el.classList].join('.');
        result.culprits.push(`${s} (right edge at ${Math.round(r.right)}px)`);
        if (result.culprits.length >= 3) break;
      }
    }
    return result;
  });
}

// At a wide window, a table should fit its column: a box that must be
// scrolled sideways on a desktop hides a column (the action plan's Update)
// from anyone who does not think to scroll. Names each table that does not.
async function checkWideTables(page) {
  return page.evaluate(() =>
    // Tables of figures (.kpi-table: a column a period, numbers never
    // broken) may scroll in their box; tables of words must fit.
    [...document.querySelectorAll('.table-scroll')]
      .filter((box) => !box.querySelector('table.kpi-table'))
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => {
        const caption = box.querySelector('caption');
        const name = caption ? caption.textContent.trim() : box.getAttribute('aria-label') || 'a table';
        return `"${name}" (${box.scrollWidth}px wide in a ${box.clientWidth}px column)`;
      }),
  );
}

// Records the unfocused style of every element that could take focus, so each
// Tab stop can be compared with how it looked before.
const STYLE_PROPS = [
  'outlineStyle',
  'outlineWidth',
  'outlineColor',
  'outlineOffset',
  'boxShadow',
  'backgroundColor',
  'backgroundImage',
  ...['Top', 'Right', 'Bottom', 'Left'].flatMap((side) => [`border${side}Style`, `border${side}Width`, `border${side}Color`]),
];

async function recordUnfocusedStyles(page) {
  return page.evaluate((props) => {
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    const snapshot = (el) => {
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs[p]]));
    };
    const selector =
      'a[href], area[href], button, input, select, textarea, summary, iframe, audio[controls], video[controls], [tabindex], [contenteditable=""], [contenteditable="true"]';
    const map = new Map();
    for (const el of document.querySelectorAll(selector)) map.set(el, snapshot(el));
    window.__candourUnfocused = map;
    window.__candourSnapshot = snapshot;
    // How many of them the Tab key should reach: rendered, enabled, not tabindex=-1.
    let tabbable = 0;
    for (const el of map.keys()) {
      if (el.tabIndex < 0 || el.disabled || el.getClientRects().length === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      tabbable++;
    }
    return { candidates: map.size, tabbable };
  }, STYLE_PROPS);
}

async function inspectFocused(page) {
  return page.evaluate(
    ({ describeSrc }) => {
      const describe = new Function(`return (${describeSrc})`)();
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const before = window.__candourUnfocused.get(el);
      const now = window.__candourSnapshot(el);
      const alpha = (c) => {
        if (!c || c === 'transparent') return 0;
        const m = /rgba?\(([^)]*)\)/.exec(c);
        if (!m) return 1;
        const parts = m[1].split(/[\s,/]+/).filter(Boolean);
        return parts.length >= 4 ? parseFloat(parts[3]) : 1;
      };
      const px = (v) => parseFloat(v) || 0;
      const outlineShows = (s) => s.outlineStyle !== 'none' && px(s.outlineWidth) > 0 && alpha(s.outlineColor) > 0;
      const shadowShows = (s) => s.boxShadow !== 'none' && s.boxShadow !== '';
      const changes = [];
      if (!before) {
        return { el: describe(el), visible: false, changes, reason: 'not in the unfocused snapshot' };
      }
      if (outlineShows(now) && (!outlineShows(before) || ['outlineStyle', 'outlineWidth', 'outlineColor', 'outlineOffset'].some((p) => before[p] !== now[p]))) {
        changes.push(`outline ${now.outlineWidth} ${now.outlineStyle} ${now.outlineColor}`);
      }
      if (shadowShows(now) && now.boxShadow !== before.boxShadow) changes.push(`box-shadow ${now.boxShadow}`);
      if (now.backgroundColor !== before.backgroundColor && alpha(now.backgroundColor) > 0) {
        changes.push(`background ${before.backgroundColor} -> ${now.backgroundColor}`);
      }
      if (now.backgroundImage !== before.backgroundImage && now.backgroundImage !== 'none') changes.push('background image');
      // A border counts only where it is drawn: border colours follow the
      // text colour, so a colour-only change would otherwise look like one.
      for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
        const shows = (st) => st[`border${side}Style`] !== 'none' && st[`border${side}Style`] !== 'hidden' && px(st[`border${side}Width`]) > 0 && alpha(st[`border${side}Color`]) > 0;
        const same = (a, b) => ['Style', 'Width', 'Color'].every((k) => a[`border${side}${k}`] === b[`border${side}${k}`]);
        if (shows(now) && (!shows(before) || !same(before, now))) {
          changes.push(`border-${side.toLowerCase()} ${now[`border${side}Width`]} ${now[`border${side}Style`]} ${now[`border${side}Color`]}`);
          break;
        }
      }
      const r = el.getBoundingClientRect();
      const onScreen = r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
      return { el: describe(el), visible: changes.length > 0 && onScreen, onScreen, changes };
    },
    { describeSrc: describeInPage.toString() },
  );
}

async function checkFocus(page) {
  const { candidates, tabbable } = await recordUnfocusedStyles(page);
  const stops = [];
  const failures = [];
  // Tab through the page until focus leaves it or comes back round.
  for (let i = 0; i < candidates + 2; i++) {
    await page.keyboard.press('Tab');
    const handle = await page.evaluateHandle(() => document.activeElement);
    const info = await inspectFocused(page);
    const isRepeat = await page.evaluate((el) => {
      window.__candourSeen ??= new Set();
      if (window.__candourSeen.has(el)) return true;
      window.__candourSeen.add(el);
      return false;
    }, handle);
    await handle.dispose();
    if (!info || isRepeat) break;
    stops.push(info.el);
    if (!info.visible) {
      failures.push(
        info.onScreen === false
          ? `${info.el}: focused but not on screen`
          : `${info.el}: no visible focus indicator (outline, box-shadow, background and border unchanged)`,
      );
    }
  }
  return { tabbable, stops: stops.length, failures };
}

// pages: [{ file, url }] with url on the local server. Returns the figures and
// problems, each problem tagged with its check.
export async function runBrowserChecks({ pages, origin, checks }) {
  const axeSource = await fs.readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: 60_000,
  });
  const problems = [];
  const figures = { axeRuns: 0, violations: 0, violationNodes: 0, incomplete: 0, incompleteByRule: {}, requests: 0, localRequests: 0, externalRequests: 0, focusStops: 0, focusFailures: 0, reflowFailures: 0, wideTableFailures: 0 };
  const isLocal = (u) => {
    try {
      return new URL(u).origin === origin;
    } catch {
      return false;
    }
  };
  const notNetwork = (u) => /^(data|blob|about):/.test(u);

  try {
    // 1. External requests, with the page's CSP bypassed so that references to
    // other origins are attempted (and then aborted here).
    if (checks.has('external')) {
      const ctx = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
      await ctx.route('**/*', (route) => {
        const u = route.request().url();
        return isLocal(u) ? route.continue() : route.abort('blockedbyclient');
      });
      for (const p of pages) {
        const page = await ctx.newPage();
        page.on('request', (req) => {
          const u = req.url();
          if (notNetwork(u)) return;
          figures.requests++;
          if (isLocal(u)) figures.localRequests++;
          else {
            figures.externalRequests++;
            problems.push({ check: 'external', text: `${p.file}: requests ${u} (${req.resourceType()}), another origin` });
          }
        });
        page.on('response', (res) => {
          if (res.status() >= 400 && isLocal(res.url()) && res.url() !== p.url) {
            problems.push({ check: 'requests', text: `${p.file}: ${res.url()} answered ${res.status()}` });
          }
        });
        const res = await page.goto(p.url, { waitUntil: 'load', timeout: 30_000 });
        if (!res || res.status() !== 200) problems.push({ check: 'requests', text: `${p.file}: loading the page answered ${res ? res.status() : 'nothing'}` });
        // Bring lazy content into view, print styles too, then let the network settle.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await page.emulateMedia({ media: 'print' });
        await page.emulateMedia({ media: 'screen' });
        await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
        await page.close();
      }
      await ctx.close();
    }

    // 2. Accessibility, reflow, focus and narrow screens, with the page's own CSP in force.
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    await ctx.addInitScript({ content: axeSource });
    const narrow = checks.has('narrow') ? new NarrowCheck({ request: ctx.request, isLocal }) : null;
    await ctx.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
    for (const p of pages) {
      const page = await ctx.newPage();
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        // A request to another origin is reported (once) by the external check.
        if (/ERR_BLOCKED_BY_CLIENT/.test(text)) return;
        problems.push({ check: 'console', text: `${p.file}: console error: ${text}` });
      });
      page.on('pageerror', (err) => problems.push({ check: 'console', text: `${p.file}: uncaught error: ${err.message}` }));
      page.on('response', (res) => {
        if (res.status() >= 400 && isLocal(res.url()) && res.url() !== p.url) {
          problems.push({ check: 'requests', text: `${p.file}: ${res.url()} answered ${res.status()}` });
        }
      });
      await page.goto(p.url, { waitUntil: 'load', timeout: 30_000 });
      // Before anything resizes the page or presses a key in it.
      const wideNavOk = narrow ? await narrow.atWide(page, p) : true;

      if (checks.has('axe')) {
        for (const width of [1280, 320]) {
          await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
          const r = await runAxe(page);
          figures.axeRuns++;
          for (const v of r.incomplete) {
            figures.incomplete += v.nodes;
            figures.incompleteByRule[v.id] = (figures.incompleteByRule[v.id] || 0) + v.nodes;
          }
          for (const v of r.violations) {
            figures.violations++;
            figures.violationNodes += v.nodes.length;
            problems.push({
              check: 'axe',
              text: `${p.file} at ${width}px: ${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 5).join(' | ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`,
            });
          }
        }
      }
      if (checks.has('reflow')) {
        await page.setViewportSize({ width: 1280, height: 800 });
        for (const table of await checkWideTables(page)) {
          figures.wideTableFailures++;
          problems.push({ check: 'reflow', text: `${p.file}: at 1280px a table must be scrolled sideways: ${table}` });
        }
        await page.setViewportSize({ width: 320, height: 640 });
        const r = await checkReflow(page);
        if (r.scrollWidth > r.clientWidth) {
          figures.reflowFailures++;
          problems.push({
            check: 'reflow',
            text: `${p.file}: scrolls sideways at 320px (content ${r.scrollWidth}px wide in a ${r.clientWidth}px window)${r.culprits.length ? ': ' + r.culprits.join(', ') : ''}`,
          });
        }
      }
      if (checks.has('focus')) {
        for (const width of [1280, 320]) {
          await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
          await page.goto(p.url, { waitUntil: 'load', timeout: 30_000 });
          await page.mouse.move(0, 0);
          const r = await checkFocus(page);
          figures.focusStops += r.stops;
          if (r.stops === 0 && r.tabbable > 0) {
            problems.push({ check: 'focus', text: `${p.file} at ${width}px: the Tab key reaches nothing on this page` });
          }
          for (const f of r.failures) {
            figures.focusFailures++;
            problems.push({ check: 'focus', text: `${p.file} at ${width}px: ${f}` });
          }
        }
      }
      if (narrow) await narrow.atNarrowWidths(page, p, wideNavOk);
      await page.close();
    }
    if (narrow) {
      problems.push(...narrow.problems);
      figures.narrow = narrow.figures;
    }
    await ctx.close();
  } finally {
    await browser.close();
  }
  return { figures, problems };
}
