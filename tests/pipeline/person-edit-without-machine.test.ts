/**
 * A target without a `machine:` record was not written by a run (every machine target gets one), so it is a person's:
 * the merge rules keep it, `status` counts it as edited, publish treats it as final, and check holds it to the rules.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/hash.ts';
import type { TranslationEntry } from '../../src/core/translation.ts';
import { isPersonTarget, planFile } from '../../src/pipeline/plan/merge-rules.ts';
import { segmentIds } from '../../src/source/index.ts';
import { cleanEnv, copyFixture, runCli } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;

describe('a target without a machine record', () => {
  const [text, changed] = ['Der erste Satz steht hier.', 'Der erste Satz steht jetzt hier.'];
  const [id, changedId] = segmentIds([text, changed]);
  const segment = (t: string, i: string) => ({ id: i, text: t, plain: t, blockIndex: 0, line: 1, column: 1 });
  const handWritten: TranslationEntry = { id: id!, source: text, target: 'My own first sentence.', status: 'machine' };

  it("is a person's target, whatever its status says", () => {
    expect(isPersonTarget(handWritten)).toBe(true);
    expect(isPersonTarget({ ...handWritten, status: 'new' })).toBe(true);
    expect(isPersonTarget({ ...handWritten, machine: { provider: 'deepl', hash: contentHash(handWritten.target) } })).toBe(false);
    expect(isPersonTarget({ ...handWritten, target: '' })).toBe(false);
  });

  it('is kept as edited while the German stays, and turns stale (kept) when the German changes', () => {
    const same = planFile('x', [segment(text, id!)], [[]], [handWritten]);
    expect(same.entries[0]).toMatchObject({ target: 'My own first sentence.', status: 'edited' });
    expect(same.needs).toEqual([]);
    const revised = planFile('x', [segment(changed, changedId!)], [[]], [handWritten]);
    expect(revised.entries[0]).toMatchObject({ target: 'My own first sentence.', status: 'stale', previousSource: text });
    expect(revised.needs).toEqual([{ segmentIndex: 0, kind: 'suggestion' }]);
  });

  it('counts as edited in status, is never replaced by a run, and is reported stale by check when the German changes', async () => {
    const root = await copyFixture(FIXTURE);
    const env = cleanEnv();
    expect((await runCli(root, ['translate', '--provider', 'pseudo', '--to', 'en'], env)).code).toBe(0);
    const yaml = path.join(root, 'translations/en/bericht.yaml');
    const generated = await readFile(yaml, 'utf8');
    // The translator rewrites the first sentence and deletes the machine line with it, leaving the status alone.
    const edited = generated.replace(
      /(source: Der erste Satz steht hier.\n    target: ).*\n    status: machine\n    machine: .*\n/,
      '$1My own first sentence.\n    status: machine\n',
    );
    expect(edited).not.toBe(generated);
    await writeFile(yaml, edited);

    const status = JSON.parse((await runCli(root, ['status', '--to', 'en', '--format', 'json'], env)).stdout);
    expect(status[0].counts).toMatchObject({ edited: 1, machine: 6 });

    const source = path.join(root, 'source/bericht.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace(text, changed));
    expect((await runCli(root, ['translate', '--provider', 'pseudo', '--to', 'en'], env)).code).toBe(0);
    const after = await readFile(yaml, 'utf8');
    expect(after).toContain(`source: ${changed}\n    target: My own first sentence.\n    status: stale\n`);

    const check = await runCli(root, ['check', '--lang', 'en', '--format', 'json'], env);
    expect(check.stdout).toContain('stale-segment');
  });
});
