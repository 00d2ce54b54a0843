/** The survey and the translate pass of a streamed run share one article's conversions (tags, inline parse). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyGlossary, type Glossary } from '../../src/glossary/index.ts';
import { ArticleSegments } from '../../src/pipeline/send/work-items.ts';
import type { Article } from '../../src/pipeline/survey/load-repository.ts';

describe('ArticleSegments.of', () => {
  it('gives one article object the same conversions with the same glossary, and fresh ones otherwise', () => {
    const article = {} as Article;
    const glossary = {} as Glossary;
    const first = ArticleSegments.of(article, glossary);
    expect(ArticleSegments.of(article, glossary)).toBe(first);
    expect(ArticleSegments.of({} as Article, glossary)).not.toBe(first); // read again: another object
    expect(ArticleSegments.of(article, {} as Glossary)).not.toBe(first);
  });
});

describe('ArticleSegments.forProvider', () => {
  const texts = ['Der *erste* Satz.', 'Ein [Link](https://example.org/a) hier.', 'Ganz ohne Markup.', '**Fett** und `Code`.', 'Ein <b>Tag</b> (Meldung 1-2).', 'Zuletzt _kursiv_ und \\*kein\\* Stern.'];
  const article = (): Article => ({ segments: texts.map((text) => ({ text })), plainTexts: texts, glossaryIds: texts.map(() => []) }) as unknown as Article;

  it('gives every sentence the same tags in whatever order and number they are asked for (parsed alone or all together)', () => {
    const glossary = emptyGlossary();
    const expected = texts.map((_, index) => ArticleSegments.of(article(), glossary).forProvider(index, 'en', 'k'));
    fc.assert(
      fc.property(fc.array(fc.nat(texts.length - 1), { minLength: 1, maxLength: 10 }), (order) => {
        const segments = ArticleSegments.of(article(), glossary);
        for (const index of order) expect(segments.forProvider(index, 'en', 'k')).toEqual(expected[index]);
      }),
      { numRuns: 200 },
    );
  });
});
