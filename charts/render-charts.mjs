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
// (shared-compile.mjs); the SVG is the same byte for byte.
import {readFileSync} from 'node:fs';
import {createInterface} from 'node:readline';

// CANDOUR_VERIFY_CHARTS=1 (set by the tests): draw every chart twice, from
// a shared compile and on its own, and fail on any difference.
const verify = process.env.CANDOUR_VERIFY_CHARTS === '1';

function send(message) {
  process.stdout.write(JSON.stringify(message) + '\n');
}

let vega, vl, instantiate, prepare, shapeOf;
try {
  vega = await import('vega');
  vl = await import('vega-lite');
  ({instantiate, prepare, shapeOf} = await import('./shared-compile.mjs'));
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
// report them against the chart they are about.
function collector(warnings) {
  return vega.logger(vega.Warn, undefined, (method, level, input) => {
    warnings.push(Array.from(input, String).join(' '));
  });
}

// Compiles and parses a whole spec: the reference every drawing must match.
function compileAlone(spec, warnings) {
  const compiled = vl.compile(spec, {logger: collector(warnings)}).spec;
  return vega.parse(compiled);
}

// Parsed shapes by their JSON (shared-compile.mjs); null: cannot share.
const shapes = new Map();

function sharedRuntime(spec, warnings) {
  const parts = shapeOf(spec);
  if (!parts) return null;
  const key = JSON.stringify(parts.shape);
  if (!shapes.has(key)) {
    shapes.set(key, prepare(parts.shape, parts.rows.length, (shape) => {
      const compileWarnings = [];
      return {runtime: compileAlone(shape, compileWarnings), warnings: compileWarnings};
    }));
  }
  const prepared = shapes.get(key);
  if (!prepared) return null;
  warnings.push(...prepared.warnings);
  return instantiate(prepared, parts.rows, parts.description);
}

async function draw(runtime, warnings) {
  // Clip-path and gradient ids count up across a process; restarting them
  // makes a chart's SVG the same wherever it falls in a build.
  vega.resetSVGDefIds();
  const view = new vega.View(runtime, {renderer: 'none', logger: collector(warnings)});
  try {
    return {svg: await view.toSVG(), warnings};
  } finally {
    view.finalize();
  }
}

async function render(spec) {
  const fresh = verify ? structuredClone(spec) : null;
  const warnings = [];
  const shared = sharedRuntime(spec, warnings);
  const drawn = await draw(shared ?? compileAlone(spec, warnings), warnings);
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
