// Checks that every internal link and asset of a built site resolves to a
// file in the site folder, and every #fragment to an element id there. It
// reads files directly: no server, nothing fetched.
//
// A reference is internal when it is relative ("../about/", "#top",
// "/rasso/x/") or an absolute URL inside the site's base URL (the canonical
// link, the sitemap). Relative references must stay inside the base URL.
// Other schemes (mailto:, tel:) and other sites are counted, not followed.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cssUrls, pageReferences } from './html-scan.mjs';

export async function listFiles(root) {
  const out = [];
  async function walk(dir) {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out.push(path.relative(root, p).split(path.sep).join('/'));
    }
  }
  await walk(root);
  return out.sort();
}

// The public URL of a file of the site: "reports/index.html" -> base + "reports/".
export function urlOfFile(baseUrl, rel) {
  const pretty = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return new URL(pretty.split('/').map(encodeURIComponent).join('/'), baseUrl).href;
}

function isRelative(ref) {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(ref) && !ref.startsWith('//');
}

export async function checkLinks(siteDir, baseUrl) {
  const base = new URL(baseUrl);
  const files = await listFiles(siteDir);
  const fileSet = new Set(files);
  const idsOf = new Map(); // html file -> Set of ids
  const problems = [];
  const stats = { files: 0, references: 0, internal: 0, fragments: 0, external: 0, other: 0 };

  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const parsed = new Map();
  for (const f of htmlFiles) {
    const html = await fs.readFile(path.join(siteDir, f), 'utf8');
    const page = pageReferences(html);
    parsed.set(f, page);
    idsOf.set(f, page.ids);
  }

  // Maps a URL inside the site to its file, or null.
  function fileOfUrl(url) {
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return { outside: true };
    let rel;
    try {
      rel = decodeURIComponent(url.pathname.slice(base.pathname.length));
    } catch {
      return { file: null, reason: 'a malformed %-escape' };
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    if (fileSet.has(rel)) return { file: rel };
    if (fileSet.has(rel + '/index.html')) {
      return { file: null, reason: `a folder without its trailing '/' (works only through a server's redirect)` };
    }
    return { file: null, reason: `no file ${rel}` };
  }

  function check(from, line, what, ref, docUrl) {
    stats.references++;
    const where = `${from}:${line}`;
    if (ref === '') {
      problems.push(`${where}: ${what} is empty`);
      return;
    }
    let url;
    try {
      url = new URL(ref, docUrl);
    } catch {
      problems.push(`${where}: ${what} '${ref}' is not a valid URL`);
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      stats.other++; // mailto:, tel:, data:
      return;
    }
    const target = fileOfUrl(url);
    if (target.outside) {
      if (isRelative(ref)) {
        problems.push(`${where}: ${what} '${ref}' leads outside the site (${base.href})`);
      } else {
        stats.external++;
      }
      return;
    }
    stats.internal++;
    if (!target.file) {
      problems.push(`${where}: broken link: ${what} '${ref}' leads to ${target.reason}`);
      return;
    }
    if (url.hash && url.hash !== '#') {
      stats.fragments++;
      let id;
      try {
        id = decodeURIComponent(url.hash.slice(1));
      } catch {
        problems.push(`${where}: ${what} '${ref}' has a malformed fragment`);
        return;
      }
      const ids = idsOf.get(target.file);
      if (!ids) {
        problems.push(`${where}: broken link: ${what} '${ref}' has a #fragment but ${target.file} is not a page`);
      } else if (!ids.has(id) && id !== 'top') {
        problems.push(`${where}: broken link: ${what} '${ref}': ${target.file} has no element with id '${id}'`);
      }
    }
  }

  for (const f of htmlFiles) {
    stats.files++;
    const page = parsed.get(f);
    let docUrl = urlOfFile(base, f);
    if (page.base) docUrl = new URL(page.base, docUrl).href;
    for (const r of page.refs) check(f, r.line, r.what, r.url, docUrl);
  }
  for (const f of files.filter((x) => x.endsWith('.css'))) {
    stats.files++;
    const css = await fs.readFile(path.join(siteDir, f), 'utf8');
    for (const u of cssUrls(css)) {
      if (u.url.startsWith('data:')) {
        stats.references++;
        stats.other++;
        continue;
      }
      check(f, u.line, 'url()', u.url, urlOfFile(base, f));
    }
  }
  if (fileSet.has('sitemap.xml')) {
    stats.files++;
    const xml = await fs.readFile(path.join(siteDir, 'sitemap.xml'), 'utf8');
    const re = /<loc>\s*([^<]*?)\s*<\/loc>/g;
    for (let m; (m = re.exec(xml)); ) {
      const line = xml.slice(0, m.index).split('\n').length;
      const loc = m[1].replace(/&amp;/g, '&');
      if (isRelative(loc) || !loc.startsWith(base.href)) {
        problems.push(`sitemap.xml:${line}: <loc> '${loc}' is not an address inside ${base.href}`);
        continue;
      }
      check('sitemap.xml', line, '<loc>', loc, base.href);
    }
    // A bilingual site's alternates (<xhtml:link hreflang>) are pages too.
    const alt = /<xhtml:link\b[^>]*\bhref="([^"]*)"/g;
    for (let m; (m = alt.exec(xml)); ) {
      const line = xml.slice(0, m.index).split('\n').length;
      const href = m[1].replace(/&amp;/g, '&');
      if (isRelative(href) || !href.startsWith(base.href)) {
        problems.push(`sitemap.xml:${line}: <xhtml:link> '${href}' is not an address inside ${base.href}`);
        continue;
      }
      check('sitemap.xml', line, '<xhtml:link>', href, base.href);
    }
  }
  if (fileSet.has('robots.txt')) {
    stats.files++;
    const txt = await fs.readFile(path.join(siteDir, 'robots.txt'), 'utf8');
    txt.split('\n').forEach((l, idx) => {
      const m = /^\s*sitemap:\s*(\S+)/i.exec(l);
      if (m) check('robots.txt', idx + 1, 'Sitemap:', m[1], base.href);
    });
  }
  return { problems, stats, pages: htmlFiles };
}
