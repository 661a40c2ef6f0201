#!/usr/bin/env node
// Writes the add-in's ribbon and store icons as PNG files into assets/ with Node's zlib alone (no download,
// no image library). Two glyphs on a green rounded square: a table (打开进展情况表助手) and a check mark
// (一键校验), each at 16, 32, 64 and 80 px — the sizes manifest.xml names (Microsoft docs: "Icon element",
// sizes 16/32/80 required for ribbon buttons; 64 for HighResolutionIconUrl).
// Run: node scripts/make-icons.js  (the PNGs are committed; rerun only to change the drawing).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

/** Pixel sizes written for every glyph. */
const SIZES = [16, 32, 64, 80];

/** Fill colours as [r, g, b]. */
const GREEN = [33, 115, 70];
const WHITE = [255, 255, 255];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of a byte buffer, as the PNG chunk trailer needs it. */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * Encodes RGBA pixels (size × size, row-major, 4 bytes each) as a PNG file (colour type 6, 8 bits, no filter).
 * @param {number} size width and height in px
 * @param {Uint8Array} rgba size*size*4 bytes
 * @returns {Buffer} the PNG file
 */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Is the unit-square point (x, y) inside a rounded square with corner radius r and margin m? */
function inRoundedSquare(x, y, m, r) {
  const lo = m + r;
  const hi = 1 - m - r;
  const dx = x < lo ? lo - x : x > hi ? x - hi : 0;
  const dy = y < lo ? lo - y : y > hi ? y - hi : 0;
  return x >= m && x <= 1 - m && y >= m && y <= 1 - m && dx * dx + dy * dy <= r * r;
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by), all in unit-square coordinates. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const dx = px - (ax + t * vx);
  const dy = py - (ay + t * vy);
  return Math.sqrt(dx * dx + dy * dy);
}

/** The table glyph: white outline, a header bar and grid lines (3 rows × 3 columns). */
function tableGlyph(x, y, px) {
  const line = Math.max(px, 0.055);
  const l = 0.22, r = 0.78, t = 0.24, b = 0.78;
  if (x < l || x > r || y < t || y > b) return false;
  if (y < t + 0.14) return true; // header bar
  const near = (v, at) => Math.abs(v - at) <= line / 2;
  return near(x, l + line / 2) || near(x, r - line / 2) || near(y, b - line / 2)
    || near(y, t + 0.14 + (b - t - 0.14) / 3) || near(y, t + 0.14 + (2 * (b - t - 0.14)) / 3)
    || near(x, l + (r - l) * 0.36);
}

/** The check-mark glyph: two thick strokes. */
function checkGlyph(x, y, px) {
  const width = Math.max(1.6 * px, 0.11) / 2;
  return segmentDistance(x, y, 0.24, 0.52, 0.43, 0.71) <= width || segmentDistance(x, y, 0.43, 0.71, 0.77, 0.31) <= width;
}

/**
 * Draws one icon with 4×4 supersampling (edges anti-aliased).
 * @param {number} size px
 * @param {(x: number, y: number, px: number) => boolean} glyph white shape in unit-square coordinates
 * @returns {Uint8Array} RGBA pixels
 */
function drawIcon(size, glyph) {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  const px = 1 / size;
  const margin = size <= 16 ? 0 : 0.04;
  const radius = 0.16;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const ux = (x + (sx + 0.5) / samples) / size;
          const uy = (y + (sy + 0.5) / samples) / size;
          if (!inRoundedSquare(ux, uy, margin, radius)) continue;
          cover++;
          if (glyph(ux, uy, px)) white++;
        }
      }
      const i = (y * size + x) * 4;
      const w = cover ? white / cover : 0;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(GREEN[c] * (1 - w) + WHITE[c] * w);
      rgba[i + 3] = Math.round((255 * cover) / (samples * samples));
    }
  }
  return rgba;
}

/** Glyph name → drawing; files are assets/<name>-<size>.png. */
const GLYPHS = { icon: tableGlyph, validate: checkGlyph };

function main() {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, glyph] of Object.entries(GLYPHS)) {
    for (const size of SIZES) {
      const file = path.join(dir, `${name}-${size}.png`);
      fs.writeFileSync(file, encodePng(size, drawIcon(size, glyph)));
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
}

module.exports = { encodePng, drawIcon, crc32, SIZES, GLYPHS };

if (require.main === module) main();
