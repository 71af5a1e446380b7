/** Sends one file: whole, or the byte range asked for (the Parquet reader reads the footer first, then column chunks). */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendFile(file: string, req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): void {
  const size = statSync(file).size;
  const all = { 'Accept-Ranges': 'bytes', ...headers };
  const head = req.method === 'HEAD';
  const range = req.headers.range?.match(/^bytes=(\d*)-(\d*)$/);
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    res.writeHead(206, { ...all, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
    if (head) res.end();
    else createReadStream(file, { start, end }).pipe(res);
    return;
  }
  res.writeHead(200, { ...all, 'Content-Length': size });
  if (head) res.end();
  else createReadStream(file).pipe(res);
}
