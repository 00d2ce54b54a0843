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
import { DEFAULT_LAYOUT, findSources, readOptional, slugOf, translationPath, type Layout } from './layout.ts';
import { decodeUtf8, InputProblems, listTranslationFiles, refuseTwinTranslationNames } from './read-files.ts';

export interface WorkspaceArticle {
  document: SourceDocument;
  segments: SourceSegment[];
  translations: Record<TargetLanguage, TranslationFile>;
  /** The parsed translation files (for edits that keep the file's formatting), by language. */
  parsed: Record<TargetLanguage, ParsedTranslationFile>;
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
async function readGlossaryFile(root: string, problems: InputProblems, layout: Layout): Promise<{ glossary?: Glossary; bytes?: Uint8Array }> {
  const file = layout.glossaryFile;
  const bytes = await readOptional(root, file);
  if (bytes === undefined) {
    problems.diagnostics.push({
      ruleId: 'glossary-missing',
      severity: 'error',
      file,
      message: `${file} is missing: without it no name can be checked or kept consistent`,
      hint: `Restore it (e.g. git checkout -- ${file}); a new project starts with \`version: 1\` and \`entries: []\`.`,
    });
    return {};
  }
  return { glossary: problems.attempt(() => loadGlossary(decodeUtf8(file, bytes), file)), bytes };
}

/** glossary.yaml from bytes already read (and known to load): throws InputError if they do not. */
export function glossaryFromBytes(bytes: Uint8Array, file: string = DEFAULT_LAYOUT.glossaryFile): Glossary {
  return loadGlossary(decodeUtf8(file, bytes), file);
}

/** glossary.yaml as every article needs it: a missing or broken one throws InputError. */
export async function requireGlossary(root: string, layout: Layout = DEFAULT_LAYOUT): Promise<{ glossary: Glossary; bytes: Uint8Array }> {
  const problems = new InputProblems();
  const { glossary, bytes } = await readGlossaryFile(root, problems, layout);
  problems.throwIfAny();
  return { glossary: glossary!, bytes: bytes! };
}

/** glossary.yaml for the check, which goes on without one: a missing or broken file is in `problems`, the terms empty. */
export async function glossaryOrEmpty(root: string, problems: InputProblems, layout: Layout = DEFAULT_LAYOUT): Promise<Glossary> {
  return (await glossaryAndBytes(root, problems, layout)).glossary;
}

/** The same with the bytes it was made from (undefined: no file), for a cache keyed by them. */
export async function glossaryAndBytes(root: string, problems: InputProblems, layout: Layout = DEFAULT_LAYOUT): Promise<{ glossary: Glossary; bytes?: Uint8Array }> {
  const { glossary, bytes } = await readGlossaryFile(root, problems, layout);
  return { glossary: glossary ?? emptyGlossary(layout.glossaryFile), ...(bytes ? { bytes } : {}) };
}

/** Every translation file of `languages`, orphans included (the check looks at all of them). */
export async function loadTranslationFiles(root: string, languages: readonly TargetLanguage[], problems: InputProblems, layout: Layout = DEFAULT_LAYOUT): Promise<ParsedTranslationFile[]> {
  const files: ParsedTranslationFile[] = [];
  for (const file of await listTranslationFiles(root, languages, layout)) {
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
  layout: Layout = DEFAULT_LAYOUT,
): { document: SourceDocument; segments: SourceSegment[] } | undefined {
  return problems.attempt(() => parseSourceText(file, decodeSource(file, bytes ?? new Uint8Array()), abbreviations, layout));
}

/** A source's decoded text (`decodeSource`) → document and segments; bad input throws an InputError. `onInline`: see segmentDocument. */
export function parseSourceText(
  file: string, text: string, abbreviations?: ReadonlySet<string>, layout: Layout = DEFAULT_LAYOUT, onInline?: Parameters<typeof segmentDocument>[2],
): { document: SourceDocument; segments: SourceSegment[] } {
  const document = readSource(file, text, slugOf(file, layout));
  return { document, segments: segmentDocument(document, abbreviations ? { abbreviations } : undefined, onInline) };
}

/** A translation file's parsed form; undefined (with the reason in `problems`) when it cannot be read. */
export function parseTranslationBytes(file: string, bytes: Uint8Array, problems: InputProblems, parse = parseTranslationFile): ParsedTranslationFile | undefined {
  return problems.attempt(() => parse(decodeUtf8(file, bytes), file));
}

/** Every article under `paths` (default: all of the source folder) with its translation files in `languages`. */
export async function loadWorkspace(
  root: string,
  paths: readonly string[],
  languages: readonly TargetLanguage[] = TARGET_LANGUAGES,
  from: string = root,
  /** Learned from every source (pipeline/survey/learned-abbreviations.ts), so sentences get the ids translate gave them. */
  abbreviations?: ReadonlySet<string>,
  layout: Layout = DEFAULT_LAYOUT,
): Promise<Workspace> {
  const { glossary } = await requireGlossary(root, layout);
  await refuseTwinTranslationNames(root, languages, layout);
  const problems = new InputProblems();
  const articles: WorkspaceArticle[] = [];
  for (const file of await findSources(root, paths, from, layout)) {
    // A file refused on reading (a link out of the repository) is left out like an unreadable one, not fatal.
    const read = await problems.attemptAsync(() => readOptional(root, file));
    const source = read.failed ? undefined : parseSourceFile(file, read.value, problems, abbreviations, layout);
    if (!source) continue;
    const article: WorkspaceArticle = { ...source, translations: {}, parsed: {} };
    const unreadable: TargetLanguage[] = [];
    for (const language of languages) {
      const path = translationPath(language, source.document.slug, layout);
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
