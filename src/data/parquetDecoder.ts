/** The main thread's side of the Parquet worker: one request per table, answered with Arrow IPC. */
import type { DecodedTable } from './parquetDecode.ts';
import type { DecodeRequest } from './parquetWorker.ts';

export interface ParquetDecoder {
  decode(url: string, byteLength: number, ranges: boolean): Promise<DecodedTable>;
  close(): void;
}

type Reply = { id: number; ok: true; decoded: DecodedTable } | { id: number; ok: false; error: string };

export function createParquetDecoder(): ParquetDecoder {
  const worker = new Worker(new URL('./parquetWorker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { ok: (d: DecodedTable) => void; fail: (e: Error) => void }>();
  let next = 0;
  worker.onmessage = (e: MessageEvent<Reply>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.ok) p.ok(e.data.decoded);
    else p.fail(new Error(e.data.error));
  };
  return {
    decode(url, byteLength, ranges) {
      const id = ++next;
      return new Promise((ok, fail) => {
        pending.set(id, { ok, fail });
        worker.postMessage({ id, url, byteLength, ranges } satisfies DecodeRequest);
      });
    },
    close() {
      worker.terminate();
      for (const p of pending.values()) p.fail(new Error('decoder closed'));
      pending.clear();
    },
  };
}
