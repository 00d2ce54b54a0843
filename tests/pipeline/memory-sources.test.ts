/** The memory index records the sentences a file offers the memory without judging whose each target is (a hash per target). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/hash.ts';
import type { TranslationEntry } from '../../src/core/translation.ts';
import { memoryCandidates, memorySources } from '../../src/pipeline/plan/translation-memory.ts';

const entry: fc.Arbitrary<TranslationEntry> = fc
  .record({
    source: fc.constantFrom('Ein Satz.', 'Zwei.', ''),
    target: fc.constantFrom('', 'One sentence.', 'Two.'),
    status: fc.constantFrom('new', 'machine', 'edited', 'reviewed', 'stale'),
    previousSource: fc.option(fc.constantFrom('Alt.', 'Ein Satz.'), { nil: undefined }),
    machine: fc.option(fc.constantFrom('One sentence.', 'other'), { nil: undefined }),
  })
  .map(({ source, target, status, previousSource, machine }) => ({
    id: 's1', source, target, status, ...(previousSource !== undefined ? { previousSource } : {}),
    ...(machine !== undefined ? { machine: { provider: 'pseudo', hash: contentHash(machine) } } : {}),
  }) as TranslationEntry);

describe('memorySources', () => {
  it('gives the sentences memoryCandidates gives, in the same order', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
        expect([...memorySources(entries)]).toEqual([...memoryCandidates(entries)].map((candidate) => candidate.source));
      }),
      { numRuns: 500 },
    );
  });
});
