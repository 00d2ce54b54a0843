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
import { parseMemoryFile, type ParsedMemoryFile, type ParsedTranslationFile } from '../../store/index.ts';
import { bytesHash, fileKey, type RunCache, type StatusCounts } from './run-cache.ts';
import { TimeSlice } from './read-ahead.ts';
import { knownBytes, parseArticle } from './article-files.ts';
import type { ArticleOutline } from './article-outline.ts';

export { readTranslationFiles, rereadArticles } from './article-files.ts';
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
  /** A streamed survey's segmentation of the article, for the pass to take again without parsing (article-outline.ts). */
  outline?: ArticleOutline;
}

export interface Article extends ArticleRef {
  /** Its blocks and front matter are left out of an article rebuilt from its outline: the pass needs only the path. */
  document: Omit<SourceDocument, 'blocks' | 'frontMatter'>;
  /** The decoded source the segments were cut from. */
  sourceText: string;
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
