/**
 * `npm run check-data`: the same intake and the same words as the data screen; exit 1 on errors
 * only; a 200 MB file is refused from its size without being read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkData, readDataFolder } from '../../src/cli/check-data.ts';
import { describeFileProblem, problemLine } from '../../src/i18n/problems.ts';
import { writeBigCsv } from '../helpers/bigFile.ts';
import { CORPUS } from '../helpers/intakeCorpus.ts';
import { ROOT } from '../helpers/loadFixture.ts';

const dirs: string[] = [];
function folder(...cases: string[]): string {
  const d = mkdtempSync(join(tmpdir(), 'check-data-'));
  dirs.push(d);
  cpSync(join(CORPUS, 'catalog'), d, { recursive: true });
  for (const c of cases) cpSync(join(CORPUS, 'cases', c), join(d, c), { recursive: true, filter: (src) => !src.endsWith('.json') });
  return d;
}
let big: string;
beforeAll(() => {
  big = folder('01-tidy-all-roles');
  writeBigCsv(join(big, '2020年全市明细.csv'));
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('check-data', () => {
  it('prints every problem with file, line, column and reason, and exits 1 on errors', async () => {
    const res = await checkData(folder('13-unknown-indicator-and-region', '21-stats-provincial'), { lang: 'zh', limit: 50 });
    expect(res.exitCode).toBe(1);
    const problems = res.reports.flatMap((r) => r.rejects.map((p) => problemLine(r.file, p, 'zh')));
    expect(problems).toHaveLength(7);
    for (const line of problems) expect(res.text).toContain(line);
    expect(res.text).toContain('13-unknown-indicator-and-region/obs.csv:3: 列“indicator_id”：未知指标“gdp_per_capita”');
    expect(res.text).toContain('21-stats-provincial/分省年度数据.csv:5: 列“地区”：未知区域“北京市”');
    expect(res.text).toContain('未匹配的区域: 北京市、天津市、内蒙古自治区、西藏自治区');
    expect(res.text).toContain('2 个文件有错误（15 行或数值被拒绝）');
  });

  it('exits 0 when files have only warnings (a superseded row, a gap marker)', async () => {
    const res = await checkData(folder('05-missing-markers', '15-duplicates-across-files'), { lang: 'en', limit: 50 });
    expect(res.exitCode).toBe(0);
    expect(res.text).toContain('superseded by 15-duplicates-across-files/2020年1-10月.csv:2 (fdi taian 2020-09)');
    expect(res.text).toMatch(/no errors$/);
  });

  it('refuses a 200 MB file from its size, without reading it', async () => {
    const { inputs, tooLarge } = readDataFolder(big);
    expect(inputs.map((f) => f.path)).not.toContain('2020年全市明细.csv');
    expect(tooLarge.map((r) => [r.file, r.fileProblem?.code])).toEqual([['2020年全市明细.csv', 'too_large']]);
    // the real command, as an analyst's script would run it
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/check-data.ts'), big], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`2020年全市明细.csv: ${describeFileProblem('too_large', '200.0 MB > 32 MB', 'zh')}`);
    expect(run.stdout).toContain('✓ 01-tidy-all-roles/observations.csv');
  });
});
