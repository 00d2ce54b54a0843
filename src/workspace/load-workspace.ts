/**
 * The one loader of a workspace — glossary.yaml, the articles in source/ and their translation files — that
 * translate, check, publish, status, export and import all read through. A file that cannot be read is left out
 * with its diagnostics and the rest still goes through: an unreadable source leaves out its article, an unreadable
 * translation file only that language of it (the check reads every translation file, orphans too). The glossary is shared by every article: `requireGlossary` stops
 * before anything is used (InputError); the check instead goes on with no terms and reports the problem.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { SourceDocument, SourceSegment } from '../core/document.ts';
import { TARGET_LANGUAGES, type TargetLanguage, type TranslationFile } from '../core/translation.ts';
import { emptyGlossary, loadGlossary, type Glossary } from '../glossary/index.ts';
import { decodeSource, readSource, segmentDocument } from '../source/index.ts';
import { parseTranslationFile, type ParsedTranslationFile } from '../store/index.ts';
import { findSources, GLOSSARY_FILE, readOptional, translationPath } from './layout.ts';
import { decodeUtf8, InputProblems, listTranslationFiles } from './read-files.ts';

export interface WorkspaceArticle {
  document: SourceDocument;
  segments: SourceSegment[];
  translations: Partial<Record<TargetLanguage, TranslationFile>>;
  /** The parsed translation files (for edits that keep the file's formatting), by language. */
  parsed: Partial<Record<TargetLanguage, ParsedTranslationFile>>;
  /** Languages whose translation file could not be read. */
  unreadable?: TargetLanguage[];
}

export interface Workspace {
  articles: WorkspaceArticle[];
  glossary: Glossary;
  /** Why files were left out: sources and translation files that could not be read. */
  unreadable: Diagnostic[];
}

/** glossary.yaml, read the same way by every command: required, UTF-8, validated; undefined (see `problems`) when unusable. */
async function readGlossaryFile(root: string, problems: InputProblems): Promise<{ glossary?: Glossary; bytes?: Uint8Array }> {
  const bytes = await readOptional(root, GLOSSARY_FILE);
  if (bytes === undefined) {
    problems.diagnostics.push({
      ruleId: 'glossary-missing',
      severity: 'error',
      file: GLOSSARY_FILE,
      message: `${GLOSSARY_FILE} is missing: without it no name can be checked or kept consistent`,
      hint: `Restore it (e.g. git checkout -- ${GLOSSARY_FILE}); a new project starts with \`version: 1\` and \`entries: []\`.`,
    });
    return {};
  }
  return { glossary: problems.attempt(() => loadGlossary(decodeUtf8(GLOSSARY_FILE, bytes), GLOSSARY_FILE)), bytes };
}

/** glossary.yaml from bytes already read (and known to load): throws InputError if they do not. */
export function glossaryFromBytes(bytes: Uint8Array): Glossary {
  return loadGlossary(decodeUtf8(GLOSSARY_FILE, bytes), GLOSSARY_FILE);
}

/** glossary.yaml as every article needs it: a missing or broken one throws InputError. */
export async function requireGlossary(root: string): Promise<{ glossary: Glossary; bytes: Uint8Array }> {
  const problems = new InputProblems();
  const { glossary, bytes } = await readGlossaryFile(root, problems);
  problems.throwIfAny();
  return { glossary: glossary!, bytes: bytes! };
}

/** glossary.yaml for the check, which goes on without one: a missing or broken file is in `problems`, the terms empty. */
export async function glossaryOrEmpty(root: string, problems: InputProblems): Promise<Glossary> {
  return (await glossaryAndBytes(root, problems)).glossary;
}

/** The same with the bytes it was made from (undefined: no file), for a cache keyed by them. */
export async function glossaryAndBytes(root: string, problems: InputProblems): Promise<{ glossary: Glossary; bytes?: Uint8Array }> {
  const { glossary, bytes } = await readGlossaryFile(root, problems);
  return { glossary: glossary ?? emptyGlossary(GLOSSARY_FILE), ...(bytes ? { bytes } : {}) };
}

/** Every translation file of `languages`, orphans included (the check looks at all of them). */
export async function loadTranslationFiles(root: string, languages: readonly TargetLanguage[], problems: InputProblems): Promise<ParsedTranslationFile[]> {
  const files: ParsedTranslationFile[] = [];
  for (const file of await listTranslationFiles(root, languages)) {
    const bytes = await readOptional(root, file);
    const parsed = bytes && parseTranslationBytes(file, bytes, problems);
    if (parsed) files.push(parsed);
  }
  return files;
}

/** A source file's document and segments; undefined (with the reason in `problems`) when it cannot be read. */
export function parseSourceFile(
  file: string,
  bytes: Uint8Array | undefined,
  problems: InputProblems,
  abbreviations?: ReadonlySet<string>,
): { document: SourceDocument; segments: SourceSegment[] } | undefined {
  return problems.attempt(() => {
    const document = readSource(file, decodeSource(file, bytes ?? new Uint8Array()));
    return { document, segments: segmentDocument(document, abbreviations ? { abbreviations } : undefined) };
  });
}

/** A translation file's parsed form; undefined (with the reason in `problems`) when it cannot be read. */
export function parseTranslationBytes(file: string, bytes: Uint8Array, problems: InputProblems): ParsedTranslationFile | undefined {
  return problems.attempt(() => parseTranslationFile(decodeUtf8(file, bytes), file));
}

/** Every article under `paths` (default: all of source/) with its translation files in `languages`. */
export async function loadWorkspace(
  root: string,
  paths: readonly string[],
  languages: readonly TargetLanguage[] = TARGET_LANGUAGES,
  from: string = root,
  /** Learned from every source (pipeline/survey/learned-abbreviations.ts), so sentences get the ids translate gave them. */
  abbreviations?: ReadonlySet<string>,
): Promise<Workspace> {
  const { glossary } = await requireGlossary(root);
  const problems = new InputProblems();
  const articles: WorkspaceArticle[] = [];
  for (const file of await findSources(root, paths, from)) {
    // A file refused on reading (a link out of the repository) is left out like an unreadable one, not fatal.
    const read = await problems.attemptAsync(() => readOptional(root, file));
    const source = read.failed ? undefined : parseSourceFile(file, read.value, problems, abbreviations);
    if (!source) continue;
    const article: WorkspaceArticle = { ...source, translations: {}, parsed: {} };
    const unreadable: TargetLanguage[] = [];
    for (const language of languages) {
      const path = translationPath(language, source.document.slug);
      const bytes = await problems.attemptAsync(() => readOptional(root, path));
      if (!bytes.failed && bytes.value === undefined) continue;
      const parsed = bytes.failed ? undefined : parseTranslationBytes(path, bytes.value!, problems);
      if (!parsed) {
        unreadable.push(language);
        continue;
      }
      article.parsed[language] = parsed;
      article.translations[language] = parsed.model;
    }
    articles.push(unreadable.length > 0 ? { ...article, unreadable } : article);
  }
  return { articles, glossary, unreadable: problems.diagnostics };
}
