/**
 * The data of a running app: the files from the server plus any dropped onto the data screen,
 * loaded through the one intake. Every change (a dropped file, a removed one, a refetch of
 * changed server files) reloads all files into emptied tables and rebuilds the snapshots, so the
 * rules, the load order and the superseded accounting are the same as at start-up. The caller
 * then invalidates its query cache (src/app/boot.ts `reloadSession`).
 */
import type { Db } from '../db/types.ts';
import { refreshSnapshots, type SqlFile } from '../db/semanticLayer.ts';
import { emptyCatalog, type Catalog } from './catalog.ts';
import { clearData, runIntake, type IntakeProgress } from './intake.ts';
import type { InputFile } from './intakeFile.ts';
import { previewFile, type Preview } from './preview.ts';
import type { FileReport } from './report.ts';

export interface SourceFile extends InputFile {
  /** Content hash from the manifest: an unchanged file is not fetched again. */
  hash: string;
  /** Known by hash only (its data came from the build's Parquet); fetched before any CSV reload. */
  placeholder?: boolean;
}

export interface SourceResult {
  files: SourceFile[];
  /** Files listed but not read: too large, or their download failed. */
  failed: FileReport[];
}

/** Where the server's files come from (the manifest in the browser, a folder in tests). */
export type DataSource = (previous: ReadonlyMap<string, SourceFile>, onProgress: (p: IntakeProgress) => void) => Promise<SourceResult>;

export interface SessionOptions {
  yieldToUi?: () => Promise<void>;
}

/** The same files with the same hashes, and the same files failing for the same reasons. */
export function sameSource(a: SourceResult, b: SourceResult): boolean {
  const files = (r: SourceResult) => r.files.map((f) => `${f.path}\u0000${f.hash}`).join('\n');
  const failed = (r: SourceResult) => r.failed.map((f) => `${f.file}\u0000${f.fileProblem?.code ?? ''}`).sort().join('\n');
  return files(a) === files(b) && failed(a) === failed(b);
}

export class DataSession {
  readonly db: Db;
  private readonly sqlFiles: SqlFile[];
  private readonly source: DataSource;
  private readonly opts: SessionOptions;
  private server: SourceResult = { files: [], failed: [] };
  private dropped: InputFile[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  reports: FileReport[] = [];
  catalog: Catalog = emptyCatalog();
  /** The last load's phases in ms (the files' download, the intake, the snapshots): for the benchmark and support. */
  lastLoadMs = { download: 0, intake: 0, snapshots: 0 };
  /** The files of the last load that DuckDB's CSV reader read. */
  readByDuckDb: string[] = [];
  /** The tables hold the build's Parquet data, not an intake of the CSVs (see adoptBuild). */
  fromBuild = false;

  constructor(db: Db, sqlFiles: SqlFile[], source: DataSource, opts: SessionOptions = {}) {
    this.db = db;
    this.sqlFiles = sqlFiles;
    this.source = source;
    this.opts = opts;
  }

  /** One change at a time: a second drop waits for the first load to finish. */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The dropped files, in load order (after every server file). */
  get sessionFiles(): readonly InputFile[] {
    return this.dropped;
  }

  /**
   * The tables were filled from the build's Parquet, which read exactly these server files: the
   * session knows them by hash, and reads their bytes only when a reload needs the CSVs.
   */
  adoptBuild(files: { path: string; hash: string; modifiedAt?: string }[], reports: FileReport[]): void {
    this.server = { files: files.map((f) => ({ path: f.path, hash: f.hash, modifiedAt: f.modifiedAt, bytes: new Uint8Array(0), placeholder: true })), failed: [] };
    this.reports = reports;
    this.fromBuild = true;
  }

  /** Runs a job in the session's queue (e.g. loading the build's large tables after first paint). */
  enqueue<T>(job: () => Promise<T>): Promise<T> {
    return this.serial(job);
  }

  /** Downloads the server files that are known by hash only. */
  private async hydrate(onProgress?: (p: IntakeProgress) => void): Promise<void> {
    if (!this.server.files.some((f) => f.placeholder)) return;
    const known = new Map(this.server.files.filter((f) => !f.placeholder).map((f) => [f.path, f]));
    this.server = await this.source(known, onProgress ?? (() => undefined));
  }

  /** Before a preview against the catalogue: an intake of the CSVs, which the build's data lacks. */
  private async ensureIntake(): Promise<void> {
    if (this.fromBuild) await this.load();
  }

  private async load(onProgress?: (p: IntakeProgress) => void, downloadMs = 0): Promise<FileReport[]> {
    const t0 = performance.now();
    await this.hydrate(onProgress);
    this.fromBuild = false;
    const t1 = performance.now();
    await clearData(this.db);
    const { reports, catalog, readByDuckDb } = await runIntake(this.db, [...this.server.files, ...this.dropped], {
      onProgress,
      yieldToUi: this.opts.yieldToUi,
      failedBefore: this.server.failed,
    });
    const t2 = performance.now();
    await refreshSnapshots(this.db, this.sqlFiles);
    this.lastLoadMs = { download: downloadMs + t1 - t0, intake: t2 - t1, snapshots: performance.now() - t2 };
    this.reports = reports;
    this.catalog = catalog;
    this.readByDuckDb = readByDuckDb;
    return reports;
  }

  /** Reads the server's file list again (fetching only changed files) and reloads everything. */
  refetch(onProgress?: (p: IntakeProgress) => void): Promise<FileReport[]> {
    return this.serial(async () => {
      const previous = new Map(this.server.files.map((f) => [f.path, f]));
      const t0 = performance.now();
      this.server = await this.source(previous, onProgress ?? (() => undefined));
      return this.load(onProgress, performance.now() - t0);
    });
  }

  /**
   * For unattended refreshes (the display wall): reads the server's file list and, only when a file
   * changed, reloads. `accept` may reject the new files by throwing, before anything is touched, so
   * the last good data stays loaded; `around` wraps the reload (QueryClient.exclusive keeps panels
   * from reading half-loaded tables). Resolves to null when nothing changed.
   */
  refetchIfChanged(opts: { accept?: (next: SourceResult, previous: SourceResult) => void; around?: <T>(load: () => Promise<T>) => Promise<T> } = {}): Promise<FileReport[] | null> {
    return this.serial(async () => {
      const previous = this.server;
      const next = await this.source(new Map(previous.files.map((f) => [f.path, f])), () => undefined);
      if (sameSource(next, previous)) return null;
      opts.accept?.(next, previous);
      const around = opts.around ?? ((load) => load());
      this.server = next;
      try {
        return await around(() => this.load());
      } catch (e) {
        // the load itself failed: back to the files that loaded before
        this.server = previous;
        await around(() => this.load()).catch(() => undefined);
        throw e;
      }
    });
  }

  /** A path for a dropped file that no server file uses; dropping the same name again replaces it. */
  sessionPath(name: string): string {
    const taken = new Set([...this.server.files.map((f) => f.path), ...this.server.failed.map((r) => r.file)]);
    if (!taken.has(name)) return name;
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let i = 2; ; i++) if (!taken.has(`${stem} (${i})${ext}`)) return `${stem} (${i})${ext}`;
  }

  /** What the file would load now, validated against the loaded catalogue; nothing is changed. */
  async preview(name: string, bytes: Uint8Array): Promise<Preview> {
    await this.serial(() => this.ensureIntake());
    const path = this.sessionPath(name);
    const seq = this.server.files.length + this.dropped.filter((f) => f.path !== path).length;
    return previewFile({ path, bytes, session: true }, this.catalog, seq);
  }

  /** Loads dropped files into the running session (not written anywhere); the same name again replaces it. */
  addFiles(files: { name: string; bytes: Uint8Array }[]): Promise<FileReport[]> {
    return this.serial(() => {
      for (const f of files) {
        const path = this.sessionPath(f.name);
        this.dropped = [...this.dropped.filter((d) => d.path !== path), { path, bytes: f.bytes, session: true }];
      }
      return this.load();
    });
  }

  removeFile(path: string): Promise<FileReport[]> {
    return this.serial(() => {
      this.dropped = this.dropped.filter((f) => f.path !== path);
      return this.load();
    });
  }
}
