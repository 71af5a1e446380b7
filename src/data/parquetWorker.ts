/// <reference lib="webworker" />
/** Decodes the build's Parquet files off the main thread: fetch (whole, or by range requests) -> hyparquet -> Arrow IPC. */
import { asyncBufferFromUrl, cachedAsyncBuffer } from 'hyparquet';
import { bufferOf, decodeParquet } from './parquetDecode.ts';

export interface DecodeRequest {
  id: number;
  url: string;
  byteLength: number;
  /** read by HTTP range requests (footer, then column chunks) instead of one download */
  ranges: boolean;
}

self.onmessage = async (e: MessageEvent<DecodeRequest>) => {
  const { id, url, byteLength, ranges } = e.data;
  try {
    const file = ranges
      ? cachedAsyncBuffer(await asyncBufferFromUrl({ url, byteLength }))
      : bufferOf(new Uint8Array(await (await fetch(url)).arrayBuffer()));
    const decoded = await decodeParquet(file);
    (self as unknown as DedicatedWorkerGlobalScope).postMessage({ id, ok: true, decoded }, decoded.chunks.map((c) => c.buffer as ArrayBuffer));
  } catch (err) {
    (self as unknown as DedicatedWorkerGlobalScope).postMessage({ id, ok: false, error: String(err) });
  }
};
