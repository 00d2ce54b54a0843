import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/cli.ts';

const here = PROJECT_ROOT;
const version = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version as string;

describe('CLI conventions', () => {
  it('prints the version with --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      const result = await runCli(here, [flag]);
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toBe(`dolmetsch ${version}`);
    }
  });

  it('help <command> prints that command\'s help, as <command> --help does', async () => {
    const viaHelp = await runCli(here, ['help', 'translate']);
    const viaFlag = await runCli(here, ['translate', '--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toContain('Usage: dolmetsch translate');
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    const unknown = await runCli(here, ['help', 'tranlsate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "translate"');
  });

  it('suggests the command meant by a mistyped one', async () => {
    const result = await runCli(here, ['tranlsate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "tranlsate" — did you mean "translate"?');
  });

  it('suggests the option meant by a mistyped one instead of the parser\'s raw text', async () => {
    const result = await runCli(here, ['translate', '--mx-chars', '10']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown option --mx-chars — did you mean --max-chars?');
    expect(result.stderr).not.toContain('To specify a positional argument');
    const far = await runCli(here, ['check', '--zzzzzzzz']);
    expect(far.code).toBe(2);
    expect(far.stderr).toContain('unknown option --zzzzzzzz');
    expect(far.stderr).toContain('--format');
  });

  it('answers a --format a command does not print with the formats it does, in the same words in every command', async () => {
    const commands = [['translate'], ['publish'], ['status'], ['import', 'x.xlf'], ['segment', 'source'], ['deepl', 'memories'], ['terms', 'suggest']];
    for (const command of commands) {
      const result = await runCli(here, [...command, '--format', 'xml']);
      expect(result.code, command.join(' ')).toBe(2);
      const formats = command[0] === 'terms' ? 'text, json or yaml' : 'text or json';
      expect(result.stderr, command.join(' ')).toContain(`--format is ${formats}, not "xml".`);
    }
  });

  it('names the option and what it accepts for a negative or missing value, not "argument is ambiguous"', async () => {
    const negative = await runCli(here, ['translate', '--max-chars', '-5']);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toContain('--max-chars takes a whole number');
    expect(negative.stderr).toContain('"-5"');
    expect(negative.stderr).not.toContain('ambiguous');
    const missing = await runCli(here, ['translate', '--concurrency']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--concurrency needs a value');
  });

  it('documents the exit codes in the general help, the same table as the README', async () => {
    const help = await runCli(here, ['--help']);
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const table = readme.split('## Exit codes')[1]!.split('\n## ')[0]!;
    const readmeCodes = [...table.matchAll(/^\| ([\d /]+) \|/gm)].map((m) => m[1]!.trim()).filter((c) => /\d/.test(c));
    const helpTable = help.stdout.split('Exit codes:\n')[1]!;
    const helpCodes = [...helpTable.matchAll(/^ {2}(\d+(?: \/ \d+)?)\s/gm)].map((m) => m[1]!);
    expect(helpCodes).toEqual(readmeCodes);
    expect(readmeCodes.length).toBeGreaterThanOrEqual(7);
  });
});
