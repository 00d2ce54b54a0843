/**
 * Reads what publish, status and the exchange formats work from: the sources, their translation files and
 * the glossary. Every problem in every file is collected into one InputError; nothing is written.
 */
import { InputError, type Diagnostic } from '../core/diagnostic.ts';
import { TARGET_LANGUAGES, type TargetLanguage } from '../core/translation.ts';
import { emptyGlossary, loadGlossary, type Glossary } from '../glossary/index.ts';
import { findSources, GLOSSARY_FILE, readOptional, translationPath } from '../pipeline/workspace.ts';
import { decodeSource, readSource, segmentDocument } from '../source/index.ts';
import { parseTranslationFile, type ParsedTranslationFile } from '../store/index.ts';
import type { ArticleSources } from './publish.ts';

export interface LoadedArticle extends ArticleSources {
  /** The parsed translation files (for edits that keep the file's formatting), by language. */
  parsed: Partial<Record<TargetLanguage, ParsedTranslationFile>>;
}

export interface LoadedWorkspace {
  articles: LoadedArticle[];
  glossary: Glossary;
}

export async function loadArticles(root: string, paths: readonly string[], languages: readonly TargetLanguage[] = TARGET_LANGUAGES): Promise<LoadedWorkspace> {
  const problems: Diagnostic[] = [];
  const collect = <T>(work: () => T): T | undefined => {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.diagnostics);
      return undefined;
    }
  };
  const glossaryBytes = await readOptional(root, GLOSSARY_FILE);
  const glossary = (glossaryBytes && collect(() => loadGlossary(decodeUtf8(GLOSSARY_FILE, glossaryBytes), GLOSSARY_FILE))) || emptyGlossary();

  const articles: LoadedArticle[] = [];
  for (const file of await findSources(root, paths)) {
    const bytes = (await readOptional(root, file)) ?? new Uint8Array();
    const document = collect(() => readSource(file, decodeSource(file, bytes)));
    const segments = document && collect(() => segmentDocument(document));
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
  if (problems.length > 0) throw new InputError(problems);
  return { articles, glossary };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError([{ ruleId: 'encoding', severity: 'error', file, message: `${file} is not valid UTF-8`, hint: `Save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8 ${file}).` }]);
  }
}

