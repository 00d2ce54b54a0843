/** The abbreviation counts of every source stay in memory through a run: they must take no more than they need. */
import { describe, expect, it } from 'vitest';
import { SourceTokenCounts } from '../../src/pipeline/survey/source-token-counts.ts';
import type { TokenCounts } from '../../src/segment/index.ts';
import { heapAfterCollection } from '../helpers/heap.ts';

describe('kept abbreviation counts', () => {
  it('take about one byte per character, although their tokens come from sources with characters beyond Latin-1', () => {
    // Tokens cut from a text with „quotation marks“ (beyond Latin-1) are two-byte strings in V8, whatever they hold.
    const source = `„Zitat“ ${Array.from({ length: 400 }, (_, i) => `wörter${i}`).join(' ')}`;
    const tokens = source.split(' ').slice(1);
    const sources = 1500;
    const before = heapAfterCollection();
    const counted = SourceTokenCounts.empty();
    let characters = 0;
    for (let s = 0; s < sources; s++) {
      const counts: TokenCounts = new Map(tokens.map((token, i) => [token, [0, 0, (s + i) % 7]]));
      counted.set(`source/artikel-${s}.md`, `${s}`.padStart(32, '0'), counts);
      characters += tokens.reduce((n, token) => n + token.length + 7, 0);
    }
    const kept = heapAfterCollection() - before;
    // The sum (one entry per token) and the map of sources come on top; two bytes per character would be 2.0.
    expect(kept / characters).toBeLessThan(1.4);
    expect(counted.sum().get('wörter5')).toEqual([0, 0, [...Array(sources).keys()].reduce((n, s) => n + ((s + 5) % 7), 0)]);
  });
});
