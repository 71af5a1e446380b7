/**
 * The built JavaScript runs in the webviews leaders open links in (WeChat, DingTalk): Chromium 87
 * and Safari 14 (vite.config.ts build.target). Every chunk in dist/assets, workers included, must
 * parse as ES2022 without the syntax those engines lack: class static blocks (Chrome 94),
 * top-level await (Chrome 89), `#x in obj` (Chrome 91), the RegExp `d` flag (Chrome 90). The app's
 * own code must not call runtime APIs Chrome 87 lacks (Array.prototype.at, Object.hasOwn, …).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Node } from 'acorn';
import { ROOT } from '../helpers/loadFixture.ts';

const ASSETS = join(ROOT, 'dist/assets');

/** Syntax newer than Chrome 87 / Safari 14 found in one parsed program. */
function tooNew(program: Node): string[] {
  const found = new Set<string>();
  const visit = (n: unknown, fnDepth: number) => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const c of n) visit(c, fnDepth);
      return;
    }
    const node = n as { type?: string; left?: { type?: string }; regex?: { flags: string } } & Record<string, unknown>;
    if (node.type === 'StaticBlock') found.add('class static block');
    if (node.type === 'AwaitExpression' && fnDepth === 0) found.add('top-level await');
    if (node.type === 'ForOfStatement' && node.await === true && fnDepth === 0) found.add('top-level for await');
    if (node.type === 'BinaryExpression' && node.left?.type === 'PrivateIdentifier') found.add('#x in obj');
    if (node.regex?.flags.includes('d')) found.add('RegExp d flag');
    if (node.type === 'ImportExpression' && node.options) found.add('import attributes');
    const inFn = node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
    for (const [k, v] of Object.entries(node)) if (k !== 'type' && k !== 'loc') visit(v, fnDepth + (inFn ? 1 : 0));
  };
  visit(program, 0);
  return [...found];
}

function srcFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? srcFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('build target', () => {
  it('every emitted chunk parses for Chromium 87 and Safari 14', () => {
    const chunks = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(2);
    const problems: string[] = [];
    for (const f of chunks) {
      const code = readFileSync(join(ASSETS, f), 'utf8');
      // module chunks and the classic DuckDB worker scripts
      let program: Node;
      try {
        program = parse(code, { ecmaVersion: 2022, sourceType: 'module' });
      } catch (e) {
        try {
          program = parse(code, { ecmaVersion: 2022, sourceType: 'script' });
        } catch {
          problems.push(`${f}: does not parse as ES2022: ${(e as Error).message}`);
          continue;
        }
      }
      for (const p of tooNew(program)) problems.push(`${f}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('the checker would notice: a static block and top-level await are reported', () => {
    const program = parse('class A { static { this.x = 1; } }\nawait 0;\nasync function f() { await 1; }', { ecmaVersion: 2022, sourceType: 'module' });
    expect(tooNew(program).sort()).toEqual(['class static block', 'top-level await']);
  });

  it("the app's code calls no runtime API that Chrome 87 lacks", () => {
    const missing = /\.at\(-?\w|\.findLast(Index)?\(|Object\.hasOwn\(|structuredClone\(|\.toSorted\(|\.toReversed\(|\.toSpliced\(|Array\.fromAsync|Object\.groupBy|Promise\.withResolvers/;
    const offenders = srcFiles(join(ROOT, 'src'))
      .filter((f) => !f.includes('/cli/'))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => ({ f, i, line })))
      .filter(({ line }) => missing.test(line))
      .map(({ f, i, line }) => `${f.slice(ROOT.length + 1)}:${i + 1}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
