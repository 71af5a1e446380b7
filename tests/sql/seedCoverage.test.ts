/**
 * Every trackable line of the five seed plans is accounted for in the sample data, loaded through
 * the real intake: as a target (data/sample/targets*.csv) or listed with its reason
 * (data/sample/untracked-targets.csv).
 *
 * "Trackable line": a distinct (seed, line) of src/cli/seed-data/targets-extracted.csv (the
 * `line` cell as written, e.g. `632;714` when the prose and the task table say it twice) with a
 * row whose kind is level, count, ratio%, growth%, threshold or benchmark (any direction), or a
 * time limit (kind duration) with direction at_most, lower_is_better or at_least. Reward amounts,
 * deadlines, cadences, points and plan periods are other kinds and not counted.
 * A line is loaded when one target of the seed (doc_id starting with the seed number) names all
 * of its line numbers in source_line; listed likewise in untracked-targets.csv.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Db } from '../../src/db/types.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';

const TRACKED_KINDS = new Set(['level', 'count', 'ratio%', 'growth%', 'threshold', 'benchmark']);
const TIME_LIMIT_DIRECTIONS = new Set(['at_most', 'lower_is_better', 'at_least']);
type Extract = { seed: string; kind: string; direction: string; line: string };
const isTrackable = (r: Extract) => TRACKED_KINDS.has(r.kind) || (r.kind === 'duration' && TIME_LIMIT_DIRECTIONS.has(r.direction));
const parts = (s: string) => s.split(';').map((x) => x.trim()).filter(Boolean);

const extract = Papa.parse<Extract>(readFileSync(join(ROOT, 'src/cli/seed-data/targets-extracted.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
const lines = new Map<string, Set<string>>();
for (const r of extract.filter(isTrackable)) {
  const seed = r.seed.slice(0, 3);
  if (!lines.has(seed)) lines.set(seed, new Set());
  lines.get(seed)!.add(r.line);
}

let db: Db;
let targets: { plan: string; source_line: string }[];
let untracked: { plan: string; source_line: string; reason: string }[];
beforeAll(async () => {
  ({ db } = await loadFixture(join(ROOT, 'data')));
  targets = await db.query('SELECT left(doc_id, 3) AS plan, source_line FROM targets WHERE source_line IS NOT NULL');
  untracked = await db.query('SELECT left(doc_id, 3) AS plan, source_line, reason FROM untracked_targets');
}, 120_000);
afterAll(() => db.close());

function account(seed: string) {
  const covers = (rows: { plan: string; source_line: string }[], line: string) =>
    rows.find((r) => r.plan === seed && parts(line).every((p) => parts(r.source_line).includes(p)));
  const out = { lines: 0, loaded: 0, listed: new Map<string, string>(), missing: [] as string[] };
  for (const line of lines.get(seed) ?? []) {
    out.lines++;
    if (covers(targets, line)) out.loaded++;
    else {
      const u = covers(untracked, line) as { reason: string } | undefined;
      if (u) out.listed.set(line, u.reason);
      else out.missing.push(line);
    }
  }
  return out;
}

/** Reasons that say the line holds no target at all: not something left undone. */
const NOT_A_TARGET = new Set(['fact', 'rule_condition', 'plan_period', 'reward']);

describe('every trackable seed line is loaded as a target or listed with its reason', () => {
  it('counts the trackable lines as the issue does', () => {
    expect(Object.fromEntries([...lines].map(([s, l]) => [s, l.size]))).toEqual({ '000': 35, '001': 27, '002': 37, '003': 136, '004': 39 });
  });

  for (const seed of ['000', '001', '002', '003', '004']) {
    it(`seed ${seed}: no line unaccounted for`, () => {
      expect(account(seed).missing).toEqual([]);
    });
  }

  it('seeds 001, 003 and 004: at least 75 % of the trackable lines are loaded targets', () => {
    for (const seed of ['001', '003', '004']) {
      const a = account(seed);
      expect(a.loaded / a.lines, `${seed}: ${a.loaded}/${a.lines}`).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('seeds 000 and 002: every line with a target is loaded; the rest are facts, rules, periods or rewards', () => {
    // 郯城's gazette (000) and 高唐's plan (002) state many conditions of subsidies and
    // thresholds (“总投资额在1亿元以上…”, “报装容量不大于160千瓦”) and facts (“先进集体16个”).
    // Loading those as targets would raise the share above 75 % and mislead; what is loaded is
    // every line with a target: 22 of 35 and 25 of 37 lines.
    for (const [seed, loaded] of [['000', 22], ['002', 25]] as const) {
      const a = account(seed);
      expect(a.loaded, seed).toBe(loaded);
      const targetLike = [...a.listed].filter(([, reason]) => !NOT_A_TARGET.has(reason));
      const measurable = a.lines - (a.listed.size - targetLike.length);
      expect(a.loaded / measurable, `${seed}: ${a.loaded}/${measurable} of the lines that hold a target`).toBeGreaterThanOrEqual(0.75);
    }
  });
});
