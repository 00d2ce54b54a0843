/** `npm run bench -- <some>` replaces only those sections of BENCHMARKS.md and keeps the others with their provenance. */
import { describe, expect, it } from 'vitest';
import { mergeBenchmarks } from '../../bench/benchmarks-file.ts';

const KINDS = [
  { name: 'segment', heading: '## Sentence segmentation' },
  { name: 'translate', heading: '## Translate run' },
  { name: 'startup', heading: '## Start-up' },
];

const OLD = `# Benchmarks

Machine: AMD EPYC, 2 cores; Node v20.20.2.
Command: \`npm run bench\` on 2026-11-26.
Every comparison is measured in the same process and run.

## Sentence segmentation

### Accuracy

130/130

## Translate run (1000 articles, pseudo provider)

| run | wall time |
|---|---:|
| first run | 21.63 s |
`;

describe('mergeBenchmarks', () => {
  it('replaces the sections just measured, keeps the others unchanged with the command and machine that measured them', () => {
    const fresh = new Map([['startup', '## Start-up (help)\n\n| command | median |\n']]);
    const merged = mergeBenchmarks(OLD, KINDS, fresh, '_Measured by `npm run bench -- startup` on 2026-12-07; X._');
    const old = '_Measured by `npm run bench` on 2026-11-26; AMD EPYC, 2 cores; Node v20.20.2._';
    expect(merged).toContain(`## Sentence segmentation\n\n${old}\n\n### Accuracy\n\n130/130\n`);
    expect(merged).toContain(`## Translate run (1000 articles, pseudo provider)\n\n${old}\n\n| run | wall time |\n|---|---:|\n| first run | 21.63 s |\n`);
    expect(merged).toMatch(/\| first run \| 21\.63 s \|\n\n## Start-up \(help\)\n\n_Measured by `npm run bench -- startup` on 2026-12-07; X\._\n\n\| command \| median \|\n$/);
    expect(merged).not.toContain('Command: ');

    const again = mergeBenchmarks(merged, KINDS, new Map([['translate', '## Translate run (10 articles, pseudo provider)\n\nnew\n']]), '_Measured by `npm run bench -- translate` on 2026-12-08; Y._');
    expect(again).toContain(`## Sentence segmentation\n\n${old}\n\n### Accuracy`);
    expect(again).not.toContain('21.63 s');
    expect(again).toContain('## Translate run (10 articles, pseudo provider)\n\n_Measured by `npm run bench -- translate` on 2026-12-08; Y._\n\nnew\n');
    expect(again).toContain('## Start-up (help)\n\n_Measured by `npm run bench -- startup` on 2026-12-07; X._');
    expect(again.match(/^## /gm)).toHaveLength(3);
  });
});
