/**
 * `npm run bulletin -- --month 2020-10 --region taian --format docx|xlsx|txt --out FILE [--data DIR] [--lang zh|en] [--url BASE]`
 *
 * The month's bulletin as a Word document, a workbook, or the work-group message, made from a data
 * folder with native DuckDB through the same intake, semantic layer and queries as the screens —
 * so an intranet server can produce them on a schedule. A wrong month, region or format exits with
 * status 2 and says what is accepted.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadMeta } from '../app/meta.ts';
import { dataMonths, gatherBulletin } from '../documents/bulletinData.ts';
import { bulletinDocx } from '../documents/bulletinDocx.ts';
import { bulletinSheets } from '../documents/bulletinWorkbook.ts';
import { dashboardUrl, digestText } from '../documents/digest.ts';
import { workbookBytes } from '../documents/workbook.ts';
import type { Lang } from '../i18n/strings.ts';
import { openDataDb } from './openDataDb.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FORMATS = ['docx', 'xlsx', 'txt'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

const USAGE = 'usage: npm run bulletin -- --month YYYY-MM --region ID --format docx|xlsx|txt --out FILE [--data DIR] [--lang zh|en] [--url BASE]';

interface Options {
  year: number;
  month: number;
  region: string;
  format: Format;
  out: string | null;
  data: string;
  lang: Lang;
  url: string;
}

export function parseOptions(argv: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        month: { type: 'string' },
        region: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        data: { type: 'string' },
        lang: { type: 'string' },
        url: { type: 'string' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const format = values.format ?? '';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}": use docx, xlsx or txt`);
  const m = /^(\d{4})-(\d{1,2})$/.exec(values.month ?? '');
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new UsageError(`month "${values.month ?? ''}" is not YYYY-MM`);
  if (!values.region) throw new UsageError('--region is missing');
  const lang = values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new UsageError(`unknown language "${lang}": use zh or en`);
  if (!values.out && format !== 'txt') throw new UsageError(`--out FILE is needed for ${format}`);
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    region: values.region,
    format: format as Format,
    out: values.out ?? null,
    data: resolve(values.data ?? resolve(ROOT, 'data')),
    lang,
    url: values.url ?? process.env.DASHBOARD_URL ?? 'http://localhost:4173/',
  };
}

async function run(o: Options): Promise<void> {
  const db = await openDataDb(o.data, ROOT);
  try {
    const meta = await loadMeta(db);
    if (!meta.regions.has(o.region)) throw new UsageError(`unknown region "${o.region}"; regions are: ${meta.regionList.map((r) => r.region_id).join(', ')}`);
    const months = await dataMonths(db, o.region);
    if (!months.some((r) => r.year === o.year && r.month === o.month)) {
      const list = months.map((r) => `${r.year}-${String(r.month).padStart(2, '0')}`).join(', ');
      throw new UsageError(`no data for ${o.region} in ${o.year}-${String(o.month).padStart(2, '0')}; months with data: ${list || 'none'}`);
    }
    const d = await gatherBulletin(db, meta, o.region, o.year, o.month);
    if (!d.tree || d.tree.n_targets === 0) throw new UsageError(`region "${o.region}" has no targets (in itself or below) for ${o.year}`);
    let bytes: Uint8Array | string;
    if (o.format === 'docx') bytes = await bulletinDocx(d, o.lang);
    else if (o.format === 'xlsx') bytes = await workbookBytes(bulletinSheets(d, o.lang), o.lang);
    else bytes = digestText(d, o.lang, dashboardUrl(o.url, 'bulletin', o.region, o.year, o.month, o.lang)) + '\n';
    if (o.out) {
      writeFileSync(o.out, bytes);
      console.error(`wrote ${o.out} (${typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length} bytes)`);
    } else process.stdout.write(bytes);
  } finally {
    await db.close();
  }
}

async function main(): Promise<number> {
  try {
    await run(parseOptions(process.argv.slice(2)));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`bulletin: ${e.message}\n${USAGE}`);
      return 2;
    }
    console.error(`bulletin: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}

process.exitCode = await main();
