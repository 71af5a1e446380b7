/**
 * The tasks of the five seed documents, with illustrative statuses (示例数据), and the 2019
 * development-zone tax-per-mu values the incentive rule "每进位 1 个位次" needs for a ranking a
 * year earlier.
 *
 * Real: every task's document, number, title, milestone, lead unit, deadline and source line
 * (src/cli/seed-data/tasks-extracted.csv, copied from ../shared/seed-data/, and
 * tasks-000-tancheng.csv, transcribed from the Tancheng gazette, which has no task table).
 *
 * Invented: status and completion date. No seed says which tasks were done. Each document gets a
 * report date inside its own period (AS_OF), and every row carries `quality=illustrative` and
 * `as_of`. The mix follows a per-department "diligence" so that the department ranking has a
 * spread: some tasks done early, some on time, some late, some overdue, some open. Tasks without
 * a date (长期) stay `ongoing`.
 *
 * Run: `npx tsx src/cli/generate-policy-data.ts`. Same output on every run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fnv1a, mulberry32, parseCsv, type CsvRow } from './generate-sample-data.ts';

/** The date each document's illustrative statuses are reported as of (inside its period). */
export const AS_OF: Record<string, string> = {
  '003': '2020-10-31', // 泰安 2020 plan, issued 2020-04-17; statistics run to 2020-10
  '004': '2021-08-31', // 山亭 2021-05-26
  '002': '2021-09-30', // 高唐 2021-07-12
  '001': '2023-10-31', // 巨野 2023-08-29
  '000': '2024-09-30', // 郯城 gazette, July-August 2024
};

export const TASK_HEADER = ['doc_id', 'task_id', 'title', 'milestone', 'lead_unit', 'deadline', 'status', 'completed_on', 'area', 'quality', 'as_of', 'source_line'] as const;

const rngFor = (key: string) => mulberry32((0x5eed2024 ^ fnv1a(key)) >>> 0);

const DAY = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const fromDay = (d: number) => new Date(Math.round(d) * DAY).toISOString().slice(0, 10);

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The family of a doc_id: `003-A7` -> `003`, `000-D5a` -> `000`. */
export const docRoot = (docId: string) => docId.split('-')[0]!;

/** The first unit named in a list (the lead, 牵头单位): `县发展和改革局、县商务局` -> `县发展和改革局`. */
export const firstUnit = (list: string) => list.split(/[、，,；;]/)[0]!.trim();

export interface TaskRow {
  doc_id: string;
  task_id: string;
  title: string;
  milestone: string;
  lead_unit: string;
  deadline: string;
  status: string;
  completed_on: string;
  area: string;
  quality: string;
  as_of: string;
  source_line: string;
}

/** Seed rows (tasks-extracted.csv columns) -> task rows with illustrative statuses. */
export function generateTasks(seedRows: CsvRow[], policies: CsvRow[]): TaskRow[] {
  const issued = new Map(policies.map((p) => [p.doc_id!, p.issued_on!]));
  const seen = new Map<string, number>();
  const out: TaskRow[] = [];
  for (const s of seedRows) {
    const doc = s.doc_id!.replace(/^000_/, '000-');
    const root = docRoot(doc);
    const asOf = AS_OF[root];
    if (!asOf) throw new Error(`no report date for document ${doc}`);
    const lead = (s.lead ?? '').trim() || (s.responsible ?? '').trim();
    const section = (s.section_no ?? '').trim() || '0';
    const item = (s.item_no ?? '').trim();
    let taskId = item ? `${section}.${item}` : `${section}.L${s.line}`;
    const milestone = (s.milestone_zh ?? '').trim();
    // a task number may repeat inside one document (two items share it): keep rows distinct
    const key = `${doc}|${taskId}|${milestone}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) taskId = `${taskId}#${n}`;

    const deadline = (s.deadline ?? '').trim();
    const rng = rngFor(`${doc}|${taskId}|${milestone}`);
    // a department's diligence: the same for every task it leads in one document family
    const diligence = rngFor(`${root}|${firstUnit(lead)}`)();
    const start = toDay(issued.get(doc) ?? issued.get(root) ?? asOf);
    const end = toDay(asOf);
    let status: string;
    let completed = '';
    if (!deadline) {
      status = 'ongoing';
    } else {
      const due = toDay(deadline);
      const r = rng();
      if (due <= end) {
        const pOnTime = 0.35 + 0.5 * diligence;
        const pLate = (1 - pOnTime) * 0.45;
        if (r < pOnTime) {
          status = 'done';
          // on or before the deadline, never before the document was issued
          const early = Math.floor(rng() * 25);
          completed = fromDay(Math.max(start, Math.min(due, due - early)));
        } else if (r < pOnTime + pLate && due < end) {
          status = 'done';
          completed = fromDay(Math.min(end, due + 1 + Math.floor(rng() * Math.min(75, end - due))));
        } else {
          status = 'in_progress';
        }
      } else {
        // due after the report date: a few done early, most open
        if (r < 0.12 + 0.15 * diligence) {
          status = 'done';
          completed = fromDay(start + Math.floor(rng() * Math.max(1, end - start)));
        } else {
          status = r < 0.75 ? 'in_progress' : 'not_started';
        }
      }
    }
    out.push({
      doc_id: doc,
      task_id: taskId,
      title: (s.task_zh ?? '').trim(),
      milestone,
      lead_unit: lead,
      deadline,
      status,
      completed_on: completed,
      area: (s.section_zh ?? '').trim(),
      quality: 'illustrative',
      as_of: asOf,
      source_line: (s.line ?? '').split(/[;；]/)[0]!.trim(),
    });
  }
  return out;
}

export function tasksCsv(rows: TaskRow[]): string {
  const lines = [TASK_HEADER.join(',')];
  for (const r of rows) lines.push(TASK_HEADER.map((k) => csvCell(r[k])).join(','));
  return lines.join('\n') + '\n';
}

/**
 * zone_tax_per_mu (万元/亩) for the development zones in 2019, monthly. The 2019 October values
 * rank the zones differently from 2020, so "positions gained" is something to compute: values
 * run from a January anchor to the October anchor and on to just below the zone's 2020-01 value.
 */
export const DEVZONE_TAX_2019: Record<string, { jan: number; oct: number }> = {
  gaoxin: { jan: 17.6, oct: 18.2 },
  xintai_edz: { jan: 14.1, oct: 14.5 },
  taishan_edz: { jan: 13.6, oct: 14.1 },
  daiyue_edz: { jan: 12.9, oct: 13.3 },
  feicheng_edz: { jan: 12.5, oct: 12.9 },
  feicheng_htz: { jan: 12.1, oct: 12.4 },
  ningyang_edz: { jan: 11.6, oct: 12.0 },
  dongping_edz: { jan: 11.5, oct: 11.8 },
};

export function generateDevzone2019(observations: CsvRow[]): string {
  const lines = ['indicator_id,region_id,period,value,quality'];
  for (const [zone, a] of Object.entries(DEVZONE_TAX_2019)) {
    const jan2020 = Number(observations.find((o) => o.indicator_id === 'zone_tax_per_mu' && o.region_id === zone && o.period === '2020-01')?.value);
    const dec = Number.isFinite(jan2020) ? jan2020 * 0.99 : a.oct;
    const rng = rngFor(`zone_tax_per_mu|${zone}|2019`);
    for (let m = 1; m <= 12; m++) {
      const v = m <= 10 ? a.jan + ((a.oct - a.jan) * (m - 1)) / 9 : a.oct + ((dec - a.oct) * (m - 10)) / 2;
      const noisy = m === 1 || m === 10 || m === 12 ? v : v * (1 + 0.006 * (2 * rng() - 1));
      lines.push(`zone_tax_per_mu,${zone},2019-${String(m).padStart(2, '0')},${noisy.toFixed(1)},illustrative`);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * Cities the Tai'an plan does not cover (菏泽, 聊城, 枣庄, 临沂): the control group for the
 * difference-in-differences of document 003. Year-to-date series 2018-01…2020-10 for FDI,
 * domestic funds and goods trade, with the same seasons and the same 2020 COVID shape as the
 * Tai'an sample and a steady growth of their own; no policy effect is put in them.
 */
export const CONTROL_CITIES: Record<string, { scale: number; growth: number }> = {
  heze: { scale: 0.8, growth: 0.07 },
  liaocheng: { scale: 0.65, growth: 0.05 },
  zaozhuang: { scale: 0.45, growth: 0.09 },
  linyi: { scale: 1.3, growth: 0.06 },
};
/** 2018 full-year level of a Tai'an-sized city, per indicator, and its seasonal profile (Jan…Dec). */
const CONTROL_BASE: Record<string, { level2018: number; decimals: number; season: number[]; covid: number[] }> = {
  fdi: { level2018: 42000, decimals: 0, season: [5, 5, 9, 7, 8, 11, 7, 8, 10, 10, 8, 12], covid: [0.55, 0.25, 0.55, 0.9, 1.05, 1.1, 1.1, 1.1, 1.1, 1.1] },
  domestic_funds: { level2018: 260, decimals: 2, season: [5, 5, 9, 7, 8, 11, 7, 8, 10, 10, 8, 12], covid: [0.55, 0.25, 0.55, 0.9, 1.05, 1.1, 1.1, 1.1, 1.1, 1.1] },
  trade_goods: { level2018: 150, decimals: 2, season: [7, 6, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9], covid: [0.9, 0.55, 0.8, 0.95, 1, 1.05, 1.05, 1.05, 1.05, 1.05] },
};

export function generateControlCities(): string {
  const lines = ['indicator_id,region_id,period,value,quality'];
  for (const [ind, b] of Object.entries(CONTROL_BASE)) {
    for (const [city, c] of Object.entries(CONTROL_CITIES)) {
      const rng = rngFor(`control|${ind}|${city}`);
      for (const year of [2018, 2019, 2020]) {
        const total = b.level2018 * c.scale * (1 + c.growth) ** (year - 2018);
        const months = year === 2020 ? 10 : 12;
        let cum = 0;
        for (let m = 1; m <= months; m++) {
          const covid = year === 2020 ? b.covid[m - 1]! : 1;
          cum += (total * b.season[m - 1]! * covid * (1 + 0.06 * (2 * rng() - 1))) / 100;
          lines.push(`${ind},${city},${year}-${String(m).padStart(2, '0')},${cum.toFixed(b.decimals)},illustrative`);
        }
      }
    }
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
export const SEED_FILES = [here('./seed-data/tasks-extracted.csv'), here('./seed-data/tasks-000-tancheng.csv')];
export const SAMPLE = here('../../data/sample/');

export function readSeedTasks(): CsvRow[] {
  return SEED_FILES.flatMap((f) => parseCsv(readFileSync(f, 'utf8')));
}

function main() {
  const policies = parseCsv(readFileSync(SAMPLE + 'policies.csv', 'utf8'));
  const tasks = tasksCsv(generateTasks(readSeedTasks(), policies));
  writeFileSync(SAMPLE + 'tasks.csv', tasks, 'utf8');
  const obs = parseCsv(readFileSync(SAMPLE + 'observations-illustrative.csv', 'utf8'));
  writeFileSync(SAMPLE + 'observations-devzone-2019.csv', generateDevzone2019(obs), 'utf8');
  writeFileSync(SAMPLE + 'observations-control-cities.csv', generateControlCities(), 'utf8');
  console.log(`wrote ${SAMPLE}tasks.csv (${tasks.trimEnd().split('\n').length - 1} rows), observations-devzone-2019.csv, observations-control-cities.csv`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
