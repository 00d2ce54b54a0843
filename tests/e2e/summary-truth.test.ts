/** The end-of-run summary says "Everything is up to date." only when nothing waits for a person either. */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/cli.ts';

describe('translate summary', () => {
  it('a fully reviewed project (the shipped sample) is "Everything is up to date." with nothing awaiting review', async () => {
    const repo = await mkdtemp(path.join(tmpdir(), 'dolmetsch-sample-'));
    for (const item of ['glossary.yaml', 'source', 'translations']) await cp(path.join(PROJECT_ROOT, item), path.join(repo, item), { recursive: true });
    const result = await runCli(repo, ['translate']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Everything is up to date.');
    expect(result.stdout).not.toContain('await review');
  });
});
