// Issue 12: no function in src/extract/ longer than about 60 lines. Counts the lines of every
// function-like node (declarations, methods, arrows, function expressions) with the TS compiler API.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const DIR = join(ROOT, 'src', 'extract');
const MAX_LINES = 60;
/** functions still over the limit, as "path:name"; each entry is a debt to pay, not a licence. */
const ALLOWED = new Set<string>([]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

function nameOf(node: ts.Node): string {
  const n = (node as { name?: ts.Node }).name;
  if (n && ts.isIdentifier(n)) return n.text;
  if (ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) return node.parent.name.text;
  if (ts.isPropertyAssignment(node.parent) && ts.isIdentifier(node.parent.name)) return node.parent.name.text;
  return '<anonymous>';
}

function longFunctions(file: string, text = readFileSync(file, 'utf8')): { name: string; lines: number }[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const first = src.getLineAndCharacterOfPosition(node.getStart(src)).line;
      const last = src.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > MAX_LINES) out.push({ name: nameOf(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

describe('function length in src/extract', () => {
  it('counts the lines of long functions, arrows included, and passes short ones', () => {
    const body = (n: number): string => Array.from({ length: n }, (_, k) => `  x += ${k};`).join('\n');
    const text = `function long() {\n  let x = 0;\n${body(60)}\n}\nconst arrow = () => {\n${body(61)}\n};\nfunction short() {\n${body(58)}\n}\n`;
    expect(longFunctions('probe.ts', text)).toEqual([{ name: 'long', lines: 63 }, { name: 'arrow', lines: 63 }]);
  });

  it(`every function is at most ${MAX_LINES} lines (or listed in ALLOWED)`, () => {
    const over = tsFiles(DIR).flatMap((f) =>
      longFunctions(f).map((x) => `${relative(ROOT, f)}:${x.name} (${x.lines} lines)`),
    );
    const unexpected = over.filter((o) => !ALLOWED.has(o.replace(/ \(\d+ lines\)$/, '')));
    expect(unexpected).toEqual([]);
  });
});
