/**
 * A tidy observations file read by DuckDB's own CSV reader instead of papaparse and the row rules
 * in JavaScript: a million-row extract loads in a second or two instead of ten.
 *
 * The load report must stay exactly what the JavaScript intake writes (the same rows read, loaded
 * and rejected, the same lines and reasons). So the reader's rows are loaded only when every one of
 * them is a row those rules accept as written (queries/27_intake_csv.sql says which) and the file
 * is one row per line; otherwise the file goes through the JavaScript intake after all, which then
 * names each rejected line and its reason. A line that does not even parse (too many or too few
 * cells, a stray quote) makes the strict reader fail, which sends the file there too. Not
 * `store_rejects`: it records every surplus cell of a line as a reject of its own, each with the
 * whole line: the time grows with the square of a line's length (a line of 32 KB of commas 2.2 s,
 * 64 KB 6.7 s, 1 MB, which the fuzz made, about half an hour).
 */
import type { Db } from '../db/types.ts';
import { guessDelimiter, parseCsv } from './csvParse.ts';
import { looksBinary, type Encoding } from './decode.ts';
import { MAX_FILE_BYTES, type InputFile } from './intakeFile.ts';
import { detectRole } from './roles.ts';

/** A file that may be read by DuckDB: UTF-8, a tidy observations header, no lone carriage returns. */
export interface ReaderCandidate {
  /** the bytes DuckDB reads: the file without its byte-order mark */
  body: Uint8Array;
  encoding: Extract<Encoding, 'utf-8' | 'utf-8-bom'>;
  delimiter: string;
  header: string[];
  columns: Map<string, number>;
  /** data rows the file holds if every row is one line (the load report's rowsRead) */
  rowsIfOnePerLine: number;
}

/** The delimiters guessDelimiter can pick, as SQL literals (never a value from the file). */
const DELIMITER_SQL: Record<string, string> = { ',': "','", '\t': "'\\t'", ';': "';'", '|': "'|'" };
const LF = 10;
const CR = 13;
/** guessDelimiter reads the first 20 lines: the prefix that holds them decides the delimiter here too. */
const SNIFF_LINES = 21;

/** Line feeds in the file, whether it ends with one, and whether any CR stands alone (papaparse breaks lines there). */
function scanLines(b: Uint8Array): { lf: number; endsWithLf: boolean; loneCr: boolean; ascii: boolean; sniffEnd: number } {
  let lf = 0;
  let loneCr = false;
  let high = 0;
  let sniffEnd = b.length;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === LF) {
      if (++lf === SNIFF_LINES) sniffEnd = i + 1;
    } else if (c === CR) {
      if (b[i + 1] !== LF) loneCr = true;
    } else high |= c;
  }
  return { lf, endsWithLf: b[b.length - 1] === LF, loneCr, ascii: (high & 0x80) === 0, sniffEnd };
}

/** The file as DuckDB's reader would take it, or null when only the JavaScript intake can read it. */
export function readerCandidate(file: InputFile): ReaderCandidate | null {
  const b = file.bytes;
  if (b.length === 0 || b.length > MAX_FILE_BYTES) return null;
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  if (!bom && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return null;
  const body = bom ? b.subarray(3) : b;
  if (!bom && looksBinary(b)) return null;
  const scan = scanLines(body);
  if (scan.loneCr) return null;
  if (!scan.ascii) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      return null; // GB18030: the JavaScript intake decodes it
    }
  }
  const head = new TextDecoder('utf-8').decode(body.subarray(0, scan.sniffEnd));
  const delimiter = guessDelimiter(head);
  if (!(delimiter in DELIMITER_SQL)) return null;
  const firstLine = head.split(/\r?\n/, 1)[0]!;
  const parsed = parseCsv(firstLine, delimiter);
  const header = parsed.rows[0];
  // a blank first line or a header papaparse reads differently alone: leave it to papaparse
  if (!header || header.line !== 1 || parsed.rows.length !== 1 || parsed.errors.length > 0) return null;
  const match = detectRole(header.cells);
  if (match.role !== 'observations') return null;
  const lines = scan.endsWithLf ? scan.lf : scan.lf + 1;
  if (lines < 2) return null;
  return { body, encoding: bom ? 'utf-8-bom' : 'utf-8', delimiter, header: header.cells, columns: match.columns, rowsIfOnePerLine: lines - 1 };
}

let files = 0;

/**
 * Reads the candidate with DuckDB and, when every row is accepted as written, inserts it into the
 * observations table. Returns the rows loaded, or null (nothing inserted) when the file needs the
 * JavaScript intake. The catalogue tables must hold the files loaded before it.
 */
export async function loadWithCsvReader(db: Db, c: ReaderCandidate, sourceFile: string, loadSeq: number): Promise<number | null> {
  const name = `intake_csv_${++files}.csv`;
  const width = c.header.length;
  const cols = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const cell = (key: string) => (c.columns.has(key) ? `c${c.columns.get(key)}` : 'NULL');
  // a copy: DuckDB-WASM takes the buffer it is given, and the JavaScript intake may still need the file
  await db.registerFile(name, { bytes: c.body.slice() });
  try {
    await db.exec(`CREATE OR REPLACE TABLE intake.csv AS
      SELECT ${cell('indicator_id')} AS indicator_id, ${cell('region_id')} AS region_id, ${cell('period')} AS period,
             ${cell('value')} AS value, ${cell('quality')}::VARCHAR AS quality
      FROM read_csv('${name}', header = true, auto_detect = false, delim = ${DELIMITER_SQL[c.delimiter]}, quote = '"', escape = '"',
        columns = {${cols}}, strict_mode = true);`);
    const [check] = await db.query<{ n: number; bad: number; duplicates: number }>(
      `SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE NOT as_written)::INTEGER AS bad,
              (SELECT count(*) FROM (SELECT 1 FROM intake.csv_rows GROUP BY indicator_id, region_id, year, month HAVING count(*) > 1))::INTEGER AS duplicates
       FROM intake.csv_rows`,
    );
    if (!check || check.bad > 0 || check.n !== c.rowsIfOnePerLine || check.duplicates > 0) return null;
    // in the file's order, as the JavaScript intake inserts (the scan keeps the table's order)
    await db.query(
      `INSERT INTO observations BY NAME
       SELECT indicator_id, region_id, period, year, month, freq, value, quality, line AS source_line, ? AS source_file, ? AS load_seq
       FROM intake.csv_rows`,
      [sourceFile, loadSeq],
    );
    return check.n;
  } catch {
    // a file the reader refuses (a line with too many or too few cells, an unclosed quote, invalid
    // text) is the JavaScript intake's to report
    return null;
  } finally {
    await db.exec('DELETE FROM intake.csv').catch(() => undefined);
    await db.dropFile(name).catch(() => undefined);
  }
}
