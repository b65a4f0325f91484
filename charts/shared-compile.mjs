// Drawings that differ only in their data share one Vega-Lite compile and
// one Vega parse. A build's charts come from a handful of builders, so most
// specs are the same but for their inline rows and their top-level
// description; compiling and parsing are about two thirds of the time a
// drawing takes, and neither looks at the rows.
//
// The spec's *shape* is the spec with each inline `data.values` array and the
// top-level `description` replaced by a placeholder. The shape is compiled
// and parsed once; each drawing takes a copy of the parsed runtime and puts
// its own rows and description where the placeholders landed. Anything
// unusual (rows that are not objects, named datasets, a placeholder that
// turns up anywhere but in place) means no sharing: that spec is compiled
// on its own, exactly as before. With CANDOUR_VERIFY_CHARTS=1 the renderer
// also draws every chart from scratch and refuses any difference
// (render-charts.mjs), which is how the tests prove the two are the same.

const SLOT = '__candour_rows__';
const DESCRIPTION = '__candour_description__';

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// {shape, rows, description} or null when the spec cannot share a compile.
export function shapeOf(spec) {
  if (!isPlainObject(spec) || 'datasets' in spec) return null;
  const rows = [];
  let ok = true;
  const copy = (node, key) => {
    if (Array.isArray(node)) return node.map((item) => copy(item, null));
    if (!isPlainObject(node)) return node;
    if (key === 'data' && Array.isArray(node.values)) {
      if (!node.values.length || !node.values.every(isPlainObject)) ok = false;
      rows.push(node.values);
      return {...node, values: [{[SLOT]: rows.length - 1}]};
    }
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = copy(v, k);
    return out;
  };
  const shape = copy(spec, null);
  if (!ok) return null;
  const description = spec.description;
  if (typeof description === 'string') shape.description = DESCRIPTION;
  return {shape, rows, description};
}

// Where the placeholders are in a parsed runtime: [path, kind, slot] with
// kind 'rows' or 'description'.
function placeholders(runtime) {
  const found = [];
  const walk = (node, path) => {
    if (node === DESCRIPTION) found.push([path, 'description', 0]);
    if (Array.isArray(node)) {
      if (node.length === 1 && isPlainObject(node[0]) && SLOT in node[0]) {
        found.push([path, 'rows', node[0][SLOT]]);
        return;
      }
      node.forEach((item, i) => walk(item, [...path, i]));
    } else if (isPlainObject(node)) {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    }
  };
  walk(runtime, []);
  return found;
}

function count(text, word) {
  return text.split(word).length - 1;
}

// A parsed shape: the runtime to copy, where each placeholder went and the
// compile's warnings; null if a placeholder went anywhere else as well
// (copied into an expression, say), when the rows could not be put back.
export function prepare(shape, rowCount, compile) {
  const {runtime, warnings} = compile(shape);
  const at = placeholders(runtime);
  const text = JSON.stringify(runtime);
  const rows = at.filter(([, kind]) => kind === 'rows');
  const descriptions = at.length - rows.length;
  const slots = new Set(rows.map(([, , slot]) => slot));
  if (count(text, SLOT) !== rows.length || count(text, DESCRIPTION) !== descriptions) return null;
  if (slots.size !== rowCount || rows.length !== rowCount) return null;
  return {runtime, at, warnings};
}

function setAt(root, path, value) {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = value;
}

// A fresh runtime for one drawing: the shape's, with this spec's rows and
// description in place.
export function instantiate(prepared, rows, description) {
  const runtime = structuredClone(prepared.runtime);
  for (const [path, kind, slot] of prepared.at) setAt(runtime, path, kind === 'rows' ? rows[slot] : description);
  return runtime;
}
