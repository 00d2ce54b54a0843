/** Properties over generated German-like paragraphs with inline markup. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTagged } from '../../src/source/inline-tags.ts';
import { sentenceRanges } from '../../src/source/segment-document.ts';

const word = fc.constantFrom('Kim', 'Pjöngjang', 'Schoygus', 'Besuch', 'UN-Sanktionen', 'RENEWZ.de', '„so“', 'März', '–', 'a&b', 'x<y');
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));
const inline = fc.oneof(
  words,
  words.map((w) => `*${w}*`),
  words.map((w) => `_${w}_`),
  words.map((w) => `**${w}**`),
  words.map((w) => `[${w}](https://example.org/${w.length} "T")`),
  fc.constant('`code. x`'),
  fc.constant('![Bild](b.png)'),
);
const sentence = fc
  .tuple(fc.array(inline, { minLength: 1, maxLength: 4 }), fc.constantFrom('.', '!', '?'))
  .map(([parts, end]) => `${parts.join(' ')}${end}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((list) => list.join(' '));

describe('properties', () => {
  // Restored Markdown may escape more than the source did (`x<y` → `x\\<y`), so compare what it means.
  it('restore(toTagged(md).text) gives Markdown that means the same as md', () => {
    fc.assert(
      fc.property(paragraph, (markdown) => {
        expect(sameMeaning(markdown)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('segments cover the block text, and each segment tags and restores on its own', () => {
    fc.assert(
      fc.property(paragraph, (markdown) => {
        const pieces = sentenceRanges(markdown).map((range) => markdown.slice(range.start, range.end));
        expect(pieces.join('').replace(/\s+/g, '')).toBe(markdown.replace(/\s+/g, ''));
        for (const piece of pieces) expect(sameMeaning(piece)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

function sameMeaning(markdown: string): boolean {
  const tagged = toTagged(markdown);
  const restored = tagged.restore(tagged.text);
  return restored.ok && toTagged(restored.markdown).text === tagged.text;
}
