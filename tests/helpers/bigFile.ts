/** A real 200 MB observations CSV, written at test time into a temporary folder (never committed). */
import { closeSync, openSync, writeSync } from 'node:fs';

export const BIG_FILE_BYTES = 200 * 1024 * 1024;

export function writeBigCsv(path: string, bytes = BIG_FILE_BYTES): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, 'indicator_id,region_id,period,value\n');
    const lines: string[] = [];
    for (let row = 0, size = 0; size < 1 << 20; row++) {
      const line = `fdi,taishan,${1900 + (row % 300)}-${String((row % 12) + 1).padStart(2, '0')},${row * 7}\n`;
      lines.push(line);
      size += line.length;
    }
    const chunk = Buffer.from(lines.join(''));
    for (let written = 0; written < bytes; written += chunk.length) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
