/** `dolmetsch segment … | head`: the reader closes the pipe early; the command neither crashes nor prints a stack. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const BIN = new URL('../../bin/dolmetsch.js', import.meta.url).pathname;

it('a reader that stops after the first line (| head) gets no EPIPE crash; the command ends with its own exit code', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-pipe-'));
  await writeFile(path.join(root, 'glossary.yaml'), 'version: 1\nentries: []\n');
  await mkdir(path.join(root, 'source'));
  const paragraphs = Array.from({ length: 6000 }, (_, i) => `Satz Nummer ${i} ist hier. Noch einer folgt.`).join('\n\n');
  await writeFile(path.join(root, 'source/lang.md'), `${paragraphs}\n`);
  const child = spawn(process.execPath, [BIN, 'segment', 'source/lang.md'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout.once('data', () => child.stdout.destroy()); // as `head -1` does
  const [code] = (await once(child, 'exit')) as [number | null];
  expect(stderr).not.toMatch(/EPIPE|at .*\(node:/);
  expect(code).toBe(0);
}, 60_000);
