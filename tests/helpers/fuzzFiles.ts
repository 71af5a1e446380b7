/**
 * Mutated input files for fuzzing the intake (tests/sql/intakeFuzz.test.ts). A file is described
 * by a recipe — a seed file, text edits, an encoding, byte edits — so that fast-check shrinks the
 * recipe and prints a counterexample a person can read; `buildFile` turns a recipe into bytes.
 *
 * Seeds: every small file of the intake corpus (tests/fixtures/intake) and the head of every
 * sample file (data/sample), decoded the way the intake decodes them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { decodeBytes } from '../../src/data/decode.ts';
import { ROOT } from './loadFixture.ts';

const SAMPLE_HEAD_LINES = 40;
/** Small seeds only: the large inputs are made on purpose (largeBatch). */
const MAX_SEED_BYTES = 16 * 1024;

/** Seed name (path under the repository) -> text. */
export const SEEDS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const walk = (dir: string, head: boolean) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, head);
      else if (name.endsWith('.csv')) {
        const bytes = new Uint8Array(readFileSync(full));
        if (!head && bytes.length > MAX_SEED_BYTES) continue;
        const d = decodeBytes(bytes);
        // a binary seed becomes Latin-1 text, one char per byte (the latin1 encoding gives the bytes back)
        let text = d.ok ? d.text : String.fromCharCode(...bytes);
        if (head) text = text.split('\n').slice(0, SAMPLE_HEAD_LINES).join('\n');
        out.set(relative(ROOT, full), text);
      }
    }
  };
  walk(join(ROOT, 'tests/fixtures/intake'), false);
  walk(join(ROOT, 'data/sample'), true);
  return out;
})();

/** Column names of every role and of the wide exports: header mutations swap them in. */
const HEADER_WORDS = [
  'indicator_id', 'region_id', 'period', 'value', 'quality', 'year', 'kind', 'target_id', 'name_zh', 'unit', 'direction',
  'level', 'parent_id', 'doc_id', 'title', 'doc_number', 'issued_on', 'task_id', 'lead_unit', 'deadline', 'alias',
  'canonical', 'rule_id', 'rule_type', 'amount', '指标', '地区', '2020年', '2020年10月', '2020年第三季度', 'INDICATOR_ID', '',
];

/** Text that CSV parsers and the intake's value rules treat specially. */
const TOKENS = [
  '"', '""', '"""', '","', ',', ';', '\t', '|', '\r', '\n', '\r\n', '\n\n', '\0', ' ', '\u3000', '\uFEFF', '\u2028',
  '—', '..', '…', '-', '%', '1e309', 'NaN', '-0', '99999999999999999999999', '2020-13', '2020年13月', '0x1F',
  '<img src=x onerror="window.__pwned=1">', '=HYPERLINK("http://evil")', "'; DROP TABLE observations; --",
  '注：', '数据库：年度数据', '数据来源：', '\uD800', '\uDFFF', '😀', 'é',
];

export type TextOp =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; n: number }
  | { op: 'append'; text: string }
  | { op: 'eol'; to: '\n' | '\r\n' | '\r' | '\u2028' }
  | { op: 'blankLines'; line: number; text: string; n: number }
  | { op: 'header'; how: 'swap' | 'duplicate' | 'drop' | 'rename' | 'upper' | 'pad' | 'quote' | 'bom' | 'remove'; i: number; j: number; word: string }
  | { op: 'bigCell'; line: number; col: number; length: number; fill: string }
  | { op: 'wideRow'; line: number; columns: number };

/** How the text becomes bytes. `latin1` keeps the low byte of each code unit; `gbk` declares itself nowhere. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16le' | 'utf-16le-bom' | 'utf-16be' | 'utf-16be-bom' | 'latin1';

export type ByteOp =
  | { op: 'truncate'; at: number }
  | { op: 'flip'; at: number; mask: number }
  | { op: 'insertBytes'; at: number; bytes: number[] }
  | { op: 'deleteBytes'; at: number; n: number };

export interface Recipe {
  /** A seed name, or the text itself (whitespace-only files and other files made from nothing). */
  seed: string;
  text: TextOp[];
  encoding: Encoding;
  bytes: ByteOp[];
}

const splitLines = (s: string) => s.split(/(?<=\n)/);

function applyHeader(text: string, o: Extract<TextOp, { op: 'header' }>): string {
  const nl = text.search(/\r\n|\n|\r/);
  const end = nl < 0 ? text.length : nl;
  const rest = text.slice(end);
  if (o.how === 'remove') return rest.replace(/^(\r\n|\n|\r)/, '');
  const cells = text.slice(0, end).split(',');
  const i = o.i % cells.length;
  const j = o.j % cells.length;
  switch (o.how) {
    case 'swap':
      [cells[i], cells[j]] = [cells[j]!, cells[i]!];
      break;
    case 'duplicate':
      cells.splice(j, 0, cells[i]!);
      break;
    case 'drop':
      cells.splice(i, 1);
      break;
    case 'rename':
      cells[i] = o.word;
      break;
    case 'upper':
      cells[i] = cells[i]!.toUpperCase();
      break;
    case 'pad':
      cells[i] = `  ${cells[i]}\t `;
      break;
    case 'quote':
      cells[i] = `"${cells[i]}"`;
      break;
    case 'bom':
      cells[i] = `\uFEFF${cells[i]}`;
      break;
  }
  return cells.join(',') + rest;
}

function applyText(text: string, o: TextOp): string {
  const at = (n: number) => n % (text.length + 1);
  switch (o.op) {
    case 'insert':
      return text.slice(0, at(o.at)) + o.text + text.slice(at(o.at));
    case 'delete':
      return text.slice(0, at(o.at)) + text.slice(at(o.at) + o.n);
    case 'append':
      return text + o.text;
    case 'eol':
      return text.replace(/\r\n|\n|\r/g, o.to);
    case 'blankLines': {
      const lines = splitLines(text);
      lines.splice(o.line % (lines.length + 1), 0, ...Array<string>(o.n).fill(`${o.text}\n`));
      return lines.join('');
    }
    case 'header':
      return applyHeader(text, o);
    case 'bigCell':
    case 'wideRow': {
      const lines = splitLines(text);
      const li = o.line % Math.max(1, lines.length);
      const line = lines[li] ?? '';
      const eol = line.match(/\r?\n$/)?.[0] ?? '';
      const cells = line.slice(0, line.length - eol.length).split(',');
      if (o.op === 'bigCell') cells[o.col % cells.length] = o.fill.repeat(Math.ceil(o.length / o.fill.length));
      else for (let c = cells.length; c < o.columns; c++) cells.push(c % 2 ? `c${c}` : '');
      lines[li] = cells.join(',') + eol;
      return lines.join('');
    }
  }
}

let gbkTable: Map<string, number[]> | null = null;
/** Char -> GBK bytes, built from the platform's decoder (Node has no GBK encoder). */
function gbkBytes(ch: string): number[] | undefined {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk', { fatal: true });
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        try {
          const s = dec.decode(new Uint8Array([a, b]));
          if (!gbkTable.has(s)) gbkTable.set(s, [a, b]);
        } catch {
          // unassigned pair
        }
      }
    }
  }
  return gbkTable.get(ch);
}

export function encode(text: string, enc: Encoding): Uint8Array {
  switch (enc) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'latin1':
      return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    case 'gbk': {
      const out: number[] = [];
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        if (cp < 0x80) out.push(cp);
        else out.push(...(gbkBytes(ch) ?? [0x3f]));
      }
      return Uint8Array.from(out);
    }
    default: {
      const bom = enc.endsWith('-bom');
      const le = enc.startsWith('utf-16le');
      const units = (bom ? '\uFEFF' : '') + text;
      const out = new Uint8Array(units.length * 2);
      for (let i = 0; i < units.length; i++) {
        const u = units.charCodeAt(i);
        out[2 * i + (le ? 0 : 1)] = u & 0xff;
        out[2 * i + (le ? 1 : 0)] = u >> 8;
      }
      return out;
    }
  }
}

function applyBytes(b: Uint8Array, o: ByteOp): Uint8Array {
  const at = (n: number) => n % (b.length + 1);
  switch (o.op) {
    case 'truncate':
      return b.slice(0, at(o.at));
    case 'flip': {
      if (b.length === 0) return b;
      const c = b.slice();
      c[o.at % b.length]! ^= o.mask;
      return c;
    }
    case 'insertBytes':
      return Uint8Array.from([...b.subarray(0, at(o.at)), ...o.bytes, ...b.subarray(at(o.at))]);
    case 'deleteBytes':
      return Uint8Array.from([...b.subarray(0, at(o.at)), ...b.subarray(at(o.at) + o.n)]);
  }
}

export function buildFile(r: Recipe): Uint8Array {
  let text = SEEDS.get(r.seed) ?? r.seed;
  for (const o of r.text) text = applyText(text, o);
  let bytes = encode(text, r.encoding);
  for (const o of r.bytes) bytes = applyBytes(bytes, o);
  return bytes;
}

// ---- arbitraries -------------------------------------------------------------------------------

const pos = fc.nat({ max: 1 << 20 });
const token = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) });

/** Bytes that break decoders: lone continuation bytes, overlong forms, surrogates, GBK lead bytes, NUL, BOM pieces. */
const BAD_BYTES = [[0x80], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xfe, 0xff], [0xff, 0xfe], [0xef, 0xbb], [0x00], [0x81, 0x30], [0xd6], [0x22], [0x0d]];

const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), at: pos, text: token }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: pos, n: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('append' as const), text: fc.constantFrom('"', '\r', ',"', '\0', '\n\n\n', ' ', '""') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('eol' as const), to: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const, '\u2028' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('blankLines' as const), line: pos, text: fc.constantFrom('', ' ', '\t', ',,,', ' , ', '\u3000'), n: fc.integer({ min: 1, max: 4 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('header' as const),
      how: fc.constantFrom('swap' as const, 'duplicate' as const, 'drop' as const, 'rename' as const, 'upper' as const, 'pad' as const, 'quote' as const, 'bom' as const, 'remove' as const),
      i: fc.nat({ max: 40 }),
      j: fc.nat({ max: 40 }),
      word: fc.constantFrom(...HEADER_WORDS),
    }),
  },
);

const truncate = fc.record({ op: fc.constant('truncate' as const), at: pos });
const byteEdit: fc.Arbitrary<ByteOp> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('flip' as const), at: pos, mask: fc.integer({ min: 1, max: 255 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('insertBytes' as const),
      at: pos,
      bytes: fc.oneof(fc.constantFrom(...BAD_BYTES), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('deleteBytes' as const), at: pos, n: fc.integer({ min: 1, max: 16 }) }) },
);
const byteOp: fc.Arbitrary<ByteOp> = fc.oneof({ weight: 1, arbitrary: truncate }, { weight: 4, arbitrary: byteEdit });

const encoding: fc.Arbitrary<Encoding> = fc.oneof(
  { weight: 12, arbitrary: fc.constant('utf-8' as const) },
  { weight: 1, arbitrary: fc.constantFrom('utf-8-bom' as const, 'gbk' as const, 'utf-16le' as const, 'utf-16le-bom' as const, 'utf-16be' as const, 'utf-16be-bom' as const, 'latin1' as const) },
);

/** Files made from nothing: empty, whitespace only, line ends only. */
const blankSeed = fc.string({ unit: fc.constantFrom(' ', '\t', '\r', '\n', '\r\n', '\u3000', '\uFEFF', '\f', '\v'), maxLength: 12 });

const seed = fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...SEEDS.keys()) }, { weight: 1, arbitrary: blankSeed });

/** A seed with up to three text edits, an encoding and up to three byte edits. */
export const recipe: fc.Arbitrary<Recipe> = fc.record({
  seed,
  text: fc.array(textOp, { maxLength: 3 }),
  encoding,
  bytes: fc.array(byteOp, { maxLength: 3 }),
});

const large = (op: fc.Arbitrary<TextOp>): fc.Arbitrary<Recipe> =>
  fc.record({
    seed: fc.constantFrom(...SEEDS.keys()),
    text: fc.tuple(op),
    encoding: fc.constantFrom('utf-8' as const, 'gbk' as const, 'utf-16le-bom' as const),
    // no truncation: the file stays large
    bytes: fc.array(byteEdit, { maxLength: 1 }),
  });

/** Large inputs, fuzzed less often: in every batch a cell of a million characters and a row (the header, when shrunk) of 10,000 columns. */
export const largeBatch: fc.Arbitrary<Recipe[]> = fc
  .tuple(
    large(fc.record({ op: fc.constant('bigCell' as const), line: pos, col: fc.oneof(fc.constant(0), fc.nat({ max: 12 })), length: fc.constant(1 << 20), fill: fc.constantFrom('9', ' ', '"', '""', 'a;', '1,', '年', '\t', '(', '_') })),
    large(fc.record({ op: fc.constant('wideRow' as const), line: pos, columns: fc.constant(10_000) })),
  )
  .map((files) => [...files]);
