import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/publish/index.ts';

describe('wordDiff', () => {
  it('marks what was added and removed, word by word', () => {
    expect(wordDiff('Der zweite Satz nennt Kim Jong-un.', 'Der zweite Satz nennt Kim Jong-un in Pjöngjang.')).toEqual([
      { kind: 'same', text: 'Der zweite Satz nennt Kim Jong-un' },
      { kind: 'added', text: ' in Pjöngjang' },
      { kind: 'same', text: '.' },
    ]);
    expect(wordDiff('Moskau liefert Waffen.', 'Moskau liefert Munition.')).toEqual([
      { kind: 'same', text: 'Moskau liefert ' },
      { kind: 'removed', text: 'Waffen' },
      { kind: 'added', text: 'Munition' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('handles empty sides', () => {
    expect(wordDiff('', 'Neu.')).toEqual([{ kind: 'added', text: 'Neu.' }]);
    expect(wordDiff('Alt.', '')).toEqual([{ kind: 'removed', text: 'Alt.' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('always rebuilds both sentences from its parts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const parts = wordDiff(before, after);
        expect(parts.filter((part) => part.kind !== 'added').map((part) => part.text).join('')).toBe(before);
        expect(parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe(after);
      }),
    );
  });
});
