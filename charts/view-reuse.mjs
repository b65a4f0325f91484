// Drawings of one shape (shared-compile.mjs) drawn by one Vega view, its
// rows swapped for each drawing, rather than a view built for each. Building
// a view (its operators, their expressions) and running its dataflow from
// nothing are most of what a shared drawing costs; a kept view reruns only
// what the new rows change, in under half the time.
//
// A kept view must end up exactly as a new one would, so before each drawing
// it is brought back to a new view's state:
//   - its rows are emptied and the dataflow run, so the items the last
//     drawing made from them leave the scenegraph; with cleanThreshold 0
//     for that run the joins forget them, and the new rows make new items
//     in their own order (a join keyed by value, such as an axis's ticks,
//     would otherwise keep an old tick where it was and draw the new ones
//     after it);
//   - width and height go back to the spec's, and the signals whose
//     handlers ask for the autosize layout are touched, as they are first
//     thing in a new view;
//   - the description and the rows go in, and the dataflow runs.
// Two things a kept view cannot undo are checked at each drawing, and a new
// view draws it instead (render-charts.mjs): ticks that the spec alone
// gives survive the run with no rows (`keyedInOrder` below), and clip-path
// and gradient ids are kept on their items (any `url(#` in the SVG).
// Only shapes made of operators known to keep nothing else from one run to
// the next are drawn this way (`stateless`: every type the builders'
// charts use was checked, drawing a thousand charts both ways). Any other
// shape, or one whose rows are not a data source's input, gets a new view
// for every drawing, as before. With CANDOUR_VERIFY_CHARTS=1 every drawing
// is also made from scratch and compared (render-charts.mjs).

// Operator types whose state a run with no rows clears, or that hold none.
// Facets are not here: a group mark's join keeps its items (clean: false).
const stateless = new Set([
  'aggregate', 'axisticks', 'bound', 'collect', 'datajoin', 'encode', 'extent', 'filter', 'formula',
  'legendentries', 'mark', 'multiextent', 'operator', 'overlap', 'proxy', 'relay',
  'render', 'scale', 'sieve', 'sortitems', 'stack', 'values', 'viewlayout',
]);

// The data source each rows slot feeds: [[name, slot]], or null when the
// shape's view cannot be kept.
export function keptSources(prepared) {
  const ops = prepared.runtime.operators;
  if (!Array.isArray(ops) || !ops.every((op) => stateless.has(String(op.type).toLowerCase()))) return null;
  const sources = [];
  for (const [path, kind, slot] of prepared.at) {
    if (kind !== 'rows') continue;
    const [where, index, value, ingest] = path;
    if (path.length !== 4 || where !== 'operators' || value !== 'value' || ingest !== '$ingest') return null;
    const names = Object.entries(ops[index].data ?? {}).filter(([, roles]) => roles.includes('input'));
    if (names.length !== 1) return null;
    sources.push([names[0][0], slot]);
  }
  return sources.length ? sources : null;
}

// Marks whose join is keyed by value (vega-parser's guides). Ticks a spec
// fixes, or that its constants alone give (a target in a scale's domain,
// zero), are drawn even with no rows, so their items outlive the run that
// clears the view; an item whose key comes back keeps its place before the
// new ones. A new view makes every item in the order of its data, whose
// tuples are numbered in that order: the kept view's drawing is the same
// only if each keyed mark's items are in the order of their data's ids.
const keyedRoles = new Set(['axis-grid', 'axis-tick', 'axis-label', 'legend-band', 'legend-label', 'legend-symbol']);

function inDataOrder(items, tupleid) {
  return items.every((item, i) => i === 0 || tupleid(items[i - 1].datum) < tupleid(item.datum));
}

export function keyedInOrder(scene, tupleid) {
  const items = scene.items ?? [];
  if (keyedRoles.has(scene.role) && !inDataOrder(items, tupleid)) return false;
  return items.every((item) => (item.items ?? []).every((mark) => keyedInOrder(mark, tupleid)));
}

function replaceRows(view, sources, rows) {
  for (const [name, slot] of sources) view.data(name, rows[slot]);
}

// Brings a kept view back to a new view's state with this drawing's rows
// and description (see the top of this file). `quiet` runs with warnings
// going nowhere: an empty chart's warnings belong to no drawing.
export async function reload(kept, rows, description, quiet) {
  const {view, sources, width, height} = kept;
  await quiet(async () => {
    view.cleanThreshold = 0;
    replaceRows(view, sources, sources.map(() => []));
    await view.runAsync();
  });
  // Back to Vega's own threshold, as a new view drawing these rows has it.
  delete view.cleanThreshold;
  // Touched even where unchanged: a new view's first run evaluates every
  // operator, the handlers of these three among them, and they ask the
  // autosize layout to run.
  const force = {force: true};
  view.signal('width', width, force).signal('height', height, force).signal('padding', view.padding(), force);
  if (description !== undefined) view.description(description);
  replaceRows(view, sources, rows);
}

// What a kept view needs: the sizes a new view starts from, so taken
// before its first run (the autosize layout changes them).
export function keep(view, sources) {
  return {view, sources, width: view.width(), height: view.height()};
}
