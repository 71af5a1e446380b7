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
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (r) => {
      const cursor = r.meta.cursor;
      const rowLine = line;
      // advance the line counter over the row's own text (quoted newlines included)
      for (let i = start; i < cursor && i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
      }
      // and over the line break that ended it
      if (text.charCodeAt(cursor) === 13) {
        line++;
        start = text.charCodeAt(cursor + 1) === 10 ? cursor + 2 : cursor + 1;
      } else if (text.charCodeAt(cursor) === 10) {
        line++;
        start = cursor + 1;
      } else start = cursor;
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
