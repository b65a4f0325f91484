// A small HTML scanner: enough of the HTML tokenizer to find every start tag
// and its attributes (quoted, unquoted or bare), skipping comments, doctype,
// CDATA and the contents of raw-text elements. It is used to list the links,
// assets and ids of each built page; validity itself is the Nu checker's job.

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);?/g, (whole, body) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : whole;
  });
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);

function lineAt(text, offset) {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// Returns [{ name, attrs: Map(name -> value), line, text? }] for every start
// tag. For <style> elements, `text` holds the style sheet.
export function scanTags(html) {
  const tags = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? n : end + 1;
      continue;
    }
    const m = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 64));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const name = m[1].toLowerCase();
    let j = lt + m[0].length;
    const attrs = new Map();
    // Attributes, until '>' outside quotes.
    while (j < n) {
      while (j < n && /[\s/]/.test(html[j])) j++;
      if (j >= n || html[j] === '>') break;
      const nameMatch = /^[^\s"'>/=]+/.exec(html.slice(j, j + 256));
      if (!nameMatch) {
        j++;
        continue;
      }
      const attrName = nameMatch[0].toLowerCase();
      j += nameMatch[0].length;
      let k = j;
      while (k < n && /\s/.test(html[k])) k++;
      let value = '';
      if (html[k] === '=') {
        k++;
        while (k < n && /\s/.test(html[k])) k++;
        const q = html[k];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, k + 1);
          value = html.slice(k + 1, end === -1 ? n : end);
          j = end === -1 ? n : end + 1;
        } else {
          const um = /^[^\s>]*/.exec(html.slice(k, k + 4096));
          value = um[0];
          j = k + value.length;
        }
      }
      if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
    }
    const tag = { name, attrs, line: lineAt(html, lt) };
    tags.push(tag);
    i = j + 1;
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const end = close === -1 ? n : close;
      if (name === 'style') tag.text = html.slice(i, end);
      i = end;
    }
  }
  return tags;
}

// The URL references in a style sheet: url(...) and @import "...".
export function cssUrls(css) {
  const urls = [];
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const re = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g;
  for (let m; (m = re.exec(noComments)); ) {
    const url = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    urls.push({ url, line: lineAt(noComments, m.index) });
  }
  return urls;
}

// Which attributes of which elements hold URLs that a page loads or links to.
const URL_ATTRIBUTES = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  form: ['action'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
};

function splitSrcset(value) {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0])
    .filter(Boolean);
}

// Every URL reference in a page, the page's ids (and <a name>s), and its <base href>.
export function pageReferences(html) {
  const refs = [];
  const ids = new Set();
  let base = null;
  for (const tag of scanTags(html)) {
    if (tag.attrs.has('id')) ids.add(tag.attrs.get('id'));
    if (tag.name === 'a' && tag.attrs.has('name')) ids.add(tag.attrs.get('name'));
    if (tag.name === 'base' && tag.attrs.has('href') && base === null) base = tag.attrs.get('href');
    if (tag.name === 'style' && tag.text) {
      for (const u of cssUrls(tag.text)) refs.push({ url: u.url, line: tag.line + u.line - 1, what: 'style url()' });
    }
    for (const attr of URL_ATTRIBUTES[tag.name] || []) {
      if (!tag.attrs.has(attr)) continue;
      const value = tag.attrs.get(attr);
      const urls = attr === 'srcset' ? splitSrcset(value) : [value.trim()];
      for (const url of urls) refs.push({ url, line: tag.line, what: `<${tag.name} ${attr}>` });
    }
  }
  return { refs, ids, base };
}
