// The search page in a real browser (docs/search.md), with its own
// Content-Security-Policy in force:
//  - with JavaScript on, the form appears, a query typed with the keyboard
//    finds the expected page, and Tab reaches the results, each with a
//    visible focus indicator;
//  - axe finds no violation with the results showing;
//  - no Content-Security-Policy violation and no console error;
//  - with JavaScript off, the page says search needs it and links to the
//    A to Z of pages.
import { chromium } from 'playwright-core';
import { AXE_TAGS, CHROMIUM_ARGS, chromiumPath } from './browser-checks.mjs';

async function violationsOf(page) {
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  }, AXE_TAGS);
}

// url: the search page on the local server; query: a word to type;
// expect: the path (below the site root) of a page that must be found.
export async function checkSearch({ url, origin, query, expect, axeSource }) {
  const problems = [];
  const figures = { results: 0, found: false, tabsToResult: 0, ms: 0 };
  const fail = (text) => problems.push({ check: 'search', text: `search/index.html: ${text}` });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
  try {
    const isLocal = (u) => u.startsWith(origin) || /^(data|blob|about):/.test(u);
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    await ctx.addInitScript({ content: axeSource });
    // Every CSP violation, also those the console does not show.
    await ctx.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`));
    });
    await ctx.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
    const page = await ctx.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push({ check: 'console', text: `search/index.html: console error: ${msg.text()}` });
    });
    page.on('pageerror', (err) => problems.push({ check: 'console', text: `search/index.html: uncaught error: ${err.message}` }));
    page.on('response', (res) => {
      if (res.status() >= 400 && res.url() !== url) fail(`${res.url()} answered ${res.status()}`);
    });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const ready = await page
      .waitForSelector('#search-form:not([hidden])', { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (!ready) {
      const notice = await page.textContent('#search-notice').catch(() => '(no notice)');
      fail(`the search form never appeared: ${notice.trim()}`);
      return { problems, figures };
    }

    // Keyboard only: Tab to the box, type, Tab to the first result.
    let tabs = 0;
    while (tabs < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-input') {
      await page.keyboard.press('Tab');
      tabs++;
    }
    if ((await page.evaluate(() => document.activeElement?.id)) !== 'search-input') {
      fail('the Tab key never reaches the search box');
      return { problems, figures };
    }
    const started = Date.now();
    await page.keyboard.type(query, { delay: 20 });
    const found = await page
      .waitForSelector('#search-results li a', { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    figures.ms = Date.now() - started;
    if (!found) {
      fail(`typing "${query}" found nothing (status: "${(await page.textContent('#search-status')).trim()}")`);
      return { problems, figures };
    }
    await page.waitForTimeout(400); // let the debounced search settle on the whole word
    const links = await page.$$eval('#search-results li a', (as) => as.map((a) => new URL(a.href).pathname));
    figures.results = links.length;
    figures.found = links.some((p) => p.endsWith(`/${expect}`));
    if (!figures.found) fail(`"${query}" did not find ${expect}; results: ${links.slice(0, 8).join(', ')}`);
    const status = (await page.textContent('#search-status')).trim();
    if (!/found for/.test(status)) fail(`the status line does not say what was found: "${status}"`);

    let onResult = false;
    for (let i = 0; i < 5 && !onResult; i++) {
      await page.keyboard.press('Tab');
      figures.tabsToResult++;
      onResult = await page.evaluate(() => !!document.activeElement?.closest('#search-results'));
    }
    if (!onResult) fail('the Tab key does not reach the results from the search box');
    else {
      const visible = await page.evaluate(() => {
        const cs = getComputedStyle(document.activeElement);
        return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none' || cs.backgroundColor !== 'rgba(0, 0, 0, 0)';
      });
      if (!visible) fail('the focused result has no visible focus indicator');
    }

    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
      for (const v of await violationsOf(page)) problems.push({ check: 'axe', text: `search/index.html with results at ${width}px: ${v}` });
    }
    for (const v of await page.evaluate(() => window.__cspViolations)) fail(`Content-Security-Policy violation: ${v}`);
    await ctx.close();

    // JavaScript off: the page says so and leads to the A to Z.
    const plain = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    await plain.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
    const p2 = await plain.newPage();
    await p2.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const notice = await p2.$eval('#search-notice', (el) => ({ text: el.textContent, visible: el.offsetParent !== null, link: el.querySelector('a')?.getAttribute('href') }));
    if (!notice.visible || !/needs JavaScript/.test(notice.text)) fail('with JavaScript off, the page does not say search needs it');
    if (!notice.link || !/a-to-z\/$/.test(notice.link)) fail('with JavaScript off, the page does not link to the A to Z');
    if (await p2.isVisible('#search-form')) fail('with JavaScript off, the search form is shown but cannot work');
    await plain.close();
  } finally {
    await browser.close();
  }
  return { problems, figures };
}
