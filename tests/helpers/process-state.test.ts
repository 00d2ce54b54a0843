/** The guard around in-process CLI runs (tests/helpers/process-state.ts) sees what a child process would show. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './cli.ts';
import { watchProcessState } from './process-state.ts';

describe('an in-process run', () => {
  it('keeps what is printed past its io in its output, and gives the streams back afterwards', () => {
    const output = { stdout: '', stderr: '' };
    const watch = watchProcessState(output);
    process.stderr.write('printed straight to stderr\n');
    console.warn('a warning from a dependency');
    console.log('a log line');
    watch.stop();
    expect(output).toEqual({ stdout: 'a log line\n', stderr: 'printed straight to stderr\na warning from a dependency\n' });
  });

  it('fails when the command changes process state, naming it but never an environment value', () => {
    const watch = watchProcessState({ stdout: '', stderr: '' });
    process.env.DOLMETSCH_LEAK_TEST = 'secret-value-1234';
    process.exitCode = 3;
    try {
      expect(() => watch.stop()).toThrow(/process\.env\.DOLMETSCH_LEAK_TEST.*process\.exitCode/);
      const again = watchProcessState({ stdout: '', stderr: '' });
      delete process.env.DOLMETSCH_LEAK_TEST;
      expect(() => again.stop()).not.toThrow(/secret-value/);
    } finally {
      delete process.env.DOLMETSCH_LEAK_TEST;
      process.exitCode = undefined;
    }
  });
});

/** The library never prints, exits or reads the environment: only src/cli/ touches the process. */
describe('src/ outside src/cli/', () => {
  it('does not touch process.env, cwd, the streams, exit codes or the console', async () => {
    const offenders: string[] = [];
    const visit = async (folder: string): Promise<void> => {
      for (const item of await readdir(folder, { withFileTypes: true })) {
        const file = path.join(folder, item.name);
        if (item.isDirectory()) {
          if (path.relative(PROJECT_ROOT, file) !== path.join('src', 'cli')) await visit(file);
        } else if (file.endsWith('.ts')) {
          const lines = (await readFile(file, 'utf8')).split('\n');
          lines.forEach((line, i) => {
            if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
            if (/\bprocess\.(env|cwd|chdir|stdout|stderr|exit|exitCode|argv|on)\b|\bconsole\.\w+\(/.test(line)) {
              offenders.push(`${path.relative(PROJECT_ROOT, file)}:${i + 1}: ${line.trim()}`);
            }
          });
        }
      }
    };
    await visit(path.join(PROJECT_ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});
