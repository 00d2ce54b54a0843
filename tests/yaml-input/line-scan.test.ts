/**
 * The line scan names a mistake only after the parser has failed; still, its reading of indentation, block
 * scalars, multi-line flow collections and quotes must agree with YAML on every valid file we have, or it
 * would point at the wrong line once a real mistake sits further down.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { findLineMistake } from '../../src/yaml-input/line-scan.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const validYamlFiles = execFileSync('git', ['ls-files', '*.yaml', '*.yml'], { cwd: ROOT }).toString().trim().split('\n')
  .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8').replace(/^\uFEFF/, '') }))
  .filter(({ text }) => {
    const documents = parseAllDocuments(text);
    return Array.isArray(documents) && documents.every((d) => d.errors.length === 0);
  });

describe('findLineMistake on valid YAML', () => {
  it('has valid files to look at', () => {
    expect(validYamlFiles.length).toBeGreaterThan(50);
  });

  it('finds no mistake in any valid YAML file of the repository', () => {
    const found = validYamlFiles.flatMap(({ file, text }) => {
      const mistake = findLineMistake(text);
      return mistake === undefined ? [] : [`${file}:${mistake.line}:${mistake.column} ${mistake.message}`];
    });
    expect(found).toEqual([]);
  });

  it('reads block scalars, multi-line flow lists and quoted values spanning lines as values', () => {
    const text = [
      'segments:',
      '  - id: s1',
      '    note: |',
      '      first: looks like a key',
      '        deeper: too',
      '    glossary: [kim,',
      '      putin]',
      '    target: "a quoted value',
      '      on two lines"',
      '    status: new',
      '',
    ].join('\n');
    expect(parseAllDocuments(text)).toSatisfy((docs: unknown) => Array.isArray(docs) && docs.every((d) => d.errors.length === 0));
    expect(findLineMistake(text)).toBeUndefined();
  });
});
