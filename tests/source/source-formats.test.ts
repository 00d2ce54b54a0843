/** Issue 13 item 6: a source format is one file plus one registry line; a registered one works end to end. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SOURCE_FORMATS, type SourceFormat } from '../../src/source/index.ts';
import { cleanEnv, runCli } from '../helpers/cli.ts';
import { throwawayScope } from '../helpers/throwaway.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;

/** A throwaway wiki-like format: `= Title =` on the first line, then one paragraph per line. */
const wikiFormat: SourceFormat = {
  id: 'wiki',
  extensions: ['wiki'],
  read: (_path, text) => {
    const lines = text.split('\n').map((line, index) => ({ line, index })).filter(({ line }) => line.trim() !== '');
    const blocks = lines.map(({ line, index }, i) =>
      i === 0 ? { kind: 'title' as const, text: line.replace(/^=\s*|\s*=$/g, ''), line: index + 1, column: 1 } : { kind: 'paragraph' as const, text: line, line: index + 1, column: 1 },
    );
    return { frontMatter: { title: blocks[0]?.text }, blocks };
  },
};

describe('source formats registry', () => {
  const scope = throwawayScope();

  it('lists markdown and text, and a registered format is found, read and translated by `dolmetsch translate`', async () => {
    expect(SOURCE_FORMATS.ids()).toEqual(['markdown', 'text']);
    const repo = await scope.copy(FIXTURE);
    await writeFile(path.join(repo, 'source/notiz.wiki'), '= Kurze Notiz =\nDer Bericht erschien am Montag.\n');
    scope.keep(SOURCE_FORMATS.register(wikiFormat));

    const result = await runCli(repo, ['translate', '--provider', 'pseudo', '--to', 'en'], cleanEnv());
    expect(result.stderr).not.toContain('notiz.wiki');
    const file = parse(await readFile(path.join(repo, 'translations/en/notiz.yaml'), 'utf8')) as { source: string; segments: Array<{ source: string; target: string }> };
    expect(file.source).toBe('source/notiz.wiki');
    expect(file.segments.map((s) => s.source)).toEqual(['Kurze Notiz', 'Der Bericht erschien am Montag.']);
    expect(file.segments.every((s) => s.target !== '')).toBe(true);
  });

  it('refuses a path of an unregistered format, naming the registered endings', async () => {
    const repo = await scope.copy(FIXTURE);
    await writeFile(path.join(repo, 'source/notiz.wiki'), '= Kurze Notiz =\n');
    const result = await runCli(repo, ['translate', '--provider', 'pseudo', 'source/notiz.wiki'], cleanEnv());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Sources are .md, .markdown, .txt files.');
  });
});
