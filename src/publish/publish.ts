/**
 * Sources + translation files → every output text of `dolmetsch publish` (paths relative to the output folder).
 * Pure: the caller reads the inputs and writes the files.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { SourceDocument, SourceSegment } from '../core/document.ts';
import type { TargetLanguage, TranslationFile } from '../core/translation.ts';
import type { Glossary } from '../glossary/index.ts';
import type { ParsedTranslationFile } from '../store/index.ts';
import { translationPath, type Layout } from '../workspace/index.ts';
import { placeArticle, type PageLanguage, type PlacedStatus, type PublishedArticle } from './article-model.ts';
import { createChrome } from './chrome.ts';
import { contentBundle, serializeBundle } from './content-bundle.ts';
import { pageHref, renderArticleHtml, type RelatedArticle } from './render-article-html.ts';
import { renderArticleMarkdown } from './render-article-markdown.ts';
import { renderReviewPage } from './review-page.ts';
import { alignArticles, findTerms, type TermsReport } from '../terms/index.ts';
import type { NameCandidate } from './name-candidates.ts';

export interface ArticleSources {
  document: SourceDocument;
  segments: readonly SourceSegment[];
  translations: Record<TargetLanguage, TranslationFile>;
  /** Languages whose translation file could not be read: neither published nor skipped, their pages left as they are. */
  unreadable?: readonly TargetLanguage[];
  /** The parsed translation files, when known: a name's places then carry their line and the check's keys. */
  parsed?: Partial<Record<TargetLanguage, ParsedTranslationFile>>;
}

export interface PublishOptions {
  /** The project's folders (config), where the check's findings name translation files; default: translations/. */
  layout?: Layout;
  languages: readonly TargetLanguage[];
  /** Publish articles with unconfirmed segments too, marked as machine translation, and despite check errors. */
  drafts: boolean;
  glossary?: Glossary;
  /** The check's error-level findings on a translation file (by path); a language with any is refused without drafts. */
  checkErrors?: (file: string) => Diagnostic[];
  /** The check's findings on one segment of a translation file (by path), shown on the review page. */
  checkFindings?: (file: string, segmentId: string) => Diagnostic[];
  /** Names outside the glossary (`findArticleNames`), when the caller found them already for the check. */
  terms?: TermsReport;
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

/** An article's language that `dolmetsch check` finds errors in: not published without --drafts. */
export interface RefusedArticle {
  slug: string;
  language: TargetLanguage;
  errors: Diagnostic[];
}

export interface PublishResult {
  files: OutputFile[];
  published: Array<{ slug: string; language: PageLanguage; status: PublishedArticle['status'] | 'original' }>;
  skipped: SkippedArticle[];
  refused: RefusedArticle[];
  /** With --drafts: languages published although the check finds errors in them. */
  publishedWithErrors: RefusedArticle[];
}

export function publishArticles(articles: readonly ArticleSources[], options: PublishOptions): PublishResult {
  const pages = new Map<string, PublishedArticle>();
  const key = (slug: string, language: PageLanguage): string => `${language}\u0000${slug}`;
  const skipped: SkippedArticle[] = [];
  const refused: RefusedArticle[] = [];
  const publishedWithErrors: RefusedArticle[] = [];
  for (const article of articles) {
    const slug = article.document.slug;
    pages.set(key(slug, 'de'), placeArticle(article.document, article.segments, 'de', undefined));
    for (const language of options.languages) {
      if (article.unreadable?.includes(language)) continue;
      const translation = article.translations[language];
      const placed = placeArticle(article.document, article.segments, language, translation);
      // Unfinished work is the first reason not to publish; the check's errors refuse what would be published.
      if (placed.status === 'draft' && !options.drafts) {
        skipped.push({ slug, language, unfinished: tally(placed.unfinished.map((segment) => segment.status)) });
        continue;
      }
      const errors = translation ? (options.checkErrors?.(translationPath(language, slug, options.layout)) ?? []) : [];
      if (errors.length > 0) (options.drafts ? publishedWithErrors : refused).push({ slug, language, errors });
      if (errors.length > 0 && !options.drafts) continue;
      pages.set(key(slug, language), placed);
    }
  }

  const files: OutputFile[] = [];
  const published: PublishResult['published'] = [];
  const terms = options.terms ?? (options.glossary ? findArticleNames(articles, options.glossary, options.languages) : undefined);
  const nameCandidates = terms ? terms.candidates.map((c) => ({ id: c.id, forms: [c.term, ...c.forms, ...c.short] })) : [];
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
    // A review page without one of its languages would look as if that language had nothing: keep the old one.
    if (article.unreadable?.some((language) => options.languages.includes(language))) continue;
    files.push({
      path: `review/${slug}.html`,
      text: renderReviewPage({
        ...article,
        languages: options.languages,
        nameCandidates,
        ...(options.glossary ? { glossary: options.glossary } : {}),
        ...(options.checkFindings ? { findings: reviewFindings(slug, options.checkFindings, options.layout) } : {}),
      }),
    });
  }
  return { files, published, skipped, refused, publishedWithErrors };
}

/** The review page asks by language; the check knows translation files by path. */
function reviewFindings(slug: string, findingsOf: (file: string, segmentId: string) => Diagnostic[], layout: Layout | undefined) {
  return (language: TargetLanguage, segmentId: string): Diagnostic[] => findingsOf(translationPath(language, slug, layout), segmentId);
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

/**
 * Names `dolmetsch terms suggest` would list, over every article at once (a name is judged across articles): found
 * once per publish, for the review page's underline and the check's term-inconsistent rule.
 */
export function findArticleNames(articles: readonly ArticleSources[], glossary: Glossary, languages: readonly TargetLanguage[]): TermsReport {
  const segments = alignArticles(articles.map((a) => ({ slug: a.document.slug, segments: a.segments, translations: a.translations, ...(a.parsed ? { parsed: a.parsed } : {}) })));
  return findTerms(segments, glossary, { languages });
}
