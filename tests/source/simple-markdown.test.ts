/**
 * Plain articles are read without running micromark over the whole text (simple-markdown.ts). Whatever the article,
 * readMarkdown must give what micromark gives: the same blocks at the same places, and the same sentences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/core/document.ts';
import { InputError } from '../../src/core/diagnostic.ts';
import { loadMarkdownParser } from '../../src/source/markdown-parser.ts';
import { readMarkdown, readWithMicromark, type MarkdownContent } from '../../src/source/read-markdown.ts';
import { segmentDocument } from '../../src/source/segment-document.ts';
import { readSimpleMarkdown } from '../../src/source/simple-markdown.ts';

const plainWord = fc.constantFrom('Kim', 'Pjöngjang', 'Moskau.', 'z. B.', 'am 3. Juni', 'RENEWZ.de', '„so“', '(Klammer)', 'no', 'yes', 'Ä', '평양에서', '🎉', "'q'", '"dq"', 'A', 'ß');
const awkwardWord = fc.constantFrom(
  'a: b', 'C#', '#tag', 'Nr. 3', '*em*', '**stark**', '_u_', '`code`', '[Link](https://x.org/a "T")', '[ref]', '![Bild](b.png)', '<br>', '&amp;', '&#228;', '\\*',
  'x<y', '1.', '2)', '-', '+', '>', '~~weg~~', '!', 'Ende.Neu', '\u00a0', ':', '|', '=', '`', '~',
);
const word = fc.oneof({ weight: 3, arbitrary: plainWord }, { weight: 2, arbitrary: awkwardWord });
const text = fc.tuple(fc.oneof({ weight: 4, arbitrary: plainWord }, { weight: 1, arbitrary: awkwardWord }), fc.array(word, { maxLength: 8 })).map(([first, rest]) => [first, ...rest].join(' '));
const start = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('', '', '- ', '## ', '# ', '###### ') },
  { weight: 1, arbitrary: fc.constantFrom('####### ', '#', '> ', '1. ', '3) ', '* ', '+ ', '    ', ' ', '\t', '- - ', '-', '[a]: /u ', '<div>', '\u00a0', ': ', '##  ') },
);
const end = fc.oneof({ weight: 12, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('  ', ' ', '\\', ' #', '#', '\t', ' ##') });
const line = fc.oneof(
  { weight: 20, arbitrary: fc.tuple(start, text, end).map(([s, t, e]) => s + t + e) },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '===', '- - -', '```', '```\nCode.\n```', '~~~', ' ', '[a]: https://x.org', '<!-- c -->', '| a | b |') },
);
const between = fc.oneof({ weight: 6, arbitrary: fc.constant('\n\n') }, { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n\n') });
const body = fc.array(fc.tuple(line, between), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([l, b]) => l + b).join(''));
const frontMatter = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('', '---\ntitle: Bericht\n---\n', '---\ntitle: "Bericht: eins"\noutlet: Testzeitung\n---\n\n', '---\ntitle: x\n---') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('---\n---\n', '---\ntitle: x\n--- \n', '---\ntitle: x\n----\nText\n---\n', '---\ntitle: [a, b]\n---\n', '---\n# nur ein Kommentar\n---\n', '--- \ntitle: x\n---\n', '\n---\ntitle: x\n---\n', '---\ntitle: \n---\n'),
  },
);
const article = fc.tuple(frontMatter, body).map(([f, b]) => f + b);

function read(reader: (path: string, text: string) => MarkdownContent, markdown: string) {
  try {
    const content = reader('source/a.md', markdown);
    const document: SourceDocument = { slug: 'a', path: 'source/a.md', format: 'markdown', ...content };
    return { blocks: structuredClone(content.blocks), frontMatter: content.frontMatter, segments: segmentDocument(document, { abbreviations: new Set(['nr']) }) };
  } catch (error) {
    if (error instanceof InputError) return { error: error.diagnostics };
    return { error: String(error) };
  }
}

describe('readMarkdown without micromark over the whole article', () => {
  it('gives the blocks, positions and sentences micromark gives, for any article', async () => {
    await loadMarkdownParser();
    fc.assert(
      fc.property(article, (markdown) => {
        expect(read(readMarkdown, markdown)).toEqual(read(readWithMicromark, markdown));
      }),
      { numRuns: 3000 },
    );
  }, 180_000);

  it('takes the plain way for articles as the newsroom writes them, and leaves the others to micromark', async () => {
    await loadMarkdownParser();
    const plain = '---\ntitle: "Bericht 1: Kim"\noutlet: Testzeitung\n---\n\nEin Satz (Meldung 1-0). „Zitat“, sagte er.\n\n## Hintergrund zu Fall 1\n\n- Die Opposition bezweifelte z. B. das.\n- Einzelheiten nennt [der Bericht](https://example.org/1/9).\n\nBleiben Sie informiert!\n';
    expect(readSimpleMarkdown(plain)?.blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'listItem', 'listItem', 'paragraph']);
    expect(read(readMarkdown, plain)).toEqual(read(readWithMicromark, plain));
    for (const other of ['> Zitat.\n', 'Text\n===\n', '1. Punkt\n', '    Code\n', 'Satz  \nweiter\n', '- a\nlazy\n', '[a]: /u\n\n[a]\n']) {
      expect(readSimpleMarkdown(other), other).toBeUndefined();
    }
  });

  it('parses only the blocks that may hold markup, each alone', async () => {
    const parser = await loadMarkdownParser();
    const real = parser.fromMarkdown;
    const parsed: string[] = [];
    parser.fromMarkdown = ((value: string, ...rest: unknown[]) => {
      parsed.push(value);
      return (real as (...args: unknown[]) => ReturnType<typeof real>)(value, ...rest);
    }) as typeof real;
    try {
      readMarkdown('a.md', '---\ntitle: Eins\n---\n\nEin Satz ohne alles.\n\nEin Satz mit [Link](https://x.org/a).\n\n## Titel\n');
    } finally {
      parser.fromMarkdown = real;
    }
    expect(parsed).toEqual(['\u00a0Ein Satz mit [Link](https://x.org/a).']);
  });
});
