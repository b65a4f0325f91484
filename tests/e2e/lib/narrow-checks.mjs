// The `narrow` check: the site as readers on phones get it (GitHub issue
// "Readers on phones"). The reflow check only asks that the page as a whole
// does not scroll sideways at 320 px; a chart can still pass that while its
// right half sits in a box that scrolls on its own, or shrink until its labels
// cannot be read. At 320x568, 375x667 and 768x1024, each page loaded afresh:
//
//  - every chart (svg[role=img]) lies within the screen, and no box around it
//    clips or scrolls it sideways (WCAG 1.4.10 Reflow);
//  - the smallest text of every chart is at least 12 CSS px as drawn on
//    screen, font size times the scale of the chart (1.4.4 Resize text: a
//    label drawn at 9 px is not read at all by many);
//  - at 320x568, the page's h1 is on the first screen, before any scrolling;
//  - at 320 px the main navigation folds behind a Menu control that the Tab
//    key reaches before the page's content and Enter opens, while the current
//    section stays visible; at 1280 px every link shows and no Menu control;
//  - every page links a favicon in its head, and the test server serves it
//    (without one, browsers ask for /favicon.ico, which answers 404).
//
// It runs in the browser context of the accessibility checks, with the page's
// own Content-Security-Policy in force.

export const NARROW_VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
  { width: 768, height: 1024 },
];
export const WIDE_WIDTH = 1280;
export const MIN_TEXT_PX = 12;
// Far enough for a skip link, the site's title link and the Menu control.
const MAX_TABS_TO_MENU = 10;

// Runs in the page (serialised by playwright, so it must hold every helper it
// uses). `what` is one of 'charts', 'heading', 'nav', 'favicon'.
function inPage({ what, height }) {
  const root = document.documentElement;
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    else if (el.classList.length) s += '.' + [...el.classList].join('.');
    return s;
  };
  // Drawn, on the screen horizontally, and not shrunk to a point the way
  // visually-hidden text is. checkVisibility is false inside display:none and
  // inside a closed <details> (its content has content-visibility: hidden).
  const shown = (el) => {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width >= 2 && r.height >= 2 && r.right > 0 && r.left < root.clientWidth;
  };

  if (what === 'charts') {
    const width = root.clientWidth;
    const charts = [];
    document.querySelectorAll('svg[role="img"]').forEach((svg, index) => {
      if (svg.getClientRects().length === 0) return; // not rendered at this width
      let id = svg.id;
      for (let e = svg.parentElement; !id && e; e = e.parentElement) id = e.id;
      const r = svg.getBoundingClientRect();
      const chart = { index, id: id || `svg number ${index + 1}`, left: r.left, right: r.right, width, clippedBy: null, smallest: null };
      // A box that scrolls or clips sideways hides part of the chart.
      for (let p = svg.parentElement; p && p !== document.body && p !== root; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (['auto', 'scroll', 'hidden', 'clip'].includes(o) && p.scrollWidth > p.clientWidth + 1) {
          chart.clippedBy = { box: describe(p), overflow: o, scrollWidth: p.scrollWidth, clientWidth: p.clientWidth };
          break;
        }
      }
      // A tspan takes its size from its own style and its scale from its
      // <text> (tspans cannot be transformed themselves).
      for (const t of svg.querySelectorAll('text, tspan')) {
        const own = norm([...t.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.data).join(''));
        if (!own) continue;
        const cs = getComputedStyle(t);
        if (cs.display === 'none' || cs.visibility !== 'visible') continue;
        const m = (t.closest('text') || t).getScreenCTM();
        if (!m) continue;
        const px = (parseFloat(cs.fontSize) || parseFloat(t.getAttribute('font-size')) || 16) * Math.hypot(m.a, m.b);
        if (!chart.smallest || px < chart.smallest.px) chart.smallest = { px, text: own.slice(0, 40) };
      }
      charts.push(chart);
    });
    return charts;
  }

  if (what === 'heading') {
    const h = [...document.querySelectorAll('h1')].find((e) => e.getClientRects().length > 0);
    if (!h) return null;
    const r = h.getBoundingClientRect();
    // Measured from the top of the page, in case anything scrolled it on load.
    return { text: norm(h.textContent).slice(0, 60), top: r.top + scrollY, bottom: r.bottom + scrollY, height };
  }

  if (what === 'nav') {
    const nav = document.querySelector('nav[aria-label="Main"]');
    if (!nav) return null;
    const links = [...nav.querySelectorAll('a[href]')];
    const hrefs = [...new Set(links.map((a) => a.href))];
    const shownHrefs = new Set(links.filter(shown).map((a) => a.href));
    // A Menu control: the summary of a <details>, or a button that expands something.
    const controls = [...nav.querySelectorAll('summary, button, [aria-expanded]')].filter(shown);
    const current = links.find((a) => a.hasAttribute('aria-current') && a.getAttribute('aria-current') !== 'false');
    const result = {
      links: links.length,
      hrefs: hrefs.length,
      shownLinks: links.filter(shown).length,
      missing: hrefs.filter((h) => !shownHrefs.has(h)).map((h) => new URL(h).pathname),
      controls: controls.map((c) => `${describe(c)} "${norm(c.textContent).slice(0, 30)}"`),
      current: current ? norm(current.textContent) : null,
      currentShownIn: null,
    };
    // The current section, in words visible without opening the menu: only
    // text outside the menu's folded content counts.
    if (result.current) {
      const folded = (node) => {
        const d = node.parentElement?.closest('details');
        return d && !d.open && !node.parentElement.closest('summary');
      };
      const visibleText = (el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let s = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!folded(n) && shown(n.parentElement)) s += n.data;
        }
        return norm(s);
      };
      let best = null;
      for (const el of [nav, ...nav.querySelectorAll('*')]) {
        if (!shown(el)) continue;
        const text = visibleText(el);
        if (text.includes(result.current) && (!best || text.length <= best.text.length)) best = { el, text };
      }
      if (best) result.currentShownIn = `${describe(best.el)} "${best.text.slice(0, 40)}"`;
    }
    return result;
  }

  if (what === 'favicon') {
    const link = document.head.querySelector('link[rel~="icon" i][href]');
    return link ? link.href : null;
  }
  return null;
}

function px(n) {
  return `${n.toFixed(1)}px`;
}

// One per run of the checks: keeps the figures and the problems, and the
// favicon answers (every page usually links the same file).
export class NarrowCheck {
  // request: an APIRequestContext for fetching the favicon; isLocal(url):
  // whether a URL is on the test server (nothing else is fetched).
  constructor({ request, isLocal }) {
    this.request = request;
    this.isLocal = isLocal;
    this.faviconStatus = new Map();
    this.problems = [];
    this.figures = {
      pages: 0,
      charts: 0,
      chartsOutside: 0,
      chartsSmallText: 0,
      smallestText: null,
      headingsOnFirstScreen: 0,
      navPages: 0,
      navFolds: 0,
      favicons: 0,
    };
  }

  fail(text) {
    this.problems.push({ check: 'narrow', text });
  }

  // At 1280 px, on the page as first loaded (nothing pressed, nothing
  // resized): the navigation's links all show and no Menu control does.
  // Returns whether it passed, for atNarrowWidths.
  async atWide(page, p) {
    const nav = await page.evaluate(inPage, { what: 'nav' });
    if (!nav || nav.links === 0) return true;
    const wrong = [];
    if (nav.missing.length) wrong.push(`${nav.missing.length} of ${nav.hrefs} links not visible (${nav.missing.slice(0, 3).join(', ')})`);
    if (nav.controls.length) wrong.push(`a Menu control shows (${nav.controls[0]})`);
    if (wrong.length) this.fail(`${p.file}: the navigation at ${WIDE_WIDTH}px: ${wrong.join('; ')}`);
    return wrong.length === 0;
  }

  // Loads the page once at each narrow width; wideNavOk is what atWide said
  // of the same page.
  async atNarrowWidths(page, p, wideNavOk = true) {
    this.figures.pages++;
    const charts = new Map(); // index -> { id, off: [], small: [] }
    let navOk = true;
    let hasNav = false;
    for (const vp of NARROW_VIEWPORTS) {
      await page.setViewportSize(vp);
      await page.goto(p.url, { waitUntil: 'load', timeout: 30_000 });
      for (const c of await page.evaluate(inPage, { what: 'charts' })) {
        const seen = charts.get(c.index) ?? { id: c.id, off: [], small: [] };
        charts.set(c.index, seen);
        const where = [];
        if (c.left < -0.5 || c.right > c.width + 0.5) where.push(`spans ${Math.round(c.left)} to ${Math.round(c.right)}px of a ${c.width}px screen`);
        if (c.clippedBy) {
          const b = c.clippedBy;
          where.push(`sits in ${b.box} (overflow-x: ${b.overflow}), ${b.clientWidth}px wide around ${b.scrollWidth}px of content`);
        }
        if (where.length) seen.off.push(`at ${vp.width}px it ${where.join(' and ')}`);
        if (c.smallest) {
          if (this.figures.smallestText === null || c.smallest.px < this.figures.smallestText) this.figures.smallestText = c.smallest.px;
          if (c.smallest.px < MIN_TEXT_PX) seen.small.push({ width: vp.width, ...c.smallest });
        }
      }
      if (vp.width === 320) {
        await this.heading(page, p, vp);
        const r = await this.nav(page, p);
        hasNav = r.hasNav;
        navOk = r.ok;
        await this.favicon(page, p);
      }
    }
    for (const c of charts.values()) {
      this.figures.charts++;
      if (c.off.length) {
        this.figures.chartsOutside++;
        this.fail(`${p.file}: chart ${c.id} is partly off the screen: ${c.off.join('; ')}`);
      }
      if (c.small.length) {
        this.figures.chartsSmallText++;
        const sizes = c.small.map((s) => `${px(s.px)} at ${s.width}px`).join(', ');
        this.fail(`${p.file}: chart ${c.id}: smallest text ${sizes} ("${c.small[0].text}"), under ${MIN_TEXT_PX}px`);
      }
    }
    if (hasNav) {
      this.figures.navPages++;
      if (navOk && wideNavOk) this.figures.navFolds++;
    }
  }

  async heading(page, p, vp) {
    const h = await page.evaluate(inPage, { what: 'heading', height: vp.height });
    if (!h) return this.fail(`${p.file}: no visible h1 at ${vp.width}px`);
    if (h.top >= 0 && h.bottom <= vp.height) {
      this.figures.headingsOnFirstScreen++;
      return;
    }
    this.fail(`${p.file}: the heading is not on the first screen at ${vp.width}x${vp.height}: h1 "${h.text}" spans ${Math.round(h.top)} to ${Math.round(h.bottom)}px`);
  }

  // At 320 px, on a page just loaded. Returns { hasNav, ok }.
  async nav(page, p) {
    const closed = await page.evaluate(inPage, { what: 'nav' });
    if (!closed || closed.links === 0) return { hasNav: false, ok: true };
    const fail = (text) => {
      this.fail(`${p.file}: ${text}`);
      return { hasNav: true, ok: false };
    };
    if (closed.shownLinks > 0) {
      return fail(`the navigation does not fold at 320px: ${closed.shownLinks} links visible before any Menu control is opened`);
    }
    if (closed.controls.length === 0) return fail('the navigation at 320px shows neither its links nor a Menu control to open them');
    const problems = [];
    if (closed.current && !closed.currentShownIn) {
      problems.push(`the current section "${closed.current}" is not visible until the menu is opened`);
    }

    // From the top of the page, Tab must reach the Menu control before
    // anything inside <main>.
    const control = await page.evaluateHandle(() =>
      [...document.querySelectorAll('nav[aria-label="Main"] :is(summary, button, [aria-expanded])')].find(
        (el) => el.checkVisibility() && el.getBoundingClientRect().width >= 2,
      ),
    );
    let reached = false;
    let stop = '';
    for (let i = 0; i < MAX_TABS_TO_MENU && !reached; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate((c) => {
        const a = document.activeElement;
        if (a === c) return 'control';
        if (a && a.closest('main')) return `main: ${a.tagName.toLowerCase()} "${(a.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 30)}"`;
        return null;
      }, control);
      if (where === 'control') reached = true;
      else if (where) {
        stop = `Tab reaches ${where.slice(6)} in <main> first`;
        break;
      }
    }
    if (!reached) {
      await control.dispose();
      return fail(`the navigation's Menu control at 320px: ${stop || `not reached in ${MAX_TABS_TO_MENU} Tab presses`}${problems.length ? `; ${problems.join('; ')}` : ''}`);
    }

    // Enter opens it: every link shows, and the next Tab goes to the first.
    await page.keyboard.press('Enter');
    const open = await page.evaluate(inPage, { what: 'nav' });
    if (open.missing.length) {
      problems.push(`after Enter on the Menu control, ${open.missing.length} of ${open.hrefs} links are still hidden (${open.missing.slice(0, 3).join(', ')})`);
    } else {
      await page.keyboard.press('Tab');
      const next = await page.evaluate((c) => {
        const firstAfter = [...document.querySelectorAll('nav[aria-label="Main"] a[href]')].find(
          (a) => c.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING && a.checkVisibility(),
        );
        const a = document.activeElement;
        return { ok: a === firstAfter, focused: a ? `${a.tagName.toLowerCase()} "${(a.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 30)}"` : 'nothing' };
      }, control);
      if (!next.ok) problems.push(`after opening the menu, Tab goes to ${next.focused}, not the first link`);
    }
    await control.dispose();
    if (problems.length) return fail(`the navigation at 320px: ${problems.join('; ')}`);
    return { hasNav: true, ok: true };
  }

  async favicon(page, p) {
    const href = await page.evaluate(inPage, { what: 'favicon' });
    if (!href) return this.fail(`${p.file}: no favicon link (link rel="icon" in the head)`);
    if (href.startsWith('data:')) {
      this.figures.favicons++;
      return;
    }
    if (!this.isLocal(href)) return this.fail(`${p.file}: the favicon ${href} is not on this site`);
    if (!this.faviconStatus.has(href)) {
      this.faviconStatus.set(
        href,
        this.request.get(href, { failOnStatusCode: false, timeout: 10_000 }).then(
          (res) => res.status(),
          (err) => `no answer (${err.message.split('\n')[0]})`,
        ),
      );
    }
    const status = await this.faviconStatus.get(href);
    if (status === 200) this.figures.favicons++;
    else this.fail(`${p.file}: the favicon ${new URL(href).pathname} answered ${status}`);
  }
}
