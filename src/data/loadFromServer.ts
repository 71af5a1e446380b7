/** The browser side of the intake: manifest -> fetch the listed files (unchanged ones are kept) -> a DataSource. */
import { compareFilePaths, MAX_FILE_BYTES, tooLargeReport } from './intakeFile.ts';
import { fetchManifest } from './manifest.ts';
import { emptyReport, type FileReport } from './report.ts';
import type { DataSource, SourceFile } from './session.ts';

function dataUrl(base: string, path: string): string {
  return `${base}data/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The files of the server's data/ folder. A file above MAX_FILE_BYTES (by the manifest's size) is
 * reported as too large and never downloaded; a file whose hash did not change is not fetched again.
 */
export function serverSource(base: string): DataSource {
  return async (previous, onProgress) => {
    const manifest = await fetchManifest(base);
    const files: SourceFile[] = [];
    const failed: FileReport[] = [];
    let fetched = 0;
    const queue = [...manifest.files];
    const worker = async () => {
      for (let f = queue.shift(); f; f = queue.shift()) {
        const known = previous.get(f.path);
        if (f.size > MAX_FILE_BYTES) failed.push(tooLargeReport(f.path, f.size));
        else if (known && known.hash === f.hash) files.push({ ...known, modifiedAt: f.mtime });
        else {
          try {
            const res = await fetch(`${dataUrl(base, f.path)}?v=${encodeURIComponent(f.hash)}`, { cache: 'no-store' });
            if (!res.ok) throw new Error(`HTTP ${res.status}`);
            const bytes = new Uint8Array(await res.arrayBuffer());
            // a file cut short, or still being written, does not match the size the manifest lists
            if (bytes.length !== f.size) throw new Error(`${bytes.length} bytes, the manifest lists ${f.size}`);
            files.push({ path: f.path, bytes, hash: f.hash, modifiedAt: f.mtime });
          } catch (e) {
            const r = emptyReport(f.path, f.size);
            r.fileProblem = { code: 'fetch_failed', detail: (e as Error).message };
            failed.push(r);
          }
        }
        fetched++;
        onProgress({ phase: 'parse', filesDone: fetched, filesTotal: manifest.files.length, rowsLoaded: 0, file: f.path });
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    files.sort((a, b) => compareFilePaths(a.path, b.path));
    return { files, failed };
  };
}
