// Measures src/pipeline: file-size distribution (lines) and the longest functions (TypeScript compiler API).
// Usage: node bench/code-metrics.mjs [folder] [top]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const folder = process.argv[2] ?? 'src/pipeline';
const top = Number(process.argv[3] ?? 10);

function* tsFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* tsFiles(full);
    else if (name.endsWith('.ts')) yield full;
  }
}

const files = [];
const functions = [];
for (const file of tsFiles(folder)) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  files.push({ file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) });
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name?.getText() ?? (ts.isVariableDeclaration(node.parent) || ts.isPropertyAssignment(node.parent) ? node.parent.name.getText() : '<anonymous>');
      functions.push({ where: `${path.relative(folder, file)}:${start + 1}`, name, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

const sizes = files.map((f) => f.lines).sort((a, b) => a - b);
const bucket = (lo, hi) => sizes.filter((n) => n >= lo && n <= hi).length;
console.log(`${files.length} files, ${sizes.reduce((a, b) => a + b, 0)} lines; median ${sizes[Math.floor(sizes.length / 2)]}, largest ${sizes.at(-1)}`);
console.log(`lines  <50: ${bucket(0, 49)}  50-100: ${bucket(50, 100)}  101-150: ${bucket(101, 150)}  151-200: ${bucket(151, 200)}  >200: ${bucket(201, Infinity)}`);
console.log(`largest files: ${files.sort((a, b) => b.lines - a.lines).slice(0, 5).map((f) => `${path.relative(folder, f.file)} ${f.lines}`).join(', ')}`);
console.log(`longest functions (lines, nested ones counted on their own too):`);
for (const f of functions.sort((a, b) => b.lines - a.lines).slice(0, top)) console.log(`  ${String(f.lines).padStart(4)}  ${f.name}  ${f.where}`);
const exported = files.reduce((n, f) => n + (readFileSync(f.file, 'utf8').match(/^export (?:type|interface) /gm) ?? []).length, 0);
console.log(`exported types/interfaces: ${exported}`);
