/** An article's files read (again) and parsed: the second pass's rereading, and the scan's parsing of what it read. */
import type { TargetLanguage } from '../../core/translation.ts';
import type { Glossary } from '../../glossary/index.ts';
import { loadMarkdownParser } from '../../source/markdown-parser.ts';
import { asRead, parseTranslationModel, type ParsedTranslationFile } from '../../store/index.ts';
import type { FileStamps, Hashed } from '../../workspace/file-stamps.ts';
import type { PhrasingContent } from 'mdast';
import { decodeSource } from '../../source/index.ts';
import { DEFAULT_LAYOUT, InputProblems, parseSourceText, parseTranslationBytes, readOptional, slugOf, translationPath, type Layout } from '../../workspace/index.ts';
import type { Feed } from './article-feed.ts';
import type { Article, ArticleRef } from './load-repository.ts';
import { readAhead } from './read-ahead.ts';
import { articleFromOutline, type ArticleOutline } from './article-outline.ts';
import { ArticleSegments } from '../send/work-items.ts';
import { bytesHash, type RunCache } from './run-cache.ts';

export interface ArticleBytes {
  source: Uint8Array | undefined;
  translations: Array<Uint8Array | undefined>;
}

/** Files read ahead while the current article is parsed. */
const READ_AHEAD = 8;

/**
 * The articles again, one at a time, as they are on disk now (an article a streamed survey hands over parsed is
 * taken as it is). An article whose source changed since the scan, or
 * whose translation file no longer reads, is left for the next run (`changed`): the scan priced and checked
 * what it saw, and a run never works from what it has not checked. A file the scan already found unreadable
 * stays out of the article (its language is not planned), whatever it holds now.
 */
export async function* rereadArticles(
  root: string,
  refs: readonly ArticleRef[] | Feed<ArticleRef>,
  languages: readonly TargetLanguage[],
  glossary: Glossary,
  abbreviations: ReadonlySet<string>,
  layout: Layout = DEFAULT_LAYOUT,
  stamps?: FileStamps,
): AsyncGenerator<{ ref: ArticleRef; article?: Article }> {
  const parsed = (ref: ArticleRef): ref is Article => 'document' in ref;
  const read = (ref: ArticleRef) => (parsed(ref) ? Promise.resolve({ source: undefined, translations: [] }) : readArticleBytes(root, ref.sourcePath, languages, layout, stamps));
  for await (const [ref, bytes] of readAhead(refs, read, READ_AHEAD)) {
    // Handed over parsed by a streamed survey a moment ago: nothing to read or check again.
    if (parsed(ref)) {
      yield { ref, article: ref };
      continue;
    }
    const same = bytesHash(bytes.source ?? new Uint8Array()) === ref.sourceHash;
    const readable = languages.filter((language) => !ref.unreadable.includes(language));
    if (same && ref.parsed && readable.every((language) => sameText(ref.parsed!.translations.get(language), bytes.translations[languages.indexOf(language)]))) {
      yield { ref, article: ref.parsed };
      continue;
    }
    const problems = new InputProblems();
    const readBytes = { source: bytes.source, translations: readable.map((l) => bytes.translations[languages.indexOf(l)]) };
    let article: Article | undefined;
    if (!same) article = undefined;
    else if (ref.outline) {
      article = outlinedArticle({ ...ref, outline: ref.outline }, readBytes, readable, problems, layout);
      if (article) ArticleSegments.adopt(article, glossary, ref.outline.parsedConversions);
    }
    else {
      await loadMarkdownParser();
      article = parseArticle(ref, readBytes, readable, glossary, abbreviations, problems, layout);
    }
    yield article && problems.diagnostics.length === 0 ? { ref, article } : { ref };
  }
}

/**
 * Every translation file's parsed form, one at a time. A file that does not read is left out; its diagnostics go
 * to `problems` when given (the scan has already reported the files of the articles it read).
 */
export async function* readTranslationFiles(root: string, files: readonly string[], problems = new InputProblems()): AsyncGenerator<ParsedTranslationFile> {
  for await (const [file, bytes] of readAhead(files, (file) => readOptional(root, file), READ_AHEAD)) {
    if (bytes === undefined) continue;
    const parsed = parseTranslationBytes(file, bytes, problems);
    if (parsed) yield parsed;
  }
}

/** Whether a translation file still holds the text it was parsed from (as the writer judges it, asRead). */
function sameText(parsed: ParsedTranslationFile | undefined, bytes: Uint8Array | undefined): boolean {
  return parsed === undefined ? bytes === undefined : bytes !== undefined && asRead(bytes) === parsed.text;
}

/** The bytes of an article's files, reading again those whose hash the index gave without them. */
export async function knownBytes(root: string, cache: RunCache, paths: readonly string[], known: ReadonlyArray<Hashed | undefined>): Promise<ArticleBytes> {
  const bytes = await Promise.all(known.map(async (hashed, i) => (hashed === undefined ? undefined : (hashed.bytes ?? (await cache.stamps.read(root, paths[i]!))?.bytes))));
  return { source: bytes[0], translations: bytes.slice(1) };
}

/**
 * The source and its translation files. Through `stamps` (the index's reader) when given: a plain file in a folder
 * known to lie inside the repository is read with a stat and one open, and a missing one costs one stat; only a link
 * goes the long way (readOptional: where it really leads). Per article that spares three real-path look-ups and the
 * thread pool's round trips, which were a tenth of a first run's main-thread time. The stat it takes is recorded,
 * as for any file the index reads.
 */
async function readArticleBytes(root: string, file: string, languages: readonly TargetLanguage[], layout: Layout, stamps?: FileStamps): Promise<ArticleBytes> {
  const slug = slugOf(file, layout);
  const read = stamps ? async (at: string) => (await stamps.read(root, at))?.bytes : (at: string) => readOptional(root, at);
  const [source, ...translations] = await Promise.all([read(file), ...languages.map((language) => read(translationPath(language, slug, layout)))]);
  return { source, translations };
}

export function parseArticle(
  ref: ArticleRef, bytes: ArticleBytes, languages: readonly TargetLanguage[], glossary: Glossary, abbreviations: ReadonlySet<string>, problems: InputProblems, layout: Layout,
): Article | undefined {
  // Sentences with markup whose nodes the block's parse already gave: their provider tags are made from those.
  const inline = new Map<number, PhrasingContent[]>();
  const source = problems.attempt(() => {
    const sourceText = decodeSource(ref.sourcePath, bytes.source ?? new Uint8Array());
    return { sourceText, ...parseSourceText(ref.sourcePath, sourceText, abbreviations, layout, (index, nodes) => inline.set(index, nodes)) };
  });
  const plainTexts = source?.segments.map((segment) => segment.plain) ?? [];
  const glossaryIds = plainTexts.map((plain) => [...new Set(glossary.matchGerman(plain).map((m) => m.entry))]);
  const translations = parseTranslations(ref, bytes, languages, problems, layout);
  const article = source && { ...ref, ...source, plainTexts, glossaryIds, translations };
  if (article && inline.size > 0) ArticleSegments.withInline(article, glossary, inline);
  return article;
}

/** The article from its outline and its source as read again (same bytes): segmented as the survey did, without parsing. */
function outlinedArticle(ref: ArticleRef & { outline: ArticleOutline }, bytes: ArticleBytes, languages: readonly TargetLanguage[], problems: InputProblems, layout: Layout): Article | undefined {
  const sourceText = problems.attempt(() => decodeSource(ref.sourcePath, bytes.source ?? new Uint8Array()));
  const translations = parseTranslations(ref, bytes, languages, problems, layout);
  return sourceText === undefined ? undefined : articleFromOutline(ref, ref.outline, sourceText, translations);
}

function parseTranslations(ref: ArticleRef, bytes: ArticleBytes, languages: readonly TargetLanguage[], problems: InputProblems, layout: Layout): Map<TargetLanguage, ParsedTranslationFile> {
  const translations = new Map<TargetLanguage, ParsedTranslationFile>();
  languages.forEach((language, i) => {
    const translationBytes = bytes.translations[i];
    if (translationBytes === undefined) return;
    const file = translationPath(language, ref.slug, layout);
    // The model now; the yaml document only if a write patches the file (parseTranslationModel).
    const parsed = parseTranslationBytes(file, translationBytes, problems, parseTranslationModel);
    if (parsed) translations.set(language, parsed);
  });
  return translations;
}
