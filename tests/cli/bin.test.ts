/**
 * bin/dolmetsch.js as a process: the one place where exit codes, the real streams and the start-up (build/ or tsx) meet.
 * Every other CLI test runs the commands in-process through `run(argv, io)` (tests/helpers/cli.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli, runCliProcess } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;

describe('bin/dolmetsch.js', () => {
  it('runs a command to its end and exits with its code, as the in-process run does', async () => {
    const repo = await copyFixture(FIXTURE);
    const inProcessRepo = await copyFixture(FIXTURE);
    const child = await runCliProcess(repo, ['translate', '--provider', 'pseudo', '--to', 'en']);
    const inProcess = await runCli(inProcessRepo, ['translate', '--provider', 'pseudo', '--to', 'en']);
    expect(child.code, child.stderr).toBe(0);
    expect(child).toEqual(inProcess);
    const file = 'translations/en/bericht.yaml';
    expect(await readFile(path.join(repo, file), 'utf8')).toBe(await readFile(path.join(inProcessRepo, file), 'utf8'));
  }, 60_000);

  it('exits 2 with the message on stderr for bad usage, and with no command at all', async () => {
    const repo = await copyFixture(FIXTURE);
    const bad = await runCliProcess(repo, ['translate', '--to', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--to: "fr" is not a target language');
    const none = await runCliProcess(repo, []);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Usage: dolmetsch <command>');
  }, 60_000);
});
