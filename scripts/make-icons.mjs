// Draws the toolbar icons (a radar: rings and a sweep) as PNGs with no dependency. Run once; output is committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function icon(size) {
  const rows = [];
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const dx = (x - c) / (size / 2),
        dy = (y - c) / (size / 2);
      const r = Math.hypot(dx, dy);
      const angle = Math.atan2(dy, dx);
      let rgba = [0, 0, 0, 0];
      if (r <= 1) rgba = [23, 42, 58, 255]; // disc
      const ring = [0.33, 0.66, 0.95].some((rr) => Math.abs(r - rr) < 1.2 / size + 0.03);
      if (r <= 1 && ring) rgba = [120, 200, 190, 255];
      if (r <= 0.95 && angle > -Math.PI / 2 && angle < -Math.PI / 5) rgba = [80, 210, 170, 255]; // sweep
      if (Math.hypot(dx - 0.35, dy + 0.3) < 0.14) rgba = [230, 70, 60, 255]; // the blip
      row.push(...rgba);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, icon(size));
