// candour's chart renderer: one long-lived process per build that turns
// Vega-Lite specs into SVG, so Node and Vega start once however many charts
// a site has.
//
// Protocol (newline-delimited JSON on stdin and stdout, one line each):
//   first line out:  {"ready":true,"vega":"5.33.1","vegaLite":"5.23.0"}
//                or  {"fatal":"...why..."} and exit status 2
//   request in:      {"id":"...","spec":{...Vega-Lite...}}
//   response out:    {"id":"...","svg":"<svg ...>","warnings":[...]}  or  {"id":"...","error":"..."}
//                    (warnings: what Vega-Lite and Vega said about the spec)
// Requests are answered one at a time, in order. The process ends when
// stdin closes. Specs that differ only in their rows share one compile
// (shared-compile.mjs) and, where it can be kept, one Vega view
// (view-reuse.mjs); the SVG is the same byte for byte.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {createInterface} from 'node:readline';
import {fileURLToPath} from 'node:url';

// CANDOUR_VERIFY_CHARTS=1 (set by the tests): draw every chart twice, from
// a shared compile and on its own, and fail on any difference.
const verify = process.env.CANDOUR_VERIFY_CHARTS === '1';

function send(message) {
  process.stdout.write(JSON.stringify(message) + '\n');
}

let vega, vl, instantiate, prepare, shapeOf, keptSources, keep, reload, keyedInOrder;
try {
  // Found as import finds them (the same files, the same error when
  // missing) but loaded with require: both packages are CommonJS, and
  // importing them makes Node scan their source for exports first (a third
  // of the time a renderer takes to start).
  const require = createRequire(import.meta.url);
  const load = (name) => require(fileURLToPath(import.meta.resolve(name)));
  vega = load('vega');
  vl = load('vega-lite');
  ({instantiate, prepare, shapeOf} = await import('./shared-compile.mjs'));
  ({keptSources, keep, reload, keyedInOrder} = await import('./view-reuse.mjs'));
} catch (e) {
  send({fatal: `cannot load vega and vega-lite (${e.code || e.message})`});
  process.exit(2);
}

// Without node-canvas Vega guesses every character as 0.8 of the font size
// wide, which is 1.3 to 2 times too wide: labels truncate and padding grows.
// Real advance widths of Liberation Sans (the first font the charts ask for,
// and metric-compatible with Arial) make the layout match what browsers draw.
const metrics = JSON.parse(readFileSync(new URL('./font-metrics.json', import.meta.url), 'utf8'));
const averageWidth = (table) => {
  const widths = Object.values(table);
  return widths.reduce((a, b) => a + b, 0) / widths.length;
};
const fallback = {regular: averageWidth(metrics.regular), bold: averageWidth(metrics.bold)};

function isBold(weight) {
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

function textWidth(item, text) {
  const line = text == null ? '' : String(text).trim();
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const face = isBold(item.fontWeight) ? 'bold' : 'regular';
  let width = 0;
  for (const ch of line) width += metrics[face][ch] ?? fallback[face];
  width = (width * size) / 1000;
  // Vega's own estimate accounts for truncation to `limit`; so does this.
  return item.limit > 0 ? Math.min(width, item.limit) : width;
}
vega.textMetrics.width = textWidth;

// Warnings go back with the SVG rather than to stderr, so candour can
// report them against the chart they are about. `sink.warnings` is where
// they go: a kept view (view-reuse.mjs) logs into a different drawing's
// list each time.
function collector(sink) {
  return vega.logger(vega.Warn, undefined, (method, level, input) => {
    sink.warnings?.push(Array.from(input, String).join(' '));
  });
}

// Compiles and parses a whole spec: the reference every drawing must match.
function compileAlone(spec, warnings) {
  const compiled = vl.compile(spec, {logger: collector({warnings})}).spec;
  return vega.parse(compiled);
}

// Parsed shapes by their JSON (shared-compile.mjs); null: cannot share.
const shapes = new Map();

function preparedShape(parts) {
  const key = JSON.stringify(parts.shape);
  if (!shapes.has(key)) {
    const prepared = prepare(parts.shape, parts.rows.length, (shape) => {
      const compileWarnings = [];
      return {runtime: compileAlone(shape, compileWarnings), warnings: compileWarnings};
    });
    if (prepared) Object.assign(prepared, {sources: keptSources(prepared), misses: 0});
    shapes.set(key, prepared);
  }
  return shapes.get(key);
}

async function toSVG(view, warnings) {
  // Clip-path and gradient ids count up across a process; restarting them
  // makes a chart's SVG the same wherever it falls in a build.
  vega.resetSVGDefIds();
  return {svg: await view.toSVG(), warnings};
}

// A new view for one drawing, finalized once drawn.
async function draw(runtime, warnings) {
  const view = new vega.View(runtime, {renderer: 'none', logger: collector({warnings})});
  try {
    return await toSVG(view, warnings);
  } finally {
    view.finalize();
  }
}

// The shape's kept view, made with this drawing's rows and kept for the
// next; what building it logged is said again for every drawing.
async function drawFirst(prepared, parts, warnings) {
  const sink = {warnings: []};
  const view = new vega.View(instantiate(prepared, parts.rows, parts.description), {
    renderer: 'none',
    logger: collector(sink),
  });
  const kept = {...keep(view, prepared.sources), sink, built: sink.warnings};
  warnings.push(...kept.built);
  sink.warnings = warnings;
  const drawn = await toSVG(view, warnings);
  prepared.kept = kept;
  // A clip path's or gradient's id is kept on its item or fill, numbered
  // when first drawn: a kept view's would not restart with the drawing.
  if (hasIds(drawn.svg)) {
    drop(prepared);
    prepared.sources = null;
  }
  return drawn;
}

function hasIds(svg) {
  return svg.includes('url(#');
}

// Null when the kept view's drawing could differ from a new view's: its
// keyed marks out of their data's order (view-reuse.mjs), or ids in it.
async function drawKept(kept, parts, warnings) {
  const quiet = async (run) => {
    kept.sink.warnings = null;
    await run();
  };
  await reload(kept, parts.rows, parts.description, quiet);
  const mine = [...kept.built];
  kept.sink.warnings = mine;
  await kept.view.runAsync();
  if (!keyedInOrder(kept.view.scenegraph().root, vega.tupleid)) return null;
  const drawn = await toSVG(kept.view, mine);
  if (hasIds(drawn.svg)) return null;
  warnings.push(...mine);
  return {svg: drawn.svg, warnings};
}

// Shapes with a kept view, least recently drawn first. A view holds its
// whole scenegraph, so a site of thousands of shapes keeps only the last
// few; dropping one changes nothing but the time its next drawing takes.
const keptViews = new Set();
const maxKeptViews = 64;
const maxMisses = 3;

function drop(prepared) {
  prepared.kept?.view.finalize();
  prepared.kept = null;
  keptViews.delete(prepared);
}

function touchKept(prepared) {
  keptViews.delete(prepared);
  keptViews.add(prepared);
  if (keptViews.size > maxKeptViews) drop(keptViews.values().next().value);
}

// Drawn from the shape's compile: by its kept view when it has one, else by
// a new view from a copy of the parsed runtime. A kept view that fails is
// dropped, so the next drawing of its shape starts from a new one.
async function drawShared(prepared, parts, warnings) {
  warnings.push(...prepared.warnings);
  if (!prepared.sources) return draw(instantiate(prepared, parts.rows, parts.description), warnings);
  try {
    // A kept view that cannot draw this chart as a new one would is
    // replaced by a new one, made with this drawing's rows; a shape whose
    // kept views keep failing so is no longer kept, as each miss draws twice.
    const drawn = prepared.kept ? await drawKept(prepared.kept, parts, warnings) : null;
    if (drawn) {
      touchKept(prepared);
      return drawn;
    }
    const missed = Boolean(prepared.kept);
    drop(prepared);
    if (missed && ++prepared.misses >= maxMisses) {
      prepared.sources = null;
      return draw(instantiate(prepared, parts.rows, parts.description), warnings);
    }
    const first = await drawFirst(prepared, parts, warnings);
    if (prepared.kept) touchKept(prepared);
    return first;
  } catch (e) {
    drop(prepared);
    throw e;
  }
}

async function render(spec) {
  const fresh = verify ? structuredClone(spec) : null;
  const warnings = [];
  const parts = shapeOf(spec);
  const prepared = parts && preparedShape(parts);
  const drawn = prepared ? await drawShared(prepared, parts, warnings) : await draw(compileAlone(spec, warnings), warnings);
  if (verify) {
    const alone = [];
    const expected = await draw(compileAlone(fresh, alone), alone);
    if (expected.svg !== drawn.svg || JSON.stringify(expected.warnings) !== JSON.stringify(drawn.warnings)) {
      throw new Error('the chart drawn from a shared compile differs from the same chart drawn on its own');
    }
  }
  return drawn;
}

send({ready: true, vega: vega.version, vegaLite: vl.version});

const lines = createInterface({input: process.stdin, crlfDelay: Infinity});
for await (const line of lines) {
  if (!line.trim()) continue;
  let id = null;
  try {
    const request = JSON.parse(line);
    id = request.id;
    send({id, ...(await render(request.spec))});
  } catch (e) {
    send({id, error: String(e && e.message ? e.message : e)});
  }
}
