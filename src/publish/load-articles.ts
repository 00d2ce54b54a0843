/**
 * Reads what publish, status and the exchange formats work from: the sources, their translation files and
 * the glossary. A file that cannot be read is left out with its diagnostics (`unreadable`) and the other articles
 * still go through: an unreadable source leaves out its article, an unreadable translation file only that language
 * of it. A missing or broken glossary stops everything (InputError); nothing is written.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { TARGET_LANGUAGES, type TargetLanguage } from '../core/translation.ts';
import type { Glossary } from '../glossary/index.ts';
import { decodeUtf8, findSources, InputProblems, readOptional, readProjectGlossary, translationPath } from '../workspace/index.ts';
import { decodeSource, readSource, segmentDocument } from '../source/index.ts';
import { parseTranslationFile, type ParsedTranslationFile } from '../store/index.ts';
import type { ArticleSources } from './publish.ts';
import { sourceAbbreviations } from '../pipeline/survey/learned-abbreviations.ts';
import { RunCache } from '../pipeline/survey/run-cache.ts';

export interface LoadedArticle extends ArticleSources {
  /** The parsed translation files (for edits that keep the file's formatting), by language. */
  parsed: Partial<Record<TargetLanguage, ParsedTranslationFile>>;
}

export interface LoadedWorkspace {
  articles: LoadedArticle[];
  glossary: Glossary;
  /** Why files were left out: sources and translation files that could not be read. */
  unreadable: Diagnostic[];
}

export async function loadArticles(
  root: string,
  paths: readonly string[],
  languages: readonly TargetLanguage[] = TARGET_LANGUAGES,
  from: string = root,
): Promise<LoadedWorkspace> {
  const shared = new InputProblems();
  const { glossary } = await readProjectGlossary(root, shared);
  shared.throwIfAny();

  const problems = new InputProblems();
  const collect = <T>(work: () => T): T | undefined => problems.attempt(work);
  // The same learned abbreviations as translate, so every sentence has the id its translation files know.
  const { abbreviations } = await sourceAbbreviations(root, await RunCache.read(root));
  const articles: LoadedArticle[] = [];
  for (const file of await findSources(root, paths, from)) {
    const bytes = (await readOptional(root, file)) ?? new Uint8Array();
    const document = collect(() => readSource(file, decodeSource(file, bytes)));
    const segments = document && collect(() => segmentDocument(document, { abbreviations }));
    if (!document || !segments) continue;
    const parsed: LoadedArticle['parsed'] = {};
    const translations: LoadedArticle['translations'] = {};
    const unreadable: TargetLanguage[] = [];
    for (const language of languages) {
      const path = translationPath(language, document.slug);
      const text = await readOptional(root, path);
      if (text === undefined) continue;
      const file = collect(() => parseTranslationFile(decodeUtf8(path, text), path));
      if (!file) {
        unreadable.push(language);
        continue;
      }
      parsed[language] = file;
      translations[language] = file.model;
    }
    articles.push({ document, segments, translations, parsed, ...(unreadable.length > 0 ? { unreadable } : {}) });
  }
  return { articles, glossary: glossary!, unreadable: problems.diagnostics };
}
