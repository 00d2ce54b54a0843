/** The survey and the translate pass of a streamed run share one article's conversions (tags, inline parse). */
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/glossary/index.ts';
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
