/** CSV text -> rows with their line numbers in the file (papaparse; quoted fields may span lines). */
import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: string;
  rows: CsvRow[];
  /** Rows papaparse could not read cleanly (e.g. an unclosed quote), with their line. */
  errors: { line: number; message: string }[];
}

const DELIMITERS = [',', '\t', ';', '|'];

/** Guesses the delimiter from the first lines: the candidate that splits them most consistently. */
export function guessDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/, 20).filter((l) => l.trim() !== '');
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const max = Math.max(0, ...counts);
    if (max === 0) continue;
    // lines agreeing on the modal count of this delimiter
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    const agree = Math.max(...freq.values());
    const score = agree * 1000 + max;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

export function parseCsv(text: string, delimiter = guessDelimiter(text)): ParsedCsv {
  const rows: CsvRow[] = [];
  const errors: ParsedCsv['errors'] = [];
  // a row's line is 1 + the line breaks before its first character, counted as the load report and
  // a text editor count them (CRLF, LF and a lone CR each one break), whichever break papaparse
  // itself splits rows on (it guesses one: on a file mixing \r and \r\n, a row can start with \n)
  let start = 0;
  let counted = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (r) => {
      for (let i = counted; i < start && i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 || (c === 10 && text.charCodeAt(i - 1) !== 13)) line++;
      }
      counted = Math.max(counted, start);
      const rowLine = line;
      const cursor = r.meta.cursor;
      const linebreak = r.meta.linebreak;
      start = linebreak && text.startsWith(linebreak, cursor) ? cursor + linebreak.length : cursor;
      const cells = r.data;
      if (r.errors.length > 0) {
        errors.push({ line: rowLine, message: r.errors.map((e) => e.message).join('; ') });
      }
      if (cells.length === 1 && cells[0]!.trim() === '') return;
      if (cells.every((c) => c.trim() === '')) return;
      rows.push({ line: rowLine, cells });
    },
  });
  return { delimiter, rows, errors };
}
