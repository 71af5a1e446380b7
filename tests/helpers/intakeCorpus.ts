/** The intake corpus (tests/fixtures/intake): each case is a folder of input files and its expected load report. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareFilePaths, type InputFile } from '../../src/data/intakeFile.ts';
import type { FileReport, Problem } from '../../src/data/report.ts';
import { ROOT } from './loadFixture.ts';

export const CORPUS = join(ROOT, 'tests/fixtures/intake');

export interface ExpectedFile {
  role: string | null;
  shape: string;
  encoding: string | null;
  delimiter?: string;
  unit?: 'rows' | 'cells';
  read: number;
  loaded: number;
  rejected: number;
  superseded?: number;
  supersedes?: number;
  errors?: number;
  /** ok | warning | partial | failed */
  status?: string;
  missingCells?: number;
  fileProblem?: string;
  fileDetail?: string;
  rejects?: string[];
  notes?: string[];
  matches?: Record<string, string>;
  generatedRegions?: string[];
  unmatched?: { regions: string[]; indicators: string[] };
}

export interface Expected {
  about: string;
  catalog?: boolean;
  files: Record<string, ExpectedFile>;
  sql?: { q: string; rows: unknown[][] }[];
}

export interface Case {
  name: string;
  expected: Expected;
  inputs: InputFile[];
}

const read = (dir: string, prefix = ''): InputFile[] =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.csv') && statSync(join(dir, n)).isFile())
    .map((n) => ({ path: prefix + n, bytes: new Uint8Array(readFileSync(join(dir, n))) }));

export function corpusCases(): Case[] {
  const dir = join(CORPUS, 'cases');
  const catalog = read(join(CORPUS, 'catalog'), 'catalog/');
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected;
      const own = read(join(dir, name)).sort((a, b) => compareFilePaths(a.path, b.path));
      return { name, expected, inputs: [...(expected.catalog === false ? [] : catalog), ...own] };
    });
}

const DETAIL_CODES = new Set(['superseded', 'duplicate_row', 'duplicate_id']);

/** `5 unknown_region [地区] 北京市 ×3`, `3 superseded fdi taian 2020-09 -> other.csv:2` */
export function rejectText(p: Problem): string {
  return [
    String(p.line),
    p.code,
    p.column ? `[${p.column}]` : '',
    p.value ?? '',
    DETAIL_CODES.has(p.code) && p.detail ? `-> ${p.detail}` : '',
    (p.count ?? 1) > 1 ? `×${p.count}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function matchText(m: FileReport['indicatorMatches'][number]): string {
  return m.how === 'catalogue' ? `${m.id} ×${m.factor}` : `${m.id} generated${m.note ? ` (${m.note})` : ''}`;
}
