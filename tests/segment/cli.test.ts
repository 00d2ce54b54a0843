/** `dolmetsch segment FILE [--explain]`: the sentences of a source and the reason for every decision. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

async function repository(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-segment-'));
  await mkdir(path.join(root, 'source'));
  await writeFile(path.join(root, 'glossary.yaml'), 'version: 1\nentries: []\n');
  await writeFile(
    path.join(root, 'source/rapid.md'),
    ['---', 'title: Rapid siegt', '---', '', 'Laut Univ.-Prof. Huber war es knapp. Veltman (71. Sanogo) traf spät.', '', '100 m: 1. Usain Bolt 9,58 2. Tyson Gay 9,71', ''].join('\n'),
  );
  return root;
}

describe('dolmetsch segment', () => {
  it('prints the sentences with line and column', async () => {
    const root = await repository();
    const result = await runCli(root, ['segment', 'source/rapid.md']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean).map((line) => line.replace(/ +/, ' '))).toEqual([
      '2:8 Rapid siegt',
      '5:1 Laut Univ.-Prof. Huber war es knapp.',
      '5:38 Veltman (71. Sanogo) traf spät.',
      '7:1 100 m: 1. Usain Bolt 9,58',
      '7:27 2. Tyson Gay 9,71',
    ]);
  });

  it('explains every decision with its reason, as text and JSON', async () => {
    const root = await repository();
    const text = await runCli(root, ['segment', 'source/rapid.md', '--explain']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/5:16 +· +.*Univ\.-Prof\.\| Huber.* a bound abbreviation from the list: bound to what follows/);
    expect(text.stdout).toMatch(/5:49 +· +.*\(71\.\| Sanogo.* inside a quotation or bracket closed later on the line/);
    expect(text.stdout).toMatch(/7:28 +‖< +.*9,58 2\.\| Tyson.* the boundary goes before it/);
    const json = JSON.parse((await runCli(root, ['segment', 'source/rapid.md', '--explain', '--format', 'json'])).stdout);
    expect(json.filter((d: { boundary: boolean }) => d.boundary)).toHaveLength(3);
  });

  it('has help with examples and refuses a missing file with exit 2', async () => {
    const root = await repository();
    const help = await runCli(root, ['segment', '--help']);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--explain');
    const missing = await runCli(root, ['segment', 'source/nope.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read source/nope.md');
  });
});
