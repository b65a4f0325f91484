// Search for the search page (docs/search.md), with Pagefind's JavaScript
// API and no other code: the page's Content-Security-Policy allows only
// scripts from this site, so nothing here is inline and every result is
// built with DOM methods, never from HTML strings.
//
// Without JavaScript the page says so and links to the A to Z of pages;
// where the index is missing (in `candour serve`, or a build without
// Pagefind) it says that instead.
const container = document.getElementById('search');
const form = document.getElementById('search-form');
const input = document.getElementById('search-input');
const status = document.getElementById('search-status');
const results = document.getElementById('search-results');
const notice = document.getElementById('search-notice');

const root = new URL(container.dataset.pagefindRoot, document.baseURI);
const MAX_RESULTS = 20;
// The words come from the theme's catalogue, on the container's data
// attributes (data-none, data-more, data-found-one, data-found-other...),
// with their {placeholders} for this script to fill.
const words = container.dataset;
const plurals = new Intl.PluralRules(document.documentElement.lang || 'en-GB');

function fill(template, values) {
  return (template || '').replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

// The form of data-found-* for n, by the page language's plural rules.
function foundWords(n, query) {
  const category = plurals.select(n);
  const form = words[`found${category[0].toUpperCase()}${category.slice(1)}`] ?? words.foundOther;
  return fill(form, { count: n, query });
}
let latest = 0;

function say(text) {
  status.textContent = text;
}

// Pagefind marks the words found with <mark> in an excerpt that is
// otherwise plain text. It is parsed into an inert document and only its
// text and <mark> elements are copied, so no markup can get through.
function excerptNodes(excerpt) {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out = [];
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent));
    }
  }
  return out;
}

function resultItem(data) {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.className = 'search__result-title';
  link.href = data.url;
  link.textContent = data.meta && data.meta.title ? data.meta.title : data.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt || ''));
  li.append(link, excerpt);
  return li;
}

async function run(pagefind, query) {
  const ticket = ++latest;
  const text = query.trim();
  if (!text) {
    results.replaceChildren();
    say('');
    return;
  }
  const search = await pagefind.debouncedSearch(text, {}, 250);
  if (search === null || ticket !== latest) return; // a newer query took over
  const shown = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  if (ticket !== latest) return;
  results.replaceChildren(...shown.map(resultItem));
  const n = search.results.length;
  if (n === 0) say(fill(words.none, { query: text }));
  else if (n > MAX_RESULTS) say(fill(words.more, { count: n, query: text, shown: MAX_RESULTS }));
  else say(foundWords(n, text));
}

async function start() {
  let pagefind;
  try {
    pagefind = await import(new URL('pagefind/pagefind.js', root).href);
    await pagefind.options({ baseUrl: root.pathname });
    await pagefind.init();
  } catch {
    notice.textContent = `${words.unavailable} `;
    const link = document.createElement('a');
    link.href = new URL('a-to-z/', root).href;
    link.textContent = words.unavailableLink;
    notice.append(link);
    return;
  }
  notice.hidden = true;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(pagefind, input.value);
  });
  input.addEventListener('input', () => run(pagefind, input.value));
  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    input.value = query;
    run(pagefind, query);
  }
}

start();
