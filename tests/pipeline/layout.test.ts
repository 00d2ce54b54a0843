/**
 * The pipeline folder a new maintainer can live in (issue 13 item 3): its README tells every file, one module spells
 * the (language, sentence) pair, and only TrackedFile changes a tracked file's state.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PIPELINE = path.join(import.meta.dirname, '../../src/pipeline');

function sourceFiles(dir = PIPELINE): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [path.relative(PIPELINE, full).split(path.sep).join('/')] : [];
  });
}

const read = (file: string) => readFileSync(path.join(PIPELINE, file), 'utf8');

describe('src/pipeline layout', () => {
  it('has a README that names every file of the folder and the run sequence', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(20);
    let readme = '';
    try {
      readme = readFileSync(path.join(PIPELINE, 'README.md'), 'utf8');
    } catch {
      // no README: every file below counts as unnamed
    }
    expect(files.filter((file) => !readme.includes(`\`${file}\``))).toEqual([]);
    expect(readme).toMatch(/survey[\s\S]*plan[\s\S]*send[\s\S]*journal[\s\S]*write/);
  });

  it('keeps the steps in their subfolders and the run at the top', () => {
    const top = sourceFiles().filter((file) => !file.includes('/'));
    expect(top.sort()).toEqual(['events.ts', 'run-lock.ts', 'sentence-key.ts', 'streamed-run.ts', 'tracked-file.ts', 'translate-pass-options.ts', 'translate-pass.ts', 'translate-run.ts']);
    for (const step of ['survey', 'plan', 'send', 'journal', 'write']) expect(sourceFiles().some((file) => file.startsWith(`${step}/`))).toBe(true);
  });

  it('spells the (language, sentence) pair only in sentence-key.ts', () => {
    const spellings = [
      /`\$\{[\w.]*language\}(?:\\u0000|:)\$\{[\w.]*source\}`/, // joined strings
      /update\(\s*language\s*\)/, // a hash of the pair
      /Map<TargetLanguage,\s*Map<string/, // nested maps holding sentences
    ];
    const offenders = sourceFiles()
      .filter((file) => file !== 'sentence-key.ts')
      .flatMap((file) => spellings.filter((spelling) => spelling.test(read(file))).map((spelling) => `${file}: ${spelling}`));
    expect(offenders).toEqual([]);
  });

  it("changes a tracked file's state only through TrackedFile's methods", () => {
    const writes = /\b(?:file|this\.#file|writer\.file)\.(?:pending|version|summary\.\w+|model\.segments\[[^\]]*\]!?\.\w+)\s*(?:\+\+|--|[+-]?=(?!=))|\+\+file\.|--file\./;
    const offenders = sourceFiles()
      .filter((file) => file !== 'tracked-file.ts')
      .flatMap((file) => read(file).split('\n').map((line, index) => [file, index + 1, line] as const))
      .filter(([, , line]) => writes.test(line))
      .map(([file, line, text]) => `${file}:${line}: ${text.trim()}`);
    expect(offenders).toEqual([]);
  });
});
