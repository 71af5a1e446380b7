/**
 * `npm run check-data [folder] [-- --lang en] [--all]`: validates the CSV files of data/ (or the
 * given folder) with the browser's intake, run on the node build of DuckDB, so the rules and the
 * messages are literally the same as on the data screen. Exits 1 when any file has errors
 * (warnings such as a superseded row or a gap marker do not count).
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runIntake } from '../data/intake.ts';
import { compareFilePaths, MAX_FILE_BYTES, tooLargeReport, type InputFile } from '../data/intakeFile.ts';
import { listDataFiles } from '../data/manifestNode.ts';
import { errorCount, fileStatus, hasErrors, type FileReport } from '../data/report.ts';
import { openNodeDb } from '../db/nodeDb.ts';
import { applySemanticLayer } from '../db/semanticLayer.ts';
import { readSqlFiles } from '../db/semanticLayerNode.ts';
import { describeFileProblem, problemLine, roleName, shapeName } from '../i18n/problems.ts';
import { translate } from '../i18n/strings.ts';
import { planCheckLines } from './planChecks.ts';
import type { Lang } from '../i18n/strings.ts';

export interface CheckOptions {
  lang: Lang;
  /** Problems printed per file; the rest are counted. */
  limit: number;
}

export interface CheckResult {
  exitCode: 0 | 1;
  text: string;
  reports: FileReport[];
}

const MARK = { ok: '✓', warning: '!', partial: '✗', failed: '✗' } as const;

export function formatReport(r: FileReport, opts: CheckOptions): string[] {
  const { lang } = opts;
  const unit = translate(lang, r.unit === 'cells' ? 'cellsUnit' : 'rowsUnit');
  const counts = `${translate(lang, 'read')} ${r.rowsRead} ${unit} · ${translate(lang, 'loaded')} ${r.rowsLoaded} · ${translate(lang, 'rejected')} ${r.rowsRejected}${r.rowsSuperseded ? ` (${translate(lang, 'superseded')} ${r.rowsSuperseded})` : ''}`;
  const head = [roleName(r.role, lang), shapeName(r.shape, lang), r.encoding ?? '—', counts].join(' · ');
  const out = [`${MARK[fileStatus(r)]} ${r.file}  ${head}`];
  if (r.fileProblem) out.push(`  ${r.file}: ${describeFileProblem(r.fileProblem.code, r.fileProblem.detail, lang)}`);
  for (const p of r.rejects.slice(0, opts.limit)) out.push(`  ${problemLine(r.file, p, lang)}`);
  if (r.rejects.length > opts.limit) out.push(`  … ${r.rejects.length - opts.limit} ${lang === 'zh' ? '条未列出（加 --all 全部列出）' : 'more not shown (--all lists them)'}`);
  const list = (xs: string[]) => xs.join(lang === 'zh' ? '、' : ', ');
  if (r.unmatched.regions.length) out.push(`  ${translate(lang, 'unmatchedRegions')}: ${list(r.unmatched.regions)}`);
  if (r.unmatched.indicators.length) out.push(`  ${translate(lang, 'unmatchedIndicators')}: ${list(r.unmatched.indicators)}`);
  for (const m of r.indicatorMatches.filter((x) => x.how === 'generated')) out.push(`  ${translate(lang, 'generatedIndicator')}: ${m.raw} -> ${m.id}${m.note ? ` (${m.note})` : ''}`);
  for (const g of r.generatedRegions) out.push(`  ${translate(lang, 'generatedRegion')}: ${g.name} -> ${g.id}`);
  return out;
}

/** The files of a folder as the app would list them, read unless too large. */
export function readDataFolder(dir: string): { inputs: InputFile[]; tooLarge: FileReport[] } {
  const inputs: InputFile[] = [];
  const tooLarge: FileReport[] = [];
  for (const full of listDataFiles(dir)) {
    const path = relative(dir, full).split(sep).join('/');
    const st = statSync(full);
    if (st.size > MAX_FILE_BYTES) tooLarge.push(tooLargeReport(path, st.size));
    else inputs.push({ path, bytes: new Uint8Array(readFileSync(full)), modifiedAt: st.mtime.toISOString() });
  }
  inputs.sort((a, b) => compareFilePaths(a.path, b.path));
  return { inputs, tooLarge };
}

export async function checkData(dir: string, opts: CheckOptions): Promise<CheckResult> {
  const { inputs, tooLarge } = readDataFolder(dir);
  const db = await openNodeDb();
  try {
    await applySemanticLayer(db, readSqlFiles(resolve(import.meta.dirname, '../../queries')));
    const { reports } = await runIntake(db, inputs, { failedBefore: tooLarge });
    reports.sort((a, b) => compareFilePaths(a.file, b.file));
    const lines = reports.flatMap((r) => formatReport(r, opts));
    const plan = await planCheckLines(db, opts.lang);
    if (plan.length) lines.push('', ...plan);
    const total = (k: 'rowsRead' | 'rowsLoaded' | 'rowsRejected' | 'rowsSuperseded') => reports.reduce((n, r) => n + r[k], 0);
    lines.push('');
    lines.push(translate(opts.lang, 'summary', { files: reports.length, read: total('rowsRead'), loaded: total('rowsLoaded'), rejected: total('rowsRejected'), superseded: total('rowsSuperseded') }));
    const bad = reports.filter(hasErrors);
    const errors = reports.reduce((n, r) => n + errorCount(r), 0);
    lines.push(bad.length ? translate(opts.lang, 'filesWithErrors', { n: bad.length, errors }) : translate(opts.lang, 'noErrors'));
    return { exitCode: bad.length ? 1 : 0, text: lines.join('\n'), reports };
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const args = argv.filter((a) => !a.startsWith('--'));
  const langArg = argv.find((a) => a.startsWith('--lang'))?.split('=')[1] ?? (argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined);
  const lang: Lang = langArg === 'en' ? 'en' : 'zh';
  const dir = resolve(args.filter((a) => a !== langArg)[0] ?? resolve(import.meta.dirname, '../../data'));
  const res = await checkData(dir, { lang, limit: argv.includes('--all') ? Infinity : 50 });
  console.log(res.text);
  process.exitCode = res.exitCode;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: Error) => {
    console.error(e.message);
    process.exitCode = 2;
  });
}
