/**
 * The three documents made from the sample data with native DuckDB (as the command makes them),
 * read back — the .docx and .xlsx unzipped and their XML parsed — and every figure compared with
 * the bulletin's SQL run here directly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMeta, type Meta } from '../../src/app/meta.ts';
import { asStatus, STATUS_ICON } from '../../src/charts/status.ts';
import { openDataDb } from '../../src/cli/openDataDb.ts';
import type { Db } from '../../src/db/types.ts';
import { gatherBulletin, gatherPolicy, type BulletinData, type IndicatorRow, type OverdueTaskRow, type RegionSummaryRow } from '../../src/documents/bulletinData.ts';
import { A4, bulletinDocx } from '../../src/documents/bulletinDocx.ts';
import { bulletinSheets, policySheets } from '../../src/documents/bulletinWorkbook.ts';
import { dashboardUrl, digestText, DIGEST_MAX } from '../../src/documents/digest.ts';
import { tableSheets } from '../../src/documents/tableSheet.ts';
import { workbookBytes } from '../../src/documents/workbook.ts';
import { formatDate, formatPoints, formatRatio, formatValue } from '../../src/i18n/format.ts';
import { translate } from '../../src/i18n/strings.ts';
import { bulletinIndicators, bulletinLagging, bulletinOverdue, bulletinUnits } from '../../src/panels/bulletin/query.ts';
import { familyKpis } from '../../src/panels/kpis/query.ts';
import { laggingTargets } from '../../src/panels/lagging/query.ts';
import { departmentTasks, docSummary, docTargets, overdueTasks } from '../../src/panels/policy/query.ts';
import { unitRanking } from '../../src/panels/ranking/query.ts';
import { regionSummary, treeSummary } from '../../src/panels/summary/query.ts';
import { ROOT } from '../helpers/loadFixture.ts';
import { excelDate, unzipText, wordTables, wordText, xlsxSheets, type XlsxCell } from '../helpers/ooxml.ts';

let db: Db;
let meta: Meta;
let d: BulletinData;
const P = [2020, 10, 'taian'] as const;

type Rank = RegionSummaryRow;
type Ind = IndicatorRow;
type Overdue = OverdueTaskRow;

beforeAll(async () => {
  db = await openDataDb(join(ROOT, 'data'), ROOT);
  meta = await loadMeta(db);
  d = await gatherBulletin(db, meta, 'taian', 2020, 10);
}, 120_000);
afterAll(async () => {
  await db?.close();
});

const rname = (id: string) => meta.regions.get(id)!.name_zh;
const status = (s: string) => `${STATUS_ICON[asStatus(s)]} ${translate('zh', `status.${asStatus(s)}`)}`;

describe('Word bulletin', () => {
  let files: Record<string, string>;
  let doc: string;
  beforeAll(async () => {
    files = unzipText(await bulletinDocx(d, 'zh'));
    doc = files['word/document.xml']!;
  });

  it('is A4 portrait with a page number field in the footer', () => {
    expect(A4).toEqual({ width: 11906, height: 16838 });
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const footer = Object.entries(files).find(([n]) => /^word\/footer\d*\.xml$/.test(n))?.[1] ?? '';
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(wordText(footer)).toContain('第 ');
  });

  it('has the title, the date line, the illustrative note, the five sections as headings and the source documents', () => {
    const text = wordText(doc);
    expect(text).toContain('泰安市2020年10月目标任务推进情况通报');
    expect(text).toContain('数据截至2020年10月 · 序时进度83.3% · 任务状态截至2020年10月31日');
    expect(d.illustrative).toBe(true);
    expect(text).toContain(translate('zh', 'bul.sampleNote'));
    const headings = [...doc.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>/g)].map((m) => wordText(m[0]));
    expect(headings).toEqual(['一、总体情况', '二、单位综合排名', '三、主要指标完成情况（完成率与序时进度）', '四、落后单位', '五、逾期任务（按牵头部门）']);
    expect(d.docNumbers.length).toBeGreaterThan(0);
    for (const n of d.docNumbers) expect(text).toContain(n);
  });

  it('shows the summary counts of the SQL: 92 targets of 泰安市, 46 on pace, 27 slightly behind, 19 far behind', async () => {
    const [s] = await db.query<Rank>(regionSummary.sql, [...P]);
    expect([s!.n_targets, s!.n_ahead, s!.n_slightly_behind, s!.n_far_behind]).toEqual([92, 46, 27, 19]);
    // by hand: 46 + 27 + 19 = 92
    expect(wordText(doc)).toContain('泰安市92项主要目标中，达到序时进度46项，略低于序时进度27项，明显落后19项。');
  });

  it('has real tables whose header row repeats on every page, with every figure of the SQL formatted as on screen', async () => {
    const tables = wordTables(doc);
    for (const t of tables) expect(t.headerRows).toBe(1);
    expect(doc.match(/<w:tblHeader\/>/g)?.length).toBe(tables.length);

    const ranking = await db.query<Rank>(unitRanking.sql, [...P]);
    expect(tables[0]!.rows.slice(1)).toEqual(
      ranking.map((r) => [String(r.sibling_rank), rname(r.region_id), `${r.n_ahead} / ${r.n_targets}`, String(r.n_slightly_behind), String(r.n_far_behind), formatRatio(r.share_ahead, 'zh'), formatPoints(r.mean_gap, 'zh'), status(r.overall_status)]),
    );
    // by hand: 肥城市 has 7 of 9 targets on pace, 7 / 9 = 77.8%
    expect(tables[0]!.rows[1]!.slice(1, 3)).toEqual(['肥城市', '7 / 9']);
    expect(tables[0]!.rows[1]![5]).toBe('77.8%');

    const inds = await db.query<Ind>(bulletinIndicators.sql, [...P]);
    const byInd = new Map<string, Ind[]>();
    for (const r of inds) byInd.set(r.indicator_id, [...(byInd.get(r.indicator_id) ?? []), r]);
    expect(tables.length).toBe(1 + byInd.size + 1);
    [...byInd.entries()].forEach(([id, rows], i) => {
      const im = meta.indicators.get(id)!;
      const fv = (v: number | null) => formatValue(v, im.unit, 'zh', im.decimals);
      const t = tables[1 + i]!;
      const cumulative = t.rows[0]!.includes('序时进度');
      expect(t.rows.slice(1)).toEqual(
        rows.map((r) => [
          r.sibling_rank == null ? '—' : String(r.sibling_rank),
          rname(r.region_id),
          fv(r.target_value),
          fv(r.actual),
          formatRatio(r.completion, 'zh'),
          ...(cumulative ? [formatRatio(r.expected, 'zh')] : []),
          formatPoints(r.pace_gap, 'zh'),
          status(r.status),
        ]),
      );
    });
    // by hand: 泰山景区 brought in 2,850 of 3,000 (万美元) of foreign capital: 2850 / 3000 = 95.0%
    expect(tables[1]!.rows[1]).toEqual(expect.arrayContaining(['泰山景区', '3,000 万美元', '2,850 万美元', '95.0%']));

    const overdue = await db.query<Overdue>(bulletinOverdue.sql, ['2020-10-31', 'taian']);
    const taskRows = tables.at(-1)!.rows.slice(1).filter((r) => r.length === 4);
    expect(taskRows).toEqual(overdue.map((r) => [`${r.title}${r.milestone ? ` · ${r.milestone}` : ''}`, r.doc_number, formatDate(r.deadline, 'zh'), `${r.days_overdue}天`]));
    const groups = tables.at(-1)!.rows.filter((r) => r.length === 1).map((r) => r[0]);
    expect(groups[0]).toBe(`市工业和信息化局：逾期${overdue.filter((r) => r.department === '市工业和信息化局').length}项`);
  });
});

describe("a county's own plan (巨野县, 2023-10): its lead departments ranked and named", () => {
  it('the Word bulletin ranks the departments, lists the own targets in one table, and names the far-behind departments as the SQL does', async () => {
    const P2 = [2023, 10, 'juye'] as const;
    const j = await gatherBulletin(db, meta, 'juye', 2023, 10);
    expect(j.byDepartment).toBe(true);
    const doc = unzipText(await bulletinDocx(j, 'zh'))['word/document.xml']!;
    const text = wordText(doc);
    expect(text).toContain('二、牵头部门综合排名');
    expect(text).toContain('四、落后部门');
    expect(text).not.toContain(translate('zh', 'bul.laggingNone'));
    const tables = wordTables(doc);
    const units = await db.query<{ department: string; n_ahead: number; n_targets: number; sibling_rank: number }>(bulletinUnits.sql, [...P2]);
    expect(tables[0]!.rows[0]!.slice(0, 2)).toEqual(['排名', '部门']);
    expect(tables[0]!.rows.slice(1).map((r) => r.slice(0, 3))).toEqual(units.map((r) => [String(r.sibling_rank), r.department, `${r.n_ahead} / ${r.n_targets}`]));
    // by hand: 县人力资源和社会保障局 has 2 of its 9 judged targets on pace
    expect(tables[0]!.rows.find((r) => r[1] === '县人力资源和社会保障局')!.slice(2, 5)).toEqual(['2 / 9', '2', '5']);
    const inds = await db.query<{ indicator_id: string; department: string; completion: number | null; status: string }>(bulletinIndicators.sql, [...P2]);
    const own = tables[1]!;
    expect(own.rows[0]!.slice(0, 2)).toEqual(['指标', '部门']);
    expect(own.rows.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual(inds.map((r) => [meta.indicators.get(r.indicator_id)!.name_zh, r.department, formatRatio(r.completion, 'zh')]));
    // a threshold due later in the year has its value and says it is not yet due, not that there is no data
    const notYetDue = inds.flatMap((r, i) => (r.status === 'not_yet_due' ? [i + 1] : []));
    expect(notYetDue.length).toBeGreaterThan(0);
    for (const i of notYetDue) expect([own.rows[i]![4], own.rows[i]![7]]).toEqual([formatRatio(inds[i - 1]!.completion, 'zh'), '◇ 未到期']);
    const lag = await db.query<{ department: string }>(bulletinLagging.sql, [...P2]);
    expect(lag.length).toBe(12);
    for (const r of lag) expect(text).toContain(`${r.department}：`);
  });
});

describe('Excel workbooks', () => {
  const num = (c: XlsxCell | null | undefined) => (c == null ? null : c.value);

  it('has the bulletin as one sheet per section: numbers typed as numbers, dates as dates, header frozen, widths fitted', async () => {
    const sheets = xlsxSheets(unzipText(await workbookBytes(bulletinSheets(d, 'zh'), 'zh')));
    expect(sheets.map((s) => s.name)).toEqual(['说明', '总体情况', '单位排名', '主要指标', '落后单位', '逾期任务']);
    for (const s of sheets) {
      expect(s.xml).toMatch(/<pane ySplit="1" xSplit="0" topLeftCell="A2" activePane="bottomRight" state="frozen"\/>/);
      const widths = [...s.xml.matchAll(/<col min="(\d+)" max="\d+" width="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[2]));
      expect(widths.length).toBe(s.rows[0]!.length);
    }
    const about = sheets[0]!.rows.map((r) => r.map((c) => c?.value));
    expect(about).toContainEqual(['示例数据', translate('zh', 'bul.sampleNote')]);
    for (const n of d.docNumbers) expect(about).toContainEqual(['文号', n]);

    const ranking = await db.query<Rank>(unitRanking.sql, [...P]);
    const rs = sheets[2]!;
    expect(rs.rows[0]!.map((c) => c?.value)).toContain('平均序时差（个百分点）');
    expect(rs.rows.slice(1).map((r) => r.map(num))).toEqual(
      ranking.map((r) => [r.sibling_rank, rname(r.region_id), r.n_ahead, r.n_targets, r.n_slightly_behind, r.n_far_behind, r.share_ahead, r.mean_gap, status(r.overall_status)]),
    );
    expect(rs.rows[1]![6]!.format).toBe('0.0%');
    // the unit column is as wide as its longest name: 泰安旅游经济开发区 is 9 wide characters, 18 + 2
    expect(rs.xml).toMatch(/<col min="2" max="2" width="20"/);

    const inds = await db.query<Ind>(bulletinIndicators.sql, [...P]);
    const is = sheets[3]!;
    expect(is.rows.slice(1).map((r) => [r[2]?.value, r[4]?.value ?? null, r[5]?.value ?? null, r[6]?.value ?? null, r[8]?.value ?? null, r[10]?.value])).toEqual(
      inds.map((r) => [rname(r.region_id), r.target_value, r.actual, r.completion, r.pace_gap, r.doc_number]),
    );
    for (const r of is.rows.slice(1)) expect(typeof r[5]!.value).toBe('number');

    const overdue = await db.query<Overdue>(bulletinOverdue.sql, ['2020-10-31', 'taian']);
    const ts = sheets[5]!;
    expect(ts.rows.slice(1).map((r) => [r[0]!.value, r[1]!.value, excelDate(r[4]!.value as number), r[5]!.value])).toEqual(overdue.map((r) => [r.department, r.dept_overdue, r.deadline, r.days_overdue]));
    expect(ts.rows[1]![4]!.format).toBe('yyyy-mm-dd');
  });

  it('has the policy screen as one workbook: tasks, overdue, departments and targets as the SQL has them, units in the headers', async () => {
    const fd = ['2020-10-31', '003'] as const;
    const p = await gatherPolicy(db, meta, '003', '2020-10-31');
    const sheets = xlsxSheets(unzipText(await workbookBytes(policySheets(p, 'zh'), 'zh')));
    expect(sheets.map((s) => s.name)).toEqual(['说明', '任务概况', '逾期任务', '牵头部门', '临期任务', '目标', '奖补']);
    const about = sheets[0]!.rows.map((r) => r.map((c) => c?.value));
    expect(about).toContainEqual(['示例数据', translate('zh', 'bul.sampleNote')]);
    expect(about).toContainEqual(['文号', '泰安市工业经济发展攻坚指挥部〔2020〕1号附件1']);

    const summary = await db.query<{ n_tasks: number; n_overdue: number; on_time_rate: number | null }>(docSummary.sql, [...fd]);
    expect(sheets[1]!.rows.slice(1).map((r) => [r[1]!.value, r[5]!.value, r[8]?.value ?? null])).toEqual(summary.map((r) => [r.n_tasks, r.n_overdue, r.on_time_rate]));

    const overdue = await db.query<{ deadline: string; days_overdue: number }>(overdueTasks.sql, [...fd]);
    // nine tasks of the 2020 plan are past their deadline on 31 October
    expect(overdue.length).toBe(9);
    const os = sheets[2]!;
    expect(os.rows[0]!.map((c) => c?.value)).toEqual(['任务', '牵头单位', '文号', '完成时限', '逾期天数']);
    expect(os.rows.slice(1).map((r) => [excelDate(r[3]!.value as number), r[4]!.value])).toEqual(overdue.map((r) => [r.deadline, r.days_overdue]));

    const depts = await db.query<{ department: string | null; n_tasks: number; n_overdue: number }>(departmentTasks.sql, [...fd]);
    expect(sheets[3]!.rows.slice(1).map((r) => [r[2]!.value, r[5]!.value])).toEqual(depts.map((r) => [r.n_tasks, r.n_overdue]));

    const targets = await db.query<{ target_value: number | null; actual: number | null; completion: number | null }>(docTargets.sql, ['003', '2020-10-31']);
    const ts = sheets[5]!;
    // figures of different units share a column: the header points to the unit-of-measure column
    expect(ts.rows[0]!.slice(3, 6).map((c) => c?.value)).toEqual(['计量单位', '目标（见计量单位列）', '实际（见计量单位列）']);
    expect(ts.rows.slice(1).map((r) => [r[4]?.value ?? null, r[5]?.value ?? null, r[6]?.value ?? null])).toEqual(targets.map((r) => [r.target_value, r.actual, r.completion]));
    expect(sheets[6]!.rows[0]!.map((c) => c?.value)).toContain('已得（万元）');
  });

  it('writes a screen table with its unit in the header and text that would run as a formula defused', async () => {
    const rows = [
      { name: '=HYPERLINK("http://x")', v: 12.5, due: '2020-03-31', illustrative: true, doc_number: '泰政发〔2020〕1号' },
      { name: '+1', v: 3, due: null, illustrative: true, doc_number: null },
      { name: '@SUM(A1)', v: null, due: '2020-12-01', illustrative: true, doc_number: null },
      { name: '-2', v: -1.25, due: null, illustrative: true, doc_number: null },
    ];
    const cols = [
      { header: '名称', value: (r: (typeof rows)[number]) => r.name },
      { header: '完成率', value: (r: (typeof rows)[number]) => r.v, unit: '%' },
      { header: '期限', value: (r: (typeof rows)[number]) => r.due },
    ];
    const [sheet, about] = xlsxSheets(unzipText(await workbookBytes(tableSheets('overdue-003-2020-10-31', cols, rows, 'zh'), 'zh')));
    expect(sheet!.rows[0]!.map((c) => c?.value)).toEqual(['名称', '完成率（%）', '期限']);
    expect(sheet!.rows.slice(1).map((r) => r[0]!.value)).toEqual([`'=HYPERLINK("http://x")`, "'+1", "'@SUM(A1)", "'-2"]);
    expect(sheet!.rows.slice(1).map((r) => r[1]?.value ?? null)).toEqual([12.5, 3, null, -1.25]);
    expect(sheet!.rows[1]![1]!.format).toBe('#,##0.00');
    expect(excelDate(sheet!.rows[1]![2]!.value as number)).toBe('2020-03-31');
    expect(sheet!.xml).toContain('state="frozen"');
    expect(about!.rows.map((r) => r.map((c) => c?.value))).toEqual([['项目', '数值'], ['示例数据', translate('zh', 'bul.sampleNote')], ['文号', '泰政发〔2020〕1号']]);
  });
});

describe('the work-group message', () => {
  interface Tree {
    n_targets: number;
    n_ahead: number;
    n_slightly_behind: number;
    n_far_behind: number;
  }
  interface Behind {
    region_id: string;
    indicator_id: string;
    completion: number | null;
    pace_gap: number | null;
  }

  it.each(['zh', 'en'] as const)('in %s: at most 1,000 characters, the counts, figures, gaps, overdue departments and link of the SQL', async (lang) => {
    const url = dashboardUrl('https://intranet.example/dash/', 'overview', 'taian', 2020, 10, lang);
    const text = digestText(d, lang, url);
    expect([...text].length).toBeLessThanOrEqual(DIGEST_MAX);
    const [tree] = await db.query<Tree>(treeSummary.sql, [...P]);
    // by hand: 118 + 61 + 56 = 235 targets under 泰安市
    expect(tree!.n_ahead + tree!.n_slightly_behind + tree!.n_far_behind).toBe(235);
    expect(text).toContain(lang === 'zh' ? '235项目标：▲达到序时118项，◆略低61项，▼明显落后56项。' : '235 targets: ▲ 118 on pace, ◆ 61 slightly behind, ▼ 56 far behind.');
    const name = (id: string) => (lang === 'en' ? (meta.regions.get(id)!.name_en ?? meta.regions.get(id)!.name_zh) : meta.regions.get(id)!.name_zh);
    const iname = (id: string) => (lang === 'en' ? (meta.indicators.get(id)!.name_en ?? meta.indicators.get(id)!.name_zh) : meta.indicators.get(id)!.name_zh);
    const behind = await db.query<Behind>(laggingTargets.sql, [...P]);
    const first = behind[0]!;
    // the furthest behind: 泰安旅游经济开发区, foreign capital 2,320 of 4,000 = 58.0% against 83.3% elapsed, 25.3 points behind
    expect([first.region_id, first.completion]).toEqual(['tourism_zone', 0.58]);
    expect(text).toContain(`1. ${name(first.region_id)}${lang === 'en' ? ', ' : ''}${iname(first.indicator_id)}`);
    expect(text).toContain(formatPoints(-first.pace_gap!, lang).replace('+', ''));
    expect(text).toContain(lang === 'zh' ? '25.3 个百分点' : '25.3 pp');
    const kpis = await db.query<{ indicator_id: string; status: string; actual: number | null }>(familyKpis.sql, [...P]);
    for (const k of kpis.filter((r) => r.actual != null)) expect(text).toContain(`${STATUS_ICON[asStatus(k.status)]}${lang === 'en' ? ' ' : ''}${iname(k.indicator_id)}`);
    const overdue = await db.query<Overdue>(bulletinOverdue.sql, ['2020-10-31', 'taian']);
    expect(text).toContain(lang === 'zh' ? `逾期任务${overdue.length}项` : `${overdue.length} overdue tasks`);
    expect(text).toContain(lang === 'zh' ? '市工业和信息化局5项' : '市工业和信息化局 5');
    expect(text).toContain(url);
    expect(url).toBe(`https://intranet.example/dash/?screen=overview&region=taian&month=2020-10${lang === 'en' ? '&lang=en' : ''}`);
    expect(text).toContain(lang === 'zh' ? '示例数据' : 'illustrative');
    expect(text).toContain(d.docNumbers[0]!);
  });

  it('shortens its lists rather than pass 1,000 characters', () => {
    const long = { ...d, docNumbers: Array.from({ length: 60 }, (_, i) => `某某市人民政府办公室〔2020〕${i + 1}号`) };
    const text = digestText(long, 'zh', 'http://x/');
    expect([...text].length).toBeLessThanOrEqual(DIGEST_MAX);
    expect(text).toContain('等');
    expect(text).toContain('详情：http://x/');
  });
});

describe('every region with targets', () => {
  it('gets all three documents', async () => {
    const regions = [];
    for (const r of meta.regionList) {
      const [t] = await db.query<{ n_targets: number }>(treeSummary.sql, [2020, 10, r.region_id]);
      if ((t?.n_targets ?? 0) > 0) regions.push(r.region_id);
    }
    expect(regions.length).toBeGreaterThan(10);
    for (const id of regions) {
      const data = await gatherBulletin(db, meta, id, 2020, 10);
      const doc = unzipText(await bulletinDocx(data, 'en'))['word/document.xml']!;
      expect(wordText(doc)).toContain(meta.regions.get(id)!.name_en ?? meta.regions.get(id)!.name_zh);
      expect(xlsxSheets(unzipText(await workbookBytes(bulletinSheets(data, 'en'), 'en'))).length).toBe(6);
      expect([...digestText(data, 'zh', 'http://x/')].length).toBeLessThanOrEqual(DIGEST_MAX);
    }
  }, 120_000);
});

describe('the command', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/bulletin.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

  it.each([
    [['--month', '2020-10', '--region', 'taian', '--format', 'pdf', '--out', 'x.pdf'], /unknown format "pdf": use docx, xlsx or txt/],
    [['--month', '2020-13', '--region', 'taian', '--format', 'txt'], /month "2020-13" is not YYYY-MM/],
    [['--month', '2021-10', '--region', 'taian', '--format', 'txt'], /no data for taian in 2021-10; months with data: 2020-10, 2020-09/],
    [['--month', '2020-10', '--region', 'atlantis', '--format', 'txt'], /unknown region "atlantis"; regions are: shandong, taian/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  }, 120_000);

  it('writes the Word bulletin of another region and prints the English message', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bulletin-')), 'xintai.docx');
    const w = run(['--month', '2020-10', '--region', 'xintai', '--format', 'docx', '--out', out]);
    expect(w.status).toBe(0);
    expect(wordText(unzipText(new Uint8Array(readFileSync(out)))['word/document.xml']!)).toContain('新泰市2020年10月目标任务推进情况通报');
    const t = run(['--month', '2020-10', '--region', 'taian', '--format', 'txt', '--lang', 'en', '--url', 'https://dash.example/']);
    expect(t.status).toBe(0);
    expect(t.stdout).toContain('235 targets: ▲ 118 on pace');
    expect(t.stdout).toContain('https://dash.example/?screen=bulletin&region=taian&month=2020-10&lang=en');
  }, 120_000);
});
