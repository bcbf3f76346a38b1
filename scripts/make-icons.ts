/**
 * Draws the toolbar icons (a speech bubble with indented thread lines) into public/icon/N.png.
 * Run once after changing the design: `npx tsx scripts/make-icons.ts`. No image library needed:
 * the shape is a signed-distance function, supersampled, written as a PNG with node:zlib.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [37, 99, 235];
const WHITE = [255, 255, 255];

function roundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** Colour of a point in a 1x1 design space, or null for transparent. */
function paint(x: number, y: number): number[] | null {
  const inBubble = roundedRect(x, y, 0.06, 0.08, 0.94, 0.74, 0.16);
  const inTail = y >= 0.7 && y <= 0.94 && x >= 0.2 && x <= 0.2 + (0.94 - y) * 1.1 && x >= 0.2;
  if (!inBubble && !inTail) return null;
  const lines = [
    [0.2, 0.22, 0.8],
    [0.3, 0.38, 0.8],
    [0.3, 0.54, 0.66],
  ];
  for (const [x0, yc, x1] of lines) {
    if (roundedRect(x, y, x0!, yc! - 0.045, x1!, yc! + 0.045, 0.045)) return WHITE;
  }
  return BLUE;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          acc[0]! += colour[0]!;
          acc[1]! += colour[1]!;
          acc[2]! += colour[2]!;
          acc[3]! += 1;
        }
      }
      const offset = py * (size * 4 + 1) + 1 + px * 4;
      const covered = acc[3]!;
      raw[offset] = covered ? Math.round(acc[0]! / covered) : 0;
      raw[offset + 1] = covered ? Math.round(acc[1]! / covered) : 0;
      raw[offset + 2] = covered ? Math.round(acc[2]! / covered) : 0;
      raw[offset + 3] = Math.round((covered / (samples * samples)) * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size));
console.log(`wrote ${SIZES.length} icons to public/icon/`);
