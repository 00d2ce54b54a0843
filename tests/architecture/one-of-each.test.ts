/** Issue 13 item 5: one implementation of each shared idea, so a fix in one place reaches every caller. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function filesMatching(pattern: RegExp): string[] {
  return sourceFiles(SRC)
    .filter((file) => pattern.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(SRC, file).split(path.sep).join('/'));
}

describe('one of each', () => {
  it.each([
    ['an edit distance', /function\s+(editDistance|levenshtein)\b/i],
    ['a diagnostics sort', /function\s+sortDiagnostics\b/],
    ['a language-list parser', /function\s+parseLanguages\b/],
    ['a YAML reader', /class\s+YamlReader\b/],
  ])('src defines %s exactly once', (_what, pattern) => {
    expect(filesMatching(pattern)).toHaveLength(1);
  });

  it('reads the workspace (glossary, sources, translation files) in one loader that every command uses', () => {
    const readers = /(?<!function )\b(loadGlossary|parseTranslationFile|readSource)\(/; // calls, not definitions
    // check --fix parses the text it is about to write, to prove nothing but targets changed: no file is read there.
    const callers = filesMatching(readers).filter((file) => file !== 'check/fix/plan-fixes.ts');
    expect(callers).toEqual(['workspace/load-workspace.ts']);
    // The commands reach it through cli/project.ts, which adds the abbreviations learned from every source.
    expect(readFileSync(path.join(SRC, 'cli', 'project.ts'), 'utf8')).toMatch(/\bloadWorkspace\(/);
    for (const command of ['export', 'import', 'publish', 'status']) {
      const text = readFileSync(path.join(SRC, 'cli', `${command}.ts`), 'utf8');
      expect(text, command).toMatch(/\bloadProjectWorkspace\(/);
    }
  });
});
