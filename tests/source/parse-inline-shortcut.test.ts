import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldMarkup, parseInline, parseInlineMany, parseWithMicromark } from '../../src/source/parse-inline.ts';

const strip = (nodes: unknown) => JSON.parse(JSON.stringify(nodes, (key, value) => (key === 'line' || key === 'column' ? undefined : value)));

describe('parseInline shortcut for text without markup', () => {
  it('gives exactly the nodes the Markdown parser gives', () => {
    const safe = fc.constantFrom(...'aäbcdeßöüXYZ019 .,;:?!&"„“‚‘–-()#+=/%$§\'|{}@^°~>'.split(''), '! ', ' & ', '&;', '!!', 'a\tb', '~~', ' > ');
    fc.assert(
      fc.property(fc.array(safe, { minLength: 1, maxLength: 60 }).map((chars) => chars.join('').trim()), (text) => {
        fc.pre(text !== '');
        expect(strip(parseInline(text))).toEqual(strip(parseWithMicromark(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('still parses markup with the real parser', () => {
    expect(parseInline('ein *Wort*').map((n) => n.type)).toEqual(['text', 'emphasis']);
    expect(parseInline('1. Oktober').map((n) => n.type)).toEqual(['text']);
  });
});

describe('parseInlineMany', () => {
  it('gives each text the nodes it gets parsed alone', () => {
    const piece = fc.constantFrom('Satz', ' ', '.', '*', '**', '_', '`', '[a](https://x.org/a.b)', '[b]', '[b]: /u', '![i](p.png)', '<br>', '<https://x.org>', '\\', '&amp;', '&#1;', '~~', '#', '1.', '- ', '> ', '\n', '\n- x', '\n===', '|', '„', '“', 'ä', '\t', '  \n');
    const text = fc.array(piece, { minLength: 1, maxLength: 10 }).map((parts) => parts.join('').trim()).filter((t) => t !== '');
    const alone = (markdown: string) => {
      try {
        return strip(parseInline(markdown));
      } catch (error) {
        return String(error);
      }
    };
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        let together: unknown[];
        try {
          together = parseInlineMany(texts).map(strip);
        } catch (error) {
          // Only a text that cannot be parsed alone may make the batch throw.
          expect(texts.map(alone).some((r) => typeof r === 'string')).toBe(true);
          return;
        }
        expect(together).toEqual(texts.map(alone));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('segmenting with the inline nodes of the document parse', () => {
  it('cuts every block exactly where parsing the block on its own would', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { readSource, sentenceRanges } = await import('../../src/source/index.ts');
    const { takeInline } = await import('../../src/source/block-inline.ts');
    const fixtures = new URL('./fixtures/', import.meta.url);
    const inputs = readdirSync(fixtures, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.md'))
      .map((name) => [name, readFileSync(new URL(name, fixtures), 'utf8')] as const);
    inputs.push(['kim-russland.md', readFileSync(new URL('../../source/kim-russland.md', import.meta.url), 'utf8')]);
    inputs.push(['markup.md', '# Titel *eins*\n\n> Ein Zitat. Mit **zwei\n> Sätzen.** Ende.\n\n- Punkt [mit Link](https://a.b/c.d). Und `code.` hier.\n  Zweite Zeile!\n']);
    let compared = 0;
    for (const [name, text] of inputs) {
      for (const block of readSource(`source/${name}`, text).blocks) {
        const nodes = takeInline(block);
        if (!nodes) continue;
        expect(sentenceRanges(block.text, nodes), `${name}: ${block.text}`).toEqual(sentenceRanges(block.text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe('the plain text of each segment', () => {
  it('is what toPlain makes of the segment’s Markdown', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { readSource, segmentDocument, toPlain } = await import('../../src/source/index.ts');
    const fixtures = new URL('./fixtures/', import.meta.url);
    const inputs = readdirSync(fixtures, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.md') || name.endsWith('.txt'))
      .map((name) => [name, readFileSync(new URL(name, fixtures), 'utf8')] as const);
    inputs.push(['markup.md', '# Titel *eins*\n\n> Ein Zitat. Mit **zwei\n> Sätzen.** Ende &amp; mehr.\n\n- Punkt [mit Link](https://a.b/c.d). Und `code.` hier.\\\n  Zweite Zeile!\n']);
    let compared = 0;
    for (const [name, text] of inputs) {
      for (const segment of segmentDocument(readSource(`source/${name}`, text))) {
        expect(segment.plain, `${name}: ${segment.text}`).toBe(toPlain(segment.text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30);
  });
});

describe('plainTextOf for text without markup', () => {
  it('maps every character to itself, exactly as the walk over the parsed text node does', async () => {
    const { plainTextOf } = await import('../../src/source/inline-plain.ts');
    for (const text of ['Sergei Shoigu visited Pyongyang.', '김정은은 평양에서 쇼이구를 맞았다.', 'Ein Satz: mit „Zitat“ – und Ende!', '']) {
      const fast = plainTextOf(text);
      const walked = plainTextOf(text, { nodes: parseWithMicromark(text), offset: 0 });
      expect(fast).toEqual(walked);
    }
  });
});

describe('mayHoldMarkup', () => {
  it('answers as the one pattern with the ends in it did', () => {
    const former = /[\\`*_[\]<\n\r]|!\[|&[#A-Za-z]|^\s|\s$/;
    const piece = fc.constantFrom('a', 'ä', ' ', '\u00a0', '\u2028', '\t', '\n', '!', '[', '&', '&a', '#', '*', '_', '`', '<', '\\', '🎉', '\ud800', '평', '.', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), (text) => {
        expect(mayHoldMarkup(text)).toBe(former.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
