#!/usr/bin/env node
// Draws the add-in icons (assets/icon-{16,32,64,80,128}.png) with nothing but node:zlib:
// a green rounded square with a white "表" (table) glyph — a sheet with a header band and grid lines —
// and a small check mark. Deterministic: same bytes on every run, so the PNGs are committed.
// Usage: node scripts/make-icons.mjs [--out assets]
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const argOut = process.argv.indexOf("--out");
const outDir = resolve(argOut > 0 ? process.argv[argOut + 1] : join(here, "..", "assets"));
export const SIZES = [16, 32, 64, 80, 128];

const GREEN = [0x21, 0x73, 0x46]; // Excel green
const WHITE = [0xff, 0xff, 0xff];
const LIGHT = [0xc8, 0xe6, 0xd2]; // header band
const CHECK = [0xff, 0xc1, 0x07]; // amber check mark

// ---- PNG encoding (RGBA, 8 bit, no interlace) ----
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter type None
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- drawing, in unit coordinates (0..1), supersampled ----
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour (or null = transparent) of the unit point (x, y) for an icon of `size` pixels. */
function colourAt(x, y, size) {
  if (!inRoundedRect(x, y, 0, 0, 1, 1, 0.18)) return null;
  // the check mark sits over the sheet's lower-right corner
  const stroke = Math.max(0.07, 1.6 / size);
  const d = Math.min(distToSegment(x, y, 0.56, 0.72, 0.68, 0.84), distToSegment(x, y, 0.68, 0.84, 0.88, 0.56));
  if (d <= stroke / 2) return CHECK;
  if (d <= stroke / 2 + Math.max(0.03, 1 / size)) return GREEN; // outline so the check reads on white
  // the sheet
  const s0 = 0.18,
    s1 = 0.82;
  if (x < s0 || x > s1 || y < s0 || y > s1) return GREEN;
  const line = Math.max(0.045, 1 / size); // grid line width: at least one pixel
  const header = 0.36; // bottom of the header band
  const col = 0.42; // first column divider
  if (y < header) return y > header - line ? GREEN : LIGHT;
  if (Math.abs(x - col) < line / 2) return GREEN;
  if (size >= 32) {
    for (const ry of [0.51, 0.66]) if (Math.abs(y - ry) < line / 2) return GREEN;
  } else if (Math.abs(y - 0.59) < line / 2) return GREEN;
  return WHITE;
}

export function drawIcon(size) {
  const SS = 4; // 4x4 supersampling
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = colourAt((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a++;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return encodePng(size, size, rgba);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    const png = drawIcon(size);
    writeFileSync(file, png);
    console.log(`${file}  ${size}x${size}  ${png.length} B`);
  }
}
