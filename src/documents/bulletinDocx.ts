/**
 * 月通报 as a Word document that officials edit and pass on: the bulletin screen's title, date line,
 * illustrative note and sections 一 … 五, with real Word tables whose header row repeats on every
 * page, on A4 portrait with page numbers, the source documents named at the end. Figures are
 * formatted exactly as on screen (src/i18n/format.ts). Loaded only when someone exports.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IStylesOptions,
} from 'docx';
import { PRINT_STYLE } from '../charts/chartStyle.ts';
import { asTargetStatus, targetStatusIcon } from '../charts/status.ts';
import { formatDate, formatPoints, formatRatio, formatValue, formatYearMonth } from '../i18n/format.ts';
import type { Lang } from '../i18n/strings.ts';
import type { BulletinData } from './bulletinData.ts';
import { groupBy } from '../data/groupBy.ts';
import { bulletinHeading, indicatorLabel, rankedUnitLabel, regionLabel, translator, type Tr } from './names.ts';

/** A4 in twentieths of a point, as Word stores it. */
export const A4 = { width: 11906, height: 16838 } as const;
/** 2.54 cm top/bottom, 2.2 cm left/right: the usual margins of a government notice. */
const MARGIN = { top: 1440, bottom: 1440, left: 1247, right: 1247 };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEAD_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };

const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: BODY_FONT, size: 21 }, paragraph: { spacing: { after: 60, line: 300 } } },
    title: { run: { font: HEAD_FONT, size: 36, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
    heading1: { run: { font: HEAD_FONT, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
    heading2: { run: { font: HEAD_FONT, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
  },
};

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

interface Col {
  header: string;
  /** share of the text width, in parts */
  width: number;
  right?: boolean;
}

type CellText = string | TextRun[];

/** 9 pt in tables, so that a gap like “−21.3 个百分点” stays on one line */
const TABLE_SIZE = 18;

function cell(content: CellText, col: Col, opts: { header?: boolean; span?: number; shade?: string } = {}): TableCell {
  const runs = typeof content === 'string' ? [new TextRun({ text: content, bold: opts.header, size: TABLE_SIZE })] : content;
  return new TableCell({
    children: [new Paragraph({ children: runs, alignment: col.right && !opts.span ? AlignmentType.RIGHT : AlignmentType.LEFT, spacing: { after: 0, line: 260 } })],
    columnSpan: opts.span,
    shading: opts.shade ? { fill: opts.shade, type: 'clear', color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/** A table whose first row repeats at the top of every page and whose rows are never split. */
function table(cols: Col[], rows: (CellText[] | { group: string })[]): Table {
  const total = cols.reduce((s, c) => s + c.width, 0);
  const widths = cols.map((c) => Math.round((c.width / total) * TEXT_WIDTH));
  const head = new TableRow({ tableHeader: true, cantSplit: true, children: cols.map((c) => cell(c.header, c, { header: true, shade: 'E8ECF2' })) });
  const body = rows.map((r) =>
    'group' in r
      ? new TableRow({ cantSplit: true, children: [cell([new TextRun({ text: r.group, bold: true, size: TABLE_SIZE })], cols[0]!, { span: cols.length, shade: 'F4F6F9' })] })
      : new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, cols[i]!)) }),
  );
  return new Table({ rows: [head, ...body], width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, borders: BORDERS });
}

function status(s: unknown, tr: Tr): TextRun[] {
  const st = asTargetStatus(s);
  return [new TextRun({ text: `${targetStatusIcon(st)} ${tr(`status.${st}`)}`, color: PRINT_STYLE.status[st].slice(1), size: TABLE_SIZE })];
}

/**
 * Column shares, by language: Chinese labels are short and wide, English ones long and narrow
 * (“−21.3 个百分点” against “−21.3 pp”, “略低于序时” against “Slightly behind”), so that figures
 * and statuses stay on one line on A4 (looked at in LibreOffice).
 */
const WIDTHS: Record<Lang, { ranking: number[]; indicator: number[]; own: number[] }> = {
  zh: { ranking: [7, 19, 10, 10, 10, 12, 17, 15], indicator: [7, 14, 14.5, 14.5, 9, 11, 15, 15], own: [16, 12, 11.5, 11.5, 8.5, 10.5, 15, 15] },
  en: { ranking: [7, 19, 10, 10, 9, 11, 13, 19], indicator: [7, 16, 14, 14, 12, 9, 11, 17], own: [19, 12, 11, 11, 13, 9, 11, 15] },
};

const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });

function rankingTable(d: BulletinData, lang: Lang, tr: Tr): Table {
  const w = WIDTHS[lang].ranking;
  const cols: Col[] = [
    { header: tr('rank'), width: w[0]!, right: true },
    { header: tr(d.byDepartment ? 'pol.department' : 'units'), width: w[1]! },
    { header: tr('targetsOnPace'), width: w[2]!, right: true },
    { header: tr('status.slightly_behind'), width: w[3]!, right: true },
    { header: tr('status.far_behind'), width: w[4]!, right: true },
    { header: tr('composite'), width: w[5]!, right: true },
    { header: tr('meanGap'), width: w[6]!, right: true },
    { header: tr('status'), width: w[7]! },
  ];
  return table(
    cols,
    d.ranking.map((r) => [
      String(r.sibling_rank),
      rankedUnitLabel(d, r, lang),
      `${r.n_ahead} / ${r.n_targets}`,
      String(r.n_slightly_behind),
      String(r.n_far_behind),
      formatRatio(r.share_ahead, lang),
      formatPoints(r.mean_gap, lang),
      status(r.overall_status, tr),
    ]),
  );
}

function indicatorBlocks(d: BulletinData, lang: Lang, tr: Tr): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const [id, rows] of groupBy(d.indicators, (r) => r.indicator_id)) {
    const im = d.indicatorInfo[id];
    const fv = (v: number | null) => formatValue(v, im?.unit, lang, im?.decimals ?? null);
    // as on screen: time elapsed is shown only for cumulative targets
    const cumulative = rows.some((r) => r.is_cumulative_target);
    const doc = rows[0]?.doc_number;
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(indicatorLabel(d, id, lang)), ...(doc ? [new TextRun({ text: ` · ${doc}`, bold: false, color: '555555', size: TABLE_SIZE })] : [])] }));
    const w = WIDTHS[lang].indicator;
    const cols: Col[] = [
      { header: tr('rank'), width: w[0]!, right: true },
      { header: tr('units'), width: w[1]! },
      { header: tr('target'), width: w[2]!, right: true },
      { header: tr('actual'), width: w[3]!, right: true },
      { header: tr('completion'), width: w[4]!, right: true },
      ...(cumulative ? [{ header: tr('timeProgress'), width: w[5]!, right: true }] : []),
      { header: tr('paceGap'), width: w[6]!, right: true },
      { header: tr('status'), width: w[7]! },
    ];
    out.push(
      table(
        cols,
        rows.map((r) => [
          r.sibling_rank == null ? '—' : String(r.sibling_rank),
          regionLabel(d, r.region_id, lang),
          fv(r.target_value),
          fv(r.actual),
          formatRatio(r.completion, lang),
          ...(cumulative ? [formatRatio(r.expected, lang)] : []),
          formatPoints(r.pace_gap, lang),
          status(r.status, tr),
        ]),
      ),
    );
  }
  return out;
}

/** A county's own targets as one table: each indicator, its lead department, its pace. */
function ownTargetsTable(d: BulletinData, lang: Lang, tr: Tr): Table {
  const w = WIDTHS[lang].own;
  const cols: Col[] = [
    { header: tr('indicator'), width: w[0]! },
    { header: tr('pol.department'), width: w[1]! },
    { header: tr('target'), width: w[2]!, right: true },
    { header: tr('actual'), width: w[3]!, right: true },
    { header: tr('completion'), width: w[4]!, right: true },
    { header: tr('timeProgress'), width: w[5]!, right: true },
    { header: tr('paceGap'), width: w[6]!, right: true },
    { header: tr('status'), width: w[7]! },
  ];
  return table(
    cols,
    d.indicators.map((r) => {
      const im = d.indicatorInfo[r.indicator_id];
      const fv = (v: number | null) => formatValue(v, im?.unit, lang, im?.decimals ?? null);
      return [
        indicatorLabel(d, r.indicator_id, lang),
        r.department ?? '',
        fv(r.target_value),
        fv(r.actual),
        formatRatio(r.completion, lang),
        // as on screen: time elapsed is shown only for cumulative targets
        r.is_cumulative_target ? formatRatio(r.expected, lang) : '—',
        formatPoints(r.pace_gap, lang),
        status(r.status, tr),
      ];
    }),
  );
}

function laggingBlock(d: BulletinData, lang: Lang, tr: Tr): Paragraph[] {
  if (d.farBehind.length === 0) return [para(tr('bul.laggingNone'))];
  return d.farBehind.map(
    (r, i) =>
      new Paragraph({
        indent: { left: 420, hanging: 420 },
        children: [
          new TextRun(
            `${i + 1}. ` +
              tr('bul.laggingLine', {
                region: rankedUnitLabel(d, r, lang),
                indicator: indicatorLabel(d, r.indicator_id, lang),
                completion: formatRatio(r.completion, lang),
                gap: formatPoints(r.pace_gap == null ? null : Math.abs(r.pace_gap), lang).replace(/^[+±]/, ''),
                since: r.behind_since_month ? tr('bul.since', { month: formatYearMonth(d.year, r.behind_since_month, lang) }) : '',
              }),
          ),
        ],
      }),
  );
}

function tasksBlock(d: BulletinData, lang: Lang, tr: Tr): (Paragraph | Table)[] {
  if (d.overdue.length === 0) return [para(tr('bul.tasksNone', { date: formatDate(d.date, lang) }))];
  const cols: Col[] = [
    { header: tr('pol.task'), width: 46 },
    { header: tr('docNumber'), width: 26 },
    { header: tr('pol.deadline'), width: 18, right: true },
    { header: tr('pol.daysOverdue'), width: 10, right: true },
  ];
  const rows: (CellText[] | { group: string })[] = [];
  for (const [dept, list] of groupBy(d.overdue, (r) => r.department ?? '')) {
    rows.push({ group: tr('bul.deptHead', { dept: dept || tr('bul.noDept'), n: list[0]!.dept_overdue }) });
    for (const r of list) rows.push([`${r.title}${r.milestone ? ` · ${r.milestone}` : ''}`, r.doc_number ?? r.doc_id, formatDate(r.deadline, lang), tr('pol.days', { n: r.days_overdue })]);
  }
  return [table(cols, rows)];
}

function footer(tr: Tr): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [tr('doc.pageBefore'), PageNumber.CURRENT, tr('doc.pageMid'), PageNumber.TOTAL_PAGES, tr('doc.pageAfter')], size: 18 })],
      }),
    ],
  });
}

export function bulletinDocument(d: BulletinData, lang: Lang): Document {
  const tr = translator(lang);
  const h = bulletinHeading(d, lang);
  const s = d.summary;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: h.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: tr('bul.subtitle', { month: h.month, tp: h.tp, date: formatDate(d.date, lang) }), color: '444444' })] }),
    ...(d.illustrative ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: tr('bul.sampleNote'), color: 'B45309', bold: true })] })] : []),
    heading(tr('bul.summary')),
    para(s ? tr('bul.summaryText', { month: h.month, tp: h.tp, region: regionLabel(d, d.regionId, lang), n: s.n_targets, a: s.n_ahead, s: s.n_slightly_behind, f: s.n_far_behind }) : tr('noData')),
    heading(tr(d.byDepartment ? 'bul.rankingDepts' : 'bul.ranking')),
    d.ranking.length ? rankingTable(d, lang, tr) : para(tr('noData')),
    heading(tr('bul.byIndicator')),
    ...(d.indicators.length === 0 ? [para(tr('noData'))] : d.byDepartment ? [ownTargetsTable(d, lang, tr)] : indicatorBlocks(d, lang, tr)),
    heading(tr(d.byDepartment ? 'bul.laggingDepts' : 'bul.lagging')),
    ...laggingBlock(d, lang, tr),
    heading(tr('bul.tasks')),
    ...tasksBlock(d, lang, tr),
  ];
  if (d.docNumbers.length) children.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: tr('doc.sources', { docs: d.docNumbers.join(lang === 'zh' ? '；' : '; ') }), size: 18, color: '444444' })] }));
  return new Document({
    creator: tr('appTitle'),
    title: h.title,
    styles: STYLES,
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } },
        footers: { default: footer(tr) },
        children,
      },
    ],
  });
}

/** The .docx bytes; the same call in the browser and in node. */
export async function bulletinDocx(d: BulletinData, lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(bulletinDocument(d, lang)));
}
