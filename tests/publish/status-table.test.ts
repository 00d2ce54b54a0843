import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatStatusTable, statusTable } from '../../src/publish/index.ts';
import { loadWorkspace } from '../../src/workspace/index.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/newsroom', import.meta.url));

describe('status table', () => {
  it('counts segments per status for every article and language', async () => {
    const { articles } = await loadWorkspace(FIXTURE, []);
    const rows = statusTable(articles, ['en', 'ko']);
    expect(rows.map((row) => [row.article, row.language, row.total, row.percentReviewed, row.publishable])).toEqual([
      ['bericht', 'en', 9, 77.8, false],
      ['bericht', 'ko', 9, 0, false],
      ['kim-russland', 'en', 17, 100, true],
      ['kim-russland', 'ko', 17, 100, true],
    ]);
    expect(rows[1]!.counts).toEqual({ new: 1, machine: 8, edited: 0, reviewed: 0, stale: 0, missing: 0 });
    expect(formatStatusTable(rows)).toBe(
      [
        'article       lang  new  machine  edited  reviewed  stale  missing  total  reviewed  publish',
        'bericht       en      0        0       1         7      1        0      9    77.8 %       no',
        'bericht       ko      1        8       0         0      0        0      9     0.0 %       no',
        'kim-russland  en      0        0       0        17      0        0     17   100.0 %      yes',
        'kim-russland  ko      0        0       0        17      0        0     17   100.0 %      yes',
        '',
      ].join('\n'),
    );
  });
});
