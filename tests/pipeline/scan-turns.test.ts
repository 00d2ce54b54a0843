/**
 * A streamed first run sends while the scan still reads. The index answers most stats and reads without waiting, so
 * a scan that never gave the event loop a turn held every request and answer until it had read everything (the
 * first DeepL request left after 5 s at 1,000 articles instead of 1 s).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { RunCache } from '../../src/pipeline/survey/run-cache.ts';
import { scanWorkspace } from '../../src/pipeline/survey/load-repository.ts';

it('gives the event loop a turn while it works through the articles, so I/O waiting on it gets in', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-scan-turns-'));
  await writeFile(path.join(root, 'glossary.yaml'), 'version: 1\nentries: []\n');
  await mkdir(path.join(root, 'source'));
  for (let i = 0; i < 40; i++) await writeFile(path.join(root, 'source', `a${i}.md`), `# Titel ${i}\n\nEin Satz Nummer ${i}.\n`);
  const cache = await RunCache.read(root);
  let visited = 0;
  let visitedWhenTheTurnCame: number | undefined;
  const scan = scanWorkspace(root, [], ['en'], cache, () => {
    if (visited === 0) setImmediate(() => (visitedWhenTheTurnCame = visited));
    visited++;
    // Planning an article takes a while; a turn is due after a few of them.
    const until = performance.now() + 1;
    while (performance.now() < until);
  });
  await scan;
  expect(visited).toBe(40);
  expect(visitedWhenTheTurnCame).toBeDefined();
  expect(visitedWhenTheTurnCame!).toBeLessThan(40);
});
