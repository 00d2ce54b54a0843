/** The TypeScript files under src/, with their code apart from comments, for tests of what may name or import what. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../helpers/cli.ts';

export interface SourceFile {
  /** Relative to the project root, with forward slashes: `src/cli/redact.ts`. */
  path: string;
  /** The file without its comments (string contents kept), so a comment that mentions a name is no finding. */
  code: string;
}

export async function sourceFiles(folder = 'src'): Promise<SourceFile[]> {
  const entries = await readdir(path.join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.relative(PROJECT_ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  return Promise.all(files.sort().map(async (file) => ({ path: file, code: withoutComments(await readFile(path.join(PROJECT_ROOT, file), 'utf8')) })));
}

/** Drops `//` and `/* *\/` comments, leaving string and template literals (and a `//` inside them) alone. */
export function withoutComments(source: string): string {
  return source.replace(/('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (match, literal: string | undefined) => literal ?? '');
}

/** The module specifiers a file imports or re-exports from. */
export function importsOf(code: string): string[] {
  return [...code.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}
