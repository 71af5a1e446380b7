/** Reads back .docx and .xlsx files the way a test needs them: unzip, then the XML as tables of text. */
import { strFromU8, unzipSync } from 'fflate';

export function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
}

function all(re: RegExp, s: string): RegExpExecArray[] {
  return [...s.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))];
}

/** The text of every `<w:t>` run in a piece of WordprocessingML. */
export function wordText(xml: string): string {
  return all(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/, xml)
    .map((m) => unescapeXml(m[1]!))
    .join('');
}

export interface WordTable {
  xml: string;
  /** each row's cells as text */
  rows: string[][];
  /** rows marked to repeat at the top of every page */
  headerRows: number;
}

export function wordTables(documentXml: string): WordTable[] {
  return all(/<w:tbl>([\s\S]*?)<\/w:tbl>/, documentXml).map((t) => {
    const rows = all(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/, t[1]!);
    return {
      xml: t[1]!,
      rows: rows.map((r) => all(/<w:tc>([\s\S]*?)<\/w:tc>/, r[1]!).map((c) => wordText(c[1]!))),
      headerRows: rows.filter((r) => /<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/.test(r[1]!)).length,
    };
  });
}

export interface XlsxCell {
  value: string | number;
  /** the number format of the cell's style, e.g. `0.0%` or `yyyy-mm-dd` */
  format: string | null;
}

export interface XlsxSheet {
  name: string;
  xml: string;
  rows: (XlsxCell | null)[][];
}

export function xlsxSheets(files: Record<string, string>): XlsxSheet[] {
  const shared = all(/<si>([\s\S]*?)<\/si>/, files['xl/sharedStrings.xml'] ?? '').map((m) =>
    all(/<t(?:\s[^>]*)?>([^<]*)<\/t>/, m[1]!)
      .map((t) => unescapeXml(t[1]!))
      .join(''),
  );
  const styles = files['xl/styles.xml'] ?? '';
  const numFmts = new Map(all(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/, styles).map((m) => [m[1]!, unescapeXml(m[2]!)]));
  const xfs = all(/<xf\b([^>]*)>/, /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').map((m) => /numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? null);
  const rels = new Map(all(/<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"/, files['xl/_rels/workbook.xml.rels'] ?? '').map((m) => [m[1]!, m[2]!]));
  return all(/<sheet r:id="([^"]+)" sheetId="\d+" name="([^"]*)"\/>/, files['xl/workbook.xml'] ?? '').map((s) => {
    const xml = files[`xl/${rels.get(s[1]!)}`] ?? '';
    const rows = all(/<row r="\d+"[^>]*>([\s\S]*?)<\/row>/, xml).map((r) => {
      const out: (XlsxCell | null)[] = [];
      for (const c of all(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/, r[1]!)) {
        const col = [...c[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const attrs = c[2]!;
        const v = /<v>([^<]*)<\/v>/.exec(c[3] ?? '')?.[1];
        const inline = /<is>([\s\S]*?)<\/is>/.exec(c[3] ?? '')?.[1];
        const type = /\bt="(\w+)"/.exec(attrs)?.[1];
        const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
        const fmtId = xfs[style] ?? null;
        let value: string | number;
        if (type === 's') value = shared[Number(v)]!;
        else if (type === 'inlineStr') value = wordLike(inline ?? '');
        else if (type === 'str') value = unescapeXml(v ?? '');
        else value = Number(v);
        while (out.length < col) out.push(null);
        out[col] = { value, format: fmtId === null ? null : (numFmts.get(fmtId) ?? `builtin:${fmtId}`) };
      }
      return out;
    });
    return { name: unescapeXml(s[2]!), xml, rows };
  });
}

function wordLike(xml: string): string {
  return all(/<t(?:\s[^>]*)?>([^<]*)<\/t>/, xml)
    .map((t) => unescapeXml(t[1]!))
    .join('');
}

/** An Excel date serial (days since 1899-12-30) as an ISO date. */
export function excelDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}
