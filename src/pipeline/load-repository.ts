/**
 * Reads everything a run needs before it changes anything: sources, glossary, translation and memory files.
 * Every problem in every file is collected; if there is any, one InputError carries them all and nothing is written.
 * Articles whose translation files the run cache knows to be complete for these exact inputs are not parsed.
 */
import type { SourceDocument, SourceSegment } from '../core/document.ts';
import type { TargetLanguage } from '../core/translation.ts';
import pLimit from 'p-limit';
import { emptyGlossary, loadGlossary, type Glossary } from '../glossary/index.ts';
import { decodeSource, readSource, segmentDocument } from '../source/index.ts';
import { parseMemoryFile, parseTranslationFile, type ParsedMemoryFile, type ParsedTranslationFile } from '../store/index.ts';
import { bytesHash, fileKey, type RunCache, type StatusCounts } from './run-cache.ts';
import {
  decodeUtf8,
  findSources,
  GLOSSARY_FILE,
  inShard,
  InputProblems,
  listYamlFiles,
  memoryPath,
  readOptional,
  slugOf,
  translationPath,
  type Shard,
} from '../workspace/index.ts';

export interface Article {
  document: SourceDocument;
  segments: SourceSegment[];
  /** Plain text of each segment (markup removed), for glossary matching and provider context. */
  plainTexts: string[];
  /** Glossary entry ids per segment. */
  glossaryIds: string[][];
  sourceHash: string;
}

/** An article whose translation files are complete and unchanged since a run that left them so. */
export interface CleanArticle {
  sourcePath: string;
  slug: string;
  counts: Map<TargetLanguage, StatusCounts>;
}

export interface Repository {
  glossary: Glossary;
  glossaryHash: string;
  articles: Article[];
  clean: CleanArticle[];
  /** Parsed translation files by path: those of `articles`, and after `loadAll()` every file. */
  translations: Map<string, ParsedTranslationFile>;
  memories: Map<TargetLanguage, ParsedMemoryFile>;
  /** Translation files whose article no longer exists (kept, reported). */
  orphans: string[];
  /** Parses the translation files not read yet, for the translation memory. */
  loadAll(): Promise<void>;
}

export async function loadRepository(
  root: string,
  paths: readonly string[],
  languages: readonly TargetLanguage[],
  cache: RunCache,
  shard?: Shard,
): Promise<Repository> {
  const problems = new InputProblems();
  const collect = <T>(work: () => T): T | undefined => problems.attempt(work);
  const texts = new Map<string, string>();
  const prefetched = new Map<string, Uint8Array | undefined>();
  const readBytes = async (file: string) => (prefetched.has(file) ? prefetched.get(file) : readOptional(root, file));
  const readText = async (file: string): Promise<string | undefined> => {
    const bytes = await readBytes(file);
    if (bytes === undefined) return undefined;
    const text = collect(() => decodeUtf8(file, bytes));
    if (text !== undefined) texts.set(file, text);
    return text;
  };

  const glossaryBytes = await readOptional(root, GLOSSARY_FILE);
  const glossaryHash = bytesHash(glossaryBytes);
  const glossary =
    (glossaryBytes && collect(() => loadGlossary(decodeUtf8(GLOSSARY_FILE, glossaryBytes), GLOSSARY_FILE))) || emptyGlossary();

  const translations = new Map<string, ParsedTranslationFile>();
  const parse = (file: string, text: string) => {
    const parsed = collect(() => parseTranslationFile(text, file));
    if (parsed) translations.set(file, parsed);
  };

  const articles: Article[] = [];
  const clean: CleanArticle[] = [];
  const requested = await findSources(root, paths);
  const sources = requested.filter((source) => inShard(source, shard));
  // Reading one file after another leaves the CPU idle a third of the time: read them all ahead, a few at once.
  const limit = pLimit(16);
  const ahead = sources.flatMap((file) => [file, ...languages.map((language) => translationPath(language, slugOf(file)))]);
  await Promise.all(ahead.map((file) => limit(async () => prefetched.set(file, await readOptional(root, file)))));
  for (const file of sources) {
    const bytes = (await readBytes(file)) ?? new Uint8Array();
    const sourceHash = bytesHash(bytes);
    const slug = slugOf(file);
    const counts = new Map<TargetLanguage, StatusCounts>();
    for (const language of languages) {
      const path = translationPath(language, slug);
      const text = await readText(path);
      const known = text === undefined ? undefined : cache.lookup(language, file, fileKey(sourceHash, glossaryHash, bytesHash(text)));
      if (known) counts.set(language, known);
    }
    if (counts.size === languages.length) {
      clean.push({ sourcePath: file, slug, counts });
      continue;
    }
    const article = collect(() => {
      const document = readSource(file, decodeSource(file, bytes));
      const segments = segmentDocument(document);
      const plainTexts = segments.map((segment) => segment.plain);
      const glossaryIds = plainTexts.map((plain) => unique(glossary.matchGerman(plain).map((m) => m.entry)));
      return { document, segments, plainTexts, glossaryIds, sourceHash };
    });
    if (article) articles.push(article);
    for (const language of languages) {
      const path = translationPath(language, slug);
      const text = texts.get(path);
      if (text !== undefined) parse(path, text);
    }
  }

  prefetched.clear();

  // Orphans are judged against every article, not just the ones this run was asked for.
  const allSlugs = new Set((paths.length === 0 ? requested : await findSources(root, [])).map(slugOf));
  const memories = new Map<TargetLanguage, ParsedMemoryFile>();
  const orphans: string[] = [];
  const others: string[] = [];
  for (const language of languages) {
    for (const file of await listYamlFiles(root, `translations/${language}`)) {
      const slug = file.slice(`translations/${language}/`.length).replace(/\.yaml$/, '');
      if (!allSlugs.has(slug)) orphans.push(file);
      if (!translations.has(file)) others.push(file);
    }
    const memoryFile = memoryPath(language);
    const memoryText = await readText(memoryFile);
    if (memoryText !== undefined) {
      const parsed = collect(() => parseMemoryFile(memoryText, memoryFile));
      if (parsed) memories.set(language, parsed);
    }
  }
  problems.throwIfAny();

  const loadAll = async () => {
    for (const file of others.splice(0)) {
      const text = texts.get(file) ?? (await readText(file));
      if (text !== undefined) parse(file, text);
    }
    problems.throwIfAny();
  };
  return { glossary, glossaryHash, articles, clean, translations, memories, orphans, loadAll };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
