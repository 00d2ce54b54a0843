/**
 * Reads what publish, status and the exchange formats work from: the sources, their translation files and
 * the glossary. Every problem in every file is collected into one InputError; nothing is written.
 */
import { TARGET_LANGUAGES, type TargetLanguage } from '../core/translation.ts';
import { emptyGlossary, loadGlossary, type Glossary } from '../glossary/index.ts';
import { decodeUtf8, findSources, GLOSSARY_FILE, InputProblems, readOptional, translationPath } from '../workspace/index.ts';
import { decodeSource, readSource, segmentDocument } from '../source/index.ts';
import { parseTranslationFile, type ParsedTranslationFile } from '../store/index.ts';
import type { ArticleSources } from './publish.ts';
import { sourceAbbreviations } from '../pipeline/learned-abbreviations.ts';
import { RunCache } from '../pipeline/run-cache.ts';

export interface LoadedArticle extends ArticleSources {
  /** The parsed translation files (for edits that keep the file's formatting), by language. */
  parsed: Partial<Record<TargetLanguage, ParsedTranslationFile>>;
}

export interface LoadedWorkspace {
  articles: LoadedArticle[];
  glossary: Glossary;
}

export async function loadArticles(root: string, paths: readonly string[], languages: readonly TargetLanguage[] = TARGET_LANGUAGES): Promise<LoadedWorkspace> {
  const problems = new InputProblems();
  const collect = <T>(work: () => T): T | undefined => problems.attempt(work);
  const glossaryBytes = await readOptional(root, GLOSSARY_FILE);
  const glossary = (glossaryBytes && collect(() => loadGlossary(decodeUtf8(GLOSSARY_FILE, glossaryBytes), GLOSSARY_FILE))) || emptyGlossary();

  // The same learned abbreviations as translate, so every sentence has the id its translation files know.
  const { abbreviations } = await sourceAbbreviations(root, await RunCache.read(root));
  const articles: LoadedArticle[] = [];
  for (const file of await findSources(root, paths)) {
    const bytes = (await readOptional(root, file)) ?? new Uint8Array();
    const document = collect(() => readSource(file, decodeSource(file, bytes)));
    const segments = document && collect(() => segmentDocument(document, { abbreviations }));
    const parsed: LoadedArticle['parsed'] = {};
    const translations: LoadedArticle['translations'] = {};
    for (const language of languages) {
      if (!document) continue;
      const path = translationPath(language, document.slug);
      const text = await readOptional(root, path);
      if (text === undefined) continue;
      const file = collect(() => parseTranslationFile(decodeUtf8(path, text), path));
      if (!file) continue;
      parsed[language] = file;
      translations[language] = file.model;
    }
    if (document && segments) articles.push({ document, segments, translations, parsed });
  }
  problems.throwIfAny();
  return { articles, glossary };
}
