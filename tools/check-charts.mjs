// Opens pages of a built site in headless Chromium with JavaScript switched
// off, checks that every chart is there as an inline SVG image with a text
// alternative and a visible size, that the page reports no
// Content-Security-Policy violation, and saves a screenshot of each chart.
//
//   node tools/check-charts.mjs SITE_DIR [SCREENSHOT_DIR] [--width=1100] [--scripts] [--base=URL]
//
// --scripts runs the pages' own scripts (to check interactive charts);
// --base loads pages from a server of SITE_DIR (http://127.0.0.1:8000/)
// instead of file://, which is what fetching a chart's spec needs.
// Talks to Chromium over --remote-debugging-pipe, so it needs no npm package.
// Exit status 1 if a page has a problem.
import {spawn} from 'node:child_process';
import {mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = Object.fromEntries(
  process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')).map(([k, v]) => [k, v ?? true]));
const [siteDir, shotDir] = args;
const width = Number(flags.width || 1100);
if (!siteDir) {
  console.error('usage: node tools/check-charts.mjs SITE_DIR [SCREENSHOT_DIR] [--width=1100] [--scripts]');
  process.exit(2);
}

function pages(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pages(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

// A minimal Chrome DevTools Protocol client over the pipe (fd 3 in, fd 4 out,
// messages separated by NUL).
function browser() {
  const profile = mkdtempSync(join(tmpdir(), 'candour-chromium-'));
  const child = spawn('chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
    `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank',
  ], {stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe']});
  const pending = new Map();
  const listeners = [];
  let nextId = 1;
  let buffer = '';
  child.stdio[4].on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id && pending.has(message.id)) {
        const {resolve, reject} = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result);
      } else {
        for (const l of listeners) l(message);
      }
    }
  });
  const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, {resolve, reject});
    child.stdio[3].write(JSON.stringify({id, method, params, sessionId}) + '\0');
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const close = async () => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    send('Browser.close').catch(() => {});
    await exited;
    clearTimeout(timer);
    rmSync(profile, {recursive: true, force: true});
  };
  return {send, on: (l) => listeners.push(l), close};
}

async function openTab(b) {
  const {targetId} = await b.send('Target.createTarget', {url: 'about:blank'});
  const {sessionId} = await b.send('Target.attachToTarget', {targetId, flatten: true});
  const s = (method, params) => b.send(method, params, sessionId);
  await s('Page.enable');
  await s('Log.enable');
  await s('Emulation.setScriptExecutionDisabled', {value: !flags.scripts});
  await s('Emulation.setDeviceMetricsOverride', {width, height: 900, deviceScaleFactor: 1, mobile: false});
  return {s, sessionId};
}

const chartsInPage = `(() => [...document.querySelectorAll('.chart')].map((c) => {
  // The drawing shown at this width (a chart has a wide and a narrow one; one is display: none).
  const svg = [...c.querySelectorAll('svg')].find((el) => el.getClientRects().length > 0) || c.querySelector('svg');
  const r = (svg || c).getBoundingClientRect();
  const ids = (svg && (svg.getAttribute('aria-labelledby') || '') + ' ' + (svg.getAttribute('aria-describedby') || '')) || '';
  const labelled = svg && (svg.getAttribute('aria-labelledby') || '').trim();
  const named = !!labelled && ids.trim().split(/\\s+/).every((id) => document.getElementById(id));
  return {id: c.id, svg: !!svg, embedded: !!c.querySelector('.vega-embed'), role: svg && svg.getAttribute('role'), named, inline: !!svg && !svg.closest('object,iframe'),
    title: svg && svg.querySelector('title') ? svg.querySelector('title').textContent : '',
    texts: svg ? svg.querySelectorAll('text').length : 0,
    x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height};
}))()`;

// Resolves with the first protocol event that `test` accepts.
const waiting = [];
function waitFor(test) {
  return new Promise((resolve) => waiting.push({test, resolve}));
}

// With scripts on: the centre of the first point or bar of each redrawn chart.
const markCentres = `(() => [...document.querySelectorAll('.chart .vega-embed svg')].map((svg) => {
  const mark = svg.querySelector('[aria-roledescription="point"], [aria-roledescription="bar"]');
  if (!mark) return null;
  const r = mark.getBoundingClientRect();
  return {x: r.left + r.width / 2, y: r.top + r.height / 2, top: r.top + window.scrollY};
}).filter(Boolean))()`;

// Hovers over one mark of each redrawn chart and reads the tooltip it shows.
async function tooltips(tab) {
  let shown = 0;
  const {result} = await tab.s('Runtime.evaluate', {expression: markCentres, returnByValue: true});
  for (const m of result.value) {
    await tab.s('Runtime.evaluate', {expression: `window.scrollTo(0, ${m.top - 300})`});
    const {result: at} = await tab.s('Runtime.evaluate', {expression: markCentres, returnByValue: true});
    const here = at.value.find((c) => Math.abs(c.top - m.top) < 1) || m;
    await tab.s('Input.dispatchMouseEvent', {type: 'mouseMoved', x: here.x, y: here.y});
    await new Promise((r) => setTimeout(r, 150));
    const {result: tip} = await tab.s('Runtime.evaluate', {returnByValue: true,
      expression: `(() => { const t = document.getElementById('vg-tooltip-element');
        return t && t.classList.contains('visible') ? t.textContent : ''; })()`});
    if (tip.value) shown++;
    await tab.s('Input.dispatchMouseEvent', {type: 'mouseMoved', x: 1, y: 1});
  }
  return shown;
}

async function check(tab, file) {
  const loaded = waitFor((m) => m.method === 'Page.loadEventFired' && m.sessionId === tab.sessionId);
  const url = flags.base ? new URL(relative(siteDir, file), flags.base).href : 'file://' + file;
  await tab.s('Page.navigate', {url});
  await loaded;
  if (flags.scripts) await new Promise((r) => setTimeout(r, 1500));  // let fetches and vega-embed finish
  const {result} = await tab.s('Runtime.evaluate', {expression: chartsInPage, returnByValue: true});
  return result.value;
}

const b = browser();
const problems = [];
const violations = [];
let pagesChecked = 0;
let chartsSeen = 0;
b.on((m) => {
  for (const w of waiting.filter((w) => w.test(m))) {
    waiting.splice(waiting.indexOf(w), 1);
    w.resolve(m);
  }
  if (m.method === 'Log.entryAdded' && /Content Security Policy|Refused to/.test(m.params.entry.text)) {
    violations.push(m.params.entry.text);
  }
});
try {
  const tab = await openTab(b);
  if (shotDir) mkdirSync(shotDir, {recursive: true});
  for (const file of pages(siteDir)) {
    const name = relative(siteDir, file);
    const before = violations.length;
    const charts = await check(tab, file);
    pagesChecked++;
    for (const c of charts) {
      chartsSeen++;
      const where = `${name} #${c.id}`;
      if (!c.svg) problems.push(`${where}: no inline SVG`);
      else if (c.role !== 'img' || !c.named || !c.title) problems.push(`${where}: SVG without role="img" and a title and description`);
      else if (c.width < 100 || c.height < 100 || c.texts === 0) problems.push(`${where}: drawn at ${c.width}x${c.height} with ${c.texts} texts`);
      if (shotDir && c.svg && c.width > 0) {
        const {data} = await tab.s('Page.captureScreenshot', {format: 'png', captureBeyondViewport: true,
          clip: {x: c.x, y: c.y, width: c.width, height: c.height, scale: 1}});
        writeFileSync(join(shotDir, name.replace(/\/index\.html$/, '').replace(/[/.]/g, '_') + '--' + c.id + '.png'),
          Buffer.from(data, 'base64'));
      }
    }
    for (const v of violations.slice(before)) problems.push(`${name}: ${v}`);
    const embedded = charts.filter((c) => c.embedded).length;
    const tips = flags.scripts && embedded ? await tooltips(tab) : 0;
    if (charts.length) {
      console.log(`${name}: ${charts.length} chart${charts.length === 1 ? '' : 's'}` +
        (flags.scripts ? `, ${embedded} redrawn by vega-embed, ${tips} showing a tooltip` : ''));
    }
  }
} finally {
  await b.close();
}
console.log(`check-charts: ${pagesChecked} pages, ${chartsSeen} charts, ${problems.length} problems` +
  ` (JavaScript ${flags.scripts ? 'on' : 'off'}, ${width} px wide)`);
for (const p of problems) console.log('  ' + p);
process.exit(problems.length ? 1 : 0);
