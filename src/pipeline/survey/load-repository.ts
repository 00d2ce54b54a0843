/**
 * Reads what a run needs before it changes anything: sources, glossary, translation and memory files.
 * The scan visits each article that needs work once and keeps nothing of it, so a run over ten thousand articles
 * holds one article at a time. A file that cannot be used is left out with its diagnostics (`unreadable`) and the
 * other articles still go through: an unreadable source skips its article, an unreadable translation file only its
 * language. The glossary and the memory files are shared by every article: a problem there stops the run before
 * anything is written. Articles whose translation files the run cache knows to be complete for these exact
 * inputs are not parsed at all.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import type { SourceDocument, SourceSegment } from '../../core/document.ts';
import type { TargetLanguage } from '../../core/translation.ts';
import type { Glossary } from '../../glossary/index.ts';
import { asRead, parseMemoryFile, type ParsedMemoryFile, type ParsedTranslationFile } from '../../store/index.ts';
import { bytesHash, fileKey, type RunCache, type StatusCounts } from './run-cache.ts';
import { readAhead, TimeSlice } from './read-ahead.ts';
import type { Hashed } from '../../workspace/file-stamps.ts';
import type { Feed } from './article-feed.ts';
import { sourceAbbreviations } from './learned-abbreviations.ts';
import { knownGlossary } from './known-glossary.ts';
import { loadMarkdownParser } from '../../source/markdown-parser.ts';
import {
  decodeUtf8,
  DEFAULT_LAYOUT,
  findSources,
  inShard,
  InputProblems,
  listTranslationFiles,
  memoryPath,
  parseSourceFile,
  parseTranslationBytes,
  readOptional,
  slugOf,
  translationDir,
  translationPath,
  type Layout,
  type Shard,
} from '../../workspace/index.ts';

/** An article that needs work: enough to find it again. */
export interface ArticleRef {
  sourcePath: string;
  slug: string;
  /** Hash of the source file's bytes when the scan read it. */
  sourceHash: string;
  /** Languages whose translation file the scan could not read: not planned, never written this run. */
  unreadable: TargetLanguage[];
  /** The article as the scan parsed it, kept for the first few articles (HELD_PARSED): the pass takes it again
   * instead of parsing it twice when its files still hold the same text (rereadArticles). */
  parsed?: Article;
}

export interface Article extends ArticleRef {
  document: SourceDocument;
  segments: SourceSegment[];
  /** Plain text of each segment (markup removed), for glossary matching and provider context. */
  plainTexts: string[];
  /** Glossary entry ids per segment. */
  glossaryIds: string[][];
  /** The article's translation files as they are on disk (absent: none yet). */
  translations: Map<TargetLanguage, ParsedTranslationFile>;
}

/** An article whose translation files are complete and unchanged since a run that left them so. */
export interface CleanArticle {
  sourcePath: string;
  slug: string;
  counts: Map<TargetLanguage, StatusCounts>;
}

export interface WorkspaceScan {
  glossary: Glossary;
  /** Hash of the glossary and of the abbreviations learned from all sources: what every article's files depend on besides the article. */
  glossaryHash: string;
  /** Learned from all sources (learned-abbreviations.ts); every segmentation of the run uses them. */
  abbreviations: ReadonlySet<string>;
  /** Articles that need work, in order. */
  articles: ArticleRef[];
  clean: CleanArticle[];
  memories: Map<TargetLanguage, ParsedMemoryFile>;
  /** Every translation file of the languages (the translation memory reads them all). */
  translationFiles: string[];
  /** Translation files whose article no longer exists (kept, reported). */
  orphans: string[];
  /** Why files were left out: sources and translation files that could not be read. */
  unreadable: Diagnostic[];
  /** Where the project keeps its files (its config's folders). */
  layout: Layout;
}

/** What a streamed run learns before the articles: the glossary as soon as it is read (the provider's copy can be
 * made ready meanwhile), then everything every article shares. */
export interface ScanHooks {
  onGlossary?: (glossary: Glossary) => void;
  onShared?: (shared: Pick<WorkspaceScan, 'glossary' | 'glossaryHash' | 'abbreviations'>) => void;
}

interface ArticleBytes {
  source: Uint8Array | undefined;
  translations: Array<Uint8Array | undefined>;
}

/** Files read ahead while the current article is parsed. */
const READ_AHEAD = 8;
/** Articles kept parsed between the scan and the pass: an edit of a few articles is parsed once; a large run holds
 * no more than these. */
const HELD_PARSED = 64;

export async function scanWorkspace(
  root: string,
  paths: readonly string[],
  languages: readonly TargetLanguage[],
  cache: RunCache,
  visit: (article: Article, glossary: Glossary) => void,
  shard?: Shard,
  from: string = root,
  layout: Layout = DEFAULT_LAYOUT,
  hooks: ScanHooks = {},
): Promise<WorkspaceScan> {
  const { glossary, bytes: glossaryBytes } = await knownGlossary(root, cache, layout);
  hooks.onGlossary?.(glossary);
  const learned = await sourceAbbreviations(root, cache, layout);
  const glossaryHash = bytesHash(`${bytesHash(glossaryBytes)}|${learned.hash}`);
  const abbreviations = learned.abbreviations;
  const shared = new InputProblems();
  const memories = await readMemories(root, languages, shared, layout);
  shared.throwIfAny();
  hooks.onShared?.({ glossary, glossaryHash, abbreviations });

  const articles: ArticleRef[] = [];
  const clean: CleanArticle[] = [];
  const unreadable = new InputProblems();
  const requested = paths.length === 0 ? learned.sources : await findSources(root, paths, from, layout);
  const sources = requested.filter((source) => inShard(source, shard, layout));
  // Listed first, so a first run does not try (and fail) to open two translation files per article.
  const translationFiles = await listTranslationFiles(root, languages, layout);
  const existing = new Set(translationFiles);
  let held = 0;
  // The index answers most stats and reads at once: without a turn now and then, a streamed run's requests and
  // answers would wait for the whole scan.
  const slice = new TimeSlice();
  for (const file of sources) {
    await slice.turn();
    // Hashes from the index where the files' stats are unchanged: a clean article is not opened at all.
    // Stat-checked a moment ago to make the abbreviations' key: the same hash, without a second lstat.
    const hashedForKey = learned.sourceHashes.get(file);
    const sourceKnown = hashedForKey !== undefined ? { hash: hashedForKey } : await cache.stamps.hash(root, file);
    const translationPaths = languages.map((language) => translationPath(language, slugOf(file, layout), layout));
    const translationsKnown = await Promise.all(translationPaths.map((path) => (existing.has(path) ? cache.stamps.hash(root, path) : undefined)));
    const counts = new Map<TargetLanguage, StatusCounts>();
    languages.forEach((language, i) => {
      const text = translationsKnown[i];
      const known = sourceKnown && text && cache.lookup(language, file, fileKey(sourceKnown.hash, glossaryHash, text.hash));
      if (known) counts.set(language, known);
    });
    if (counts.size === languages.length) {
      clean.push({ sourcePath: file, slug: slugOf(file, layout), counts });
      continue;
    }
    // micromark is loaded here, at the first article that needs work: a run with nothing to do never loads it.
    await loadMarkdownParser();
    const bytes = await knownBytes(root, cache, [file, ...translationPaths], [sourceKnown, ...translationsKnown]);
    const ref: ArticleRef = { sourcePath: file, slug: slugOf(file, layout), sourceHash: bytesHash(bytes.source ?? new Uint8Array()), unreadable: [] };
    const problemsBefore = unreadable.diagnostics.length;
    const article = parseArticle(ref, bytes, languages, glossary, abbreviations, unreadable, layout);
    if (!article) continue;
    ref.unreadable = article.unreadable = languages.filter((language, i) => bytes.translations[i] !== undefined && !article.translations.has(language));
    if (held < HELD_PARSED && unreadable.diagnostics.length === problemsBefore) {
      ref.parsed = article;
      held += 1;
    }
    articles.push(ref);
    visit(article, glossary);
  }

  // Orphans are judged against every article, not just the ones this run was asked for.
  const allSlugs = new Set(learned.sources.map((file) => slugOf(file, layout)));
  const orphans: string[] = [];
  for (const language of languages) {
    const folder = `${translationDir(language, layout)}/`;
    for (const file of translationFiles.filter((f) => f.startsWith(folder))) {
      const slug = file.slice(folder.length).replace(/\.yaml$/, '');
      if (!allSlugs.has(slug)) orphans.push(file);
    }
  }
  return { glossary, glossaryHash, abbreviations, articles, clean, memories, translationFiles, orphans, unreadable: unreadable.diagnostics, layout };
}

async function readMemories(root: string, languages: readonly TargetLanguage[], problems: InputProblems, layout: Layout): Promise<Map<TargetLanguage, ParsedMemoryFile>> {
  const memories = new Map<TargetLanguage, ParsedMemoryFile>();
  for (const language of languages) {
    const memoryFile = memoryPath(language, layout);
    const memoryBytes = await readOptional(root, memoryFile);
    if (memoryBytes === undefined) continue;
    const parsed = problems.attempt(() => parseMemoryFile(decodeUtf8(memoryFile, memoryBytes), memoryFile));
    if (parsed) memories.set(language, parsed);
  }
  return memories;
}

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
): AsyncGenerator<{ ref: ArticleRef; article?: Article }> {
  const parsed = (ref: ArticleRef): ref is Article => 'document' in ref;
  const read = (ref: ArticleRef) => (parsed(ref) ? Promise.resolve({ source: undefined, translations: [] }) : readArticleBytes(root, ref.sourcePath, languages, layout));
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
    await loadMarkdownParser();
    const problems = new InputProblems();
    const article = same ? parseArticle(ref, { source: bytes.source, translations: readable.map((l) => bytes.translations[languages.indexOf(l)]) }, readable, glossary, abbreviations, problems, layout) : undefined;
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
async function knownBytes(root: string, cache: RunCache, paths: readonly string[], known: ReadonlyArray<Hashed | undefined>): Promise<ArticleBytes> {
  const bytes = await Promise.all(known.map(async (hashed, i) => (hashed === undefined ? undefined : (hashed.bytes ?? (await cache.stamps.read(root, paths[i]!))?.bytes))));
  return { source: bytes[0], translations: bytes.slice(1) };
}

/** The source and its translation files. */
async function readArticleBytes(root: string, file: string, languages: readonly TargetLanguage[], layout: Layout): Promise<ArticleBytes> {
  const slug = slugOf(file, layout);
  const [source, ...translations] = await Promise.all([readOptional(root, file), ...languages.map((language) => readOptional(root, translationPath(language, slug, layout)))]);
  return { source, translations };
}

function parseArticle(
  ref: ArticleRef, bytes: ArticleBytes, languages: readonly TargetLanguage[], glossary: Glossary, abbreviations: ReadonlySet<string>, problems: InputProblems, layout: Layout,
): Article | undefined {
  const source = parseSourceFile(ref.sourcePath, bytes.source, problems, abbreviations, layout);
  const plainTexts = source?.segments.map((segment) => segment.plain) ?? [];
  const glossaryIds = plainTexts.map((plain) => [...new Set(glossary.matchGerman(plain).map((m) => m.entry))]);
  const translations = new Map<TargetLanguage, ParsedTranslationFile>();
  languages.forEach((language, i) => {
    const translationBytes = bytes.translations[i];
    if (translationBytes === undefined) return;
    const file = translationPath(language, ref.slug, layout);
    const parsed = parseTranslationBytes(file, translationBytes, problems);
    if (parsed) translations.set(language, parsed);
  });
  return source && { ...ref, ...source, plainTexts, glossaryIds, translations };
}
