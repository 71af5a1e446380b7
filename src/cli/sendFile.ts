/**
 * Sends one file: whole, or the byte range asked for (the Parquet reader reads the footer first, then
 * column chunks).
 *
 * Data files are replaced in place while the server runs (an analyst copies a new extract over the old
 * one, a test rewrites the manifest). The length sent is the length of the file as opened, and the body
 * never runs past it; a file cut shorter while it is sent closes the connection, so the browser sees a
 * failed download at once (and a wall retries) instead of waiting for bytes that never come.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline, Transform } from 'node:stream';

export async function sendFile(file: string, req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const size = (await handle.stat()).size;
  const all = { 'Accept-Ranges': 'bytes', ...headers };
  const head = req.method === 'HEAD';
  const range = req.headers.range?.match(/^bytes=(\d*)-(\d*)$/);
  let start = 0;
  let end = size - 1;
  if (range && (range[1] || range[2])) {
    start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      await handle.close();
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    res.writeHead(206, { ...all, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
  } else {
    res.writeHead(200, { ...all, 'Content-Length': size });
  }
  if (head || end < start) {
    await handle.close();
    res.end();
    return;
  }
  sendExactly(handle, start, end, res);
}

/**
 * Streams bytes start..end of the open file; fewer than that (the file shrank) ends in a closed
 * connection. `pipeline` closes the file however it ends (a client gone before the first byte too).
 */
function sendExactly(handle: FileHandle, start: number, end: number, res: ServerResponse): void {
  const length = end - start + 1;
  let sent = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      sent += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      done(sent === length ? null : new Error(`${length - sent} bytes short: the file changed while it was sent`));
    },
  });
  pipeline(handle.createReadStream({ start, end }), count, res, (err) => {
    if (err) res.destroy();
  });
}
