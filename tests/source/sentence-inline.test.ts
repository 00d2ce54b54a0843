/**
 * A sentence's provider tags made from its block's parse (sentence-inline.ts) must be the tags parsing the sentence
 * alone makes: the same tagged text, restored to the same Markdown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PhrasingContent } from 'mdast';
import type { SourceDocument } from '../../src/core/document.ts';
import { toTagged } from '../../src/source/inline-tags.ts';
import { loadMarkdownParser } from '../../src/source/markdown-parser.ts';
import { readMarkdown, readWithMicromark, type MarkdownContent } from '../../src/source/read-markdown.ts';
import { segmentDocument } from '../../src/source/segment-document.ts';

const word = fc.constantFrom(
  'Kim', 'Pjöngjang', 'Moskau', 'z. B.', 'Nr. 3', 'am 3. Juni', 'RENEWZ.de', '„so“', '(Klammer)', '평양에서', '🎉', 'no', 'C#', 'a_b_c', 'x*y', '5*3',
  '\\*', '\\_', '&amp;', '&#228;', '&auml;', 'x<y', '!', 'Wow!', '~', '`', '*', '_', '**', '[', ']', '\\', 'Ende.Neu', 'Satz.Ende',
);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));
const inline = fc.oneof(
  { weight: 4, arbitrary: words },
  { weight: 1, arbitrary: words.map((w) => `*${w}*`) },
  { weight: 1, arbitrary: words.map((w) => `_${w}_`) },
  { weight: 1, arbitrary: words.map((w) => `**${w}**`) },
  { weight: 2, arbitrary: words.map((w) => `[${w}](https://example.org/a "T")`) },
  { weight: 1, arbitrary: words.map((w) => `[${w}][ref]`) },
  { weight: 1, arbitrary: fc.constantFrom('`code. x`', '``a ` b``', '![Bild](b.png)', '<br>', '<https://x.org>', '[ref]', '!', '*', '_') },
);
const end = fc.constantFrom('.', '!', '?', '', '.“', '.*', '*.', '\\.', '._');
const sentence = fc.tuple(fc.array(inline, { minLength: 1, maxLength: 4 }), end).map(([parts, e]) => `${parts.join(' ')}${e}`);
const between = fc.constantFrom(' ', ' ', '  ', '\n', '', '  \n', '\\\n');
const paragraph = fc.tuple(sentence, fc.array(fc.tuple(between, sentence), { maxLength: 4 })).map(([first, rest]) => first + rest.map(([b, s]) => b + s).join(''));
const container = fc.constantFrom('', '', '- ', '> ', '## ', '1. ');
const article = fc
  .tuple(fc.array(fc.tuple(container, paragraph), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([blocks, definition]) => `${blocks.map(([c, p]) => c + (c === '## ' ? p.replace(/\n/g, ' ') : p)).join('\n\n')}\n${definition ? '\n[ref]: https://example.org/ref\n' : ''}`);

/** Each sentence with markup: the tags from the block's nodes (when given) against the tags of the sentence parsed alone. */
function compare(reader: (path: string, text: string) => MarkdownContent, markdown: string): number {
  let content: MarkdownContent;
  try {
    content = reader('a.md', markdown);
  } catch {
    return 0;
  }
  const derived = new Map<number, PhrasingContent[]>();
  const document: SourceDocument = { slug: 'a', path: 'a.md', format: 'markdown', ...content };
  const segments = segmentDocument(document, undefined, (index, nodes) => derived.set(index, nodes));
  for (const [index, nodes] of derived) {
    const text = segments[index]!.text;
    const fromBlock = toTagged(text, nodes);
    let alone: ReturnType<typeof toTagged>;
    try {
      alone = toTagged(text);
    } catch (error) {
      throw new Error(`${JSON.stringify(text)} does not parse alone (${String(error)}), but was given nodes from its block`);
    }
    expect(fromBlock.text, text).toBe(alone.text);
    expect(fromBlock.restore(fromBlock.text), text).toEqual(alone.restore(alone.text));
    const pseudo = alone.text.replace(/[a-z]/g, (c) => c.toUpperCase());
    expect(fromBlock.restore(pseudo), text).toEqual(alone.restore(pseudo));
  }
  return derived.size;
}

describe('sentence nodes from the block parse', () => {
  it('give the tags the sentence parsed alone gives, from micromark blocks and from plain-way blocks', async () => {
    await loadMarkdownParser();
    let derived = 0;
    fc.assert(
      fc.property(article, (markdown) => {
        derived += compare(readWithMicromark, markdown) + compare(readMarkdown, markdown);
      }),
      { numRuns: 500 },
    );
    // The shortcut is actually taken (most sentences with markup qualify).
    expect(derived).toBeGreaterThan(500);
  }, 120_000);

  it('is not taken where the sentence alone could read differently', async () => {
    await loadMarkdownParser();
    const given = (markdown: string) => {
      const derived: number[] = [];
      const content = readWithMicromark('a.md', markdown);
      const segments = segmentDocument({ slug: 'a', path: 'a.md', format: 'markdown', ...content }, undefined, (index) => derived.push(index));
      return derived.map((index) => segments[index]!.text);
    };
    expect(given('Ein [Link](https://x.org) hier. Noch ein Satz.\n')).toEqual(['Ein [Link](https://x.org) hier.']);
    expect(given('Sie sagte *nein.* Dann ging sie.\n')).toEqual([]); // ends in a delimiter
    expect(given('Ein [Verweis][ref] hier. Noch ein Satz.\n\n[ref]: https://x.org\n')).toEqual([]); // needs the definition
    expect(given('Ein Satz mit &amp; und [Link](u). Noch einer.\n')).toEqual(['Ein Satz mit &amp; und [Link](u).']);
  });
});
