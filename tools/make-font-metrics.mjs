// Writes charts/font-metrics.json: the advance width of each character of
// Liberation Sans (metric-compatible with Arial), regular and bold, read from
// the font files Debian installs. The chart renderer gives these to Vega so
// that text is measured as a browser would, without node-canvas.
//
//   node tools/make-font-metrics.mjs [/usr/share/fonts/truetype/liberation]
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const fontDir = process.argv[2] || '/usr/share/fonts/truetype/liberation';
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'charts', 'font-metrics.json');

// Printable ASCII, Latin-1 letters and the punctuation pages use (– — ‘ ’ “ ” … £ €).
const codepoints = [];
for (let c = 0x20; c <= 0x7e; c++) codepoints.push(c);
for (let c = 0xa0; c <= 0xff; c++) codepoints.push(c);
codepoints.push(0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x20ac, 0x2212);

function tables(font) {
  const count = font.readUInt16BE(4);
  const found = {};
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    found[font.toString('latin1', at, at + 4)] = font.readUInt32BE(at + 8);
  }
  return found;
}

// The glyph of each character, from the Unicode BMP subtable (format 4).
function glyphIndex(font, cmap) {
  const n = font.readUInt16BE(cmap + 2);
  let sub = -1;
  for (let i = 0; i < n; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = font.readUInt16BE(rec), encoding = font.readUInt16BE(rec + 2);
    if ((platform === 3 && encoding === 1) || (platform === 0 && encoding === 3)) sub = cmap + font.readUInt32BE(rec + 4);
  }
  if (sub < 0 || font.readUInt16BE(sub) !== 4) throw new Error('no format 4 Unicode cmap');
  const segs = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, offsets = deltas + 2 * segs;
  return (cp) => {
    for (let s = 0; s < segs; s++) {
      if (cp > font.readUInt16BE(ends + 2 * s)) continue;
      const start = font.readUInt16BE(starts + 2 * s);
      if (cp < start) return 0;
      const delta = font.readInt16BE(deltas + 2 * s), ro = font.readUInt16BE(offsets + 2 * s);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = font.readUInt16BE(offsets + 2 * s + ro + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

function widths(file) {
  const font = readFileSync(file);
  const t = tables(font);
  const unitsPerEm = font.readUInt16BE(t.head + 18);
  const longMetrics = font.readUInt16BE(t.hhea + 34);
  const glyph = glyphIndex(font, t.cmap);
  const advance = (g) => font.readUInt16BE(t.hmtx + 4 * Math.min(g, longMetrics - 1));
  const map = {};
  for (const cp of codepoints) {
    const g = glyph(cp);
    if (g) map[String.fromCodePoint(cp)] = Math.round((1000 * advance(g)) / unitsPerEm);
  }
  return map;
}

const metrics = {
  font: 'Liberation Sans',
  units: 'thousandths of the font size',
  regular: widths(join(fontDir, 'LiberationSans-Regular.ttf')),
  bold: widths(join(fontDir, 'LiberationSans-Bold.ttf')),
};
writeFileSync(out, JSON.stringify(metrics, null, 1) + '\n');
console.log(`wrote ${out}: ${Object.keys(metrics.regular).length} characters`);
