/**
 * Sources + translation files → every output text of `dolmetsch publish` (paths relative to the output folder).
 * Pure: the caller reads the inputs and writes the files.
 */
import type { SourceDocument, SourceSegment } from '../core/document.ts';
import type { TargetLanguage, TranslationFile } from '../core/translation.ts';
import type { Glossary } from '../glossary/index.ts';
import { placeArticle, type PageLanguage, type PlacedStatus, type PublishedArticle } from './article-model.ts';
import { createChrome } from './chrome.ts';
import { contentBundle, serializeBundle } from './content-bundle.ts';
import { pageHref, renderArticleHtml, type RelatedArticle } from './render-article-html.ts';
import { renderArticleMarkdown } from './render-article-markdown.ts';
import { renderReviewPage } from './review-page.ts';

export interface ArticleSources {
  document: SourceDocument;
  segments: readonly SourceSegment[];
  translations: Partial<Record<TargetLanguage, TranslationFile>>;
}

export interface PublishOptions {
  languages: readonly TargetLanguage[];
  /** Publish articles with unconfirmed segments too, marked as machine translation. */
  drafts: boolean;
  glossary?: Glossary;
}

export interface OutputFile {
  /** Relative to the output folder (dist/), forward slashes. */
  path: string;
  text: string;
}

export interface SkippedArticle {
  slug: string;
  language: TargetLanguage;
  /** How many segments are in each unconfirmed status. */
  unfinished: Partial<Record<PlacedStatus, number>>;
}

export interface PublishResult {
  files: OutputFile[];
  published: Array<{ slug: string; language: PageLanguage; status: PublishedArticle['status'] | 'original' }>;
  skipped: SkippedArticle[];
}

export function publishArticles(articles: readonly ArticleSources[], options: PublishOptions): PublishResult {
  const pages = new Map<string, PublishedArticle>();
  const key = (slug: string, language: PageLanguage): string => `${language}\u0000${slug}`;
  const skipped: SkippedArticle[] = [];
  for (const article of articles) {
    const slug = article.document.slug;
    pages.set(key(slug, 'de'), placeArticle(article.document, article.segments, 'de', undefined));
    for (const language of options.languages) {
      const placed = placeArticle(article.document, article.segments, language, article.translations[language]);
      if (placed.status !== 'draft' || options.drafts) pages.set(key(slug, language), placed);
      else skipped.push({ slug, language, unfinished: tally(placed.unfinished.map((segment) => segment.status)) });
    }
  }

  const files: OutputFile[] = [];
  const published: PublishResult['published'] = [];
  for (const article of articles) {
    const slug = article.document.slug;
    const languages = (['de', ...options.languages] as PageLanguage[]).filter((language) => pages.has(key(slug, language)));
    for (const language of languages) {
      const page = pages.get(key(slug, language))!;
      const chrome = createChrome(language);
      const related = readAlso(article.document, language, (other) => pages.get(key(other, language)));
      files.push({ path: `${language}/${slug}.html`, text: renderArticleHtml(page, { chrome, related, alternates: languages }) });
      files.push({ path: `${language}/${slug}.md`, text: renderArticleMarkdown(page, chrome, related.map((item) => ({ ...item, href: item.href.replace(/\.html$/, '.md') }))) });
      files.push({ path: `locales/${language}/${slug}.json`, text: serializeBundle(contentBundle(page, options.drafts)) });
      published.push({ slug, language, status: language === 'de' ? 'original' : page.status });
    }
    files.push({
      path: `review/${slug}.html`,
      text: renderReviewPage({ ...article, languages: options.languages, ...(options.glossary ? { glossary: options.glossary } : {}) }),
    });
  }
  return { files, published, skipped };
}

/** Front matter `read_also: [other-slug, …]`: links to those articles where they are published in this language. */
function readAlso(document: SourceDocument, language: PageLanguage, find: (slug: string) => PublishedArticle | undefined): RelatedArticle[] {
  const wanted = document.frontMatter.read_also;
  const slugs = Array.isArray(wanted) ? wanted.filter((item): item is string => typeof item === 'string') : typeof wanted === 'string' ? [wanted] : [];
  return slugs.flatMap((slug) => {
    const other = find(slug);
    const title = other?.blocks.find((block) => block.block.kind === 'title');
    if (!other || !title) return [];
    const href = pageHref(document.slug, language, slug);
    return [{ href, title: title.segments.map((segment) => segment.text).join(' ') }];
  });
}

function tally(statuses: readonly PlacedStatus[]): Partial<Record<PlacedStatus, number>> {
  const counts: Partial<Record<PlacedStatus, number>> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}
