/** Issue 13 item 6: an exchange format is one file plus one registry line; a registered one exports and imports through the CLI. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXCHANGE_FORMATS, type ExchangeFormat } from '../../src/exchange/index.ts';
import { childElements, textContent } from '../../src/exchange/xml-read.ts';
import { runCli } from '../helpers/cli.ts';
import { throwawayScope } from '../helpers/throwaway.ts';

const FIXTURE = fileURLToPath(new URL('../publish/fixtures/newsroom', import.meta.url));

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A throwaway XML format: `<pairs>` of `<pair file id status base>` with the target as text. */
const pairsFormat: ExchangeFormat = {
  id: 'pairs',
  extensions: ['pairs'],
  detect: (root) => root.localName === 'pairs',
  read: (root) =>
    childElements(root, 'pair').map((pair) => ({
      file: pair.attributes.file,
      language: 'ko' as const,
      id: pair.attributes.id ?? '',
      target: textContent(pair),
      // A changed target is the translator's edit; the format carries no state of its own.
      ...(textContent(pair) !== pair.attributes.base ? { status: 'edited' as const } : {}),
      base: { target: pair.attributes.base ?? '', status: (pair.attributes.status ?? 'machine') as 'machine' },
      line: pair.line,
      column: pair.column,
    })),
  write: (_language, files) =>
    `<pairs>\n${files.flatMap((file) => file.entries.map((entry) =>
      `<pair file="${escape(file.path)}" id="${escape(entry.id)}" status="${entry.status}" base="${escape(entry.target)}">${escape(entry.target)}</pair>`)).join('\n')}\n</pairs>\n`,
};

describe('exchange formats registry', () => {
  const scope = throwawayScope();

  it('lists xliff2, xliff1 and tmx, and a registered format round-trips through `export` and `import`', async () => {
    expect(EXCHANGE_FORMATS.ids()).toEqual(['xliff2', 'xliff1', 'tmx']);
    const repo = await scope.copy(FIXTURE);
    scope.keep(EXCHANGE_FORMATS.register(pairsFormat));

    const exported = await runCli(repo, ['export', '--format', 'pairs', '--lang', 'ko']);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const file = path.join(repo, 'dist/exchange/ko.pairs');
    const xml = await readFile(file, 'utf8');
    const first = /<pair file="([^"]+)" id="([^"]+)"[^>]*>([^<]*)<\/pair>/.exec(xml)!;
    await writeFile(file, xml.replace(first[0], first[0].replace(`>${first[3]}</pair>`, '>번역가의 새 번역</pair>')));

    const imported = await runCli(repo, ['import', file]);
    expect(imported.stdout).toMatch(/^pairs: 1 segment\(s\)/);
    const yaml = parse(await readFile(path.join(repo, first[1]!), 'utf8')) as { segments: Array<{ id: string; target: string; status: string }> };
    expect(yaml.segments.find((s) => s.id === first[2])).toMatchObject({ target: '번역가의 새 번역', status: 'edited' });
  });

  it('refuses an unregistered format on export, naming the registered ones', async () => {
    const repo = await scope.copy(FIXTURE);
    const result = await runCli(repo, ['export', '--format', 'pairs']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format is xliff2, xliff1, tmx, not "pairs"');
  });
});
