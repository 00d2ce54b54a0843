/** Reading a repository's YAML files: UTF-8 decoding with a clear error, listing, and collecting input problems. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type Diagnostic } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { invalidUtf8Diagnostic } from '../text-input/invalid-utf8.ts';
import { checkInside } from './inside-repository.ts';
import { DEFAULT_LAYOUT, memoryDir, translationDir, type Layout } from './layout.ts';
import { twinTranslationProblems } from './twin-names.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * YAML files are UTF-8; a BOM is dropped; characters are read as NFC, as sources are (an NFD `source:` must match
 * the same German). Anything else is an InputError naming the file, the place and the fix.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (error) {
    // Only a file that is not UTF-8 pays for the walk that says where and why.
    const invalid = invalidUtf8Diagnostic(file, bytes, 'encoding');
    throw invalid === undefined ? error : new InputError([invalid]);
  }
  return text.replace(/^\uFEFF/, '').normalize('NFC');
}

/** Repo-relative paths of the .yaml files below `directory` (hidden ones left out), sorted; none when it is absent. */
export async function listYamlFiles(root: string, directory: string, links: 'check' | 'name only' = 'check'): Promise<string[]> {
  const found: string[] = [];
  const visit = async (relative: string): Promise<void> => {
    const items = await readdir(path.join(root, relative), { withFileTypes: true }).catch(() => []);
    for (const item of items) {
      if (item.name.startsWith('.')) continue;
      const child = `${relative}/${item.name}`;
      if (item.isSymbolicLink() && links === 'name only') {
        if (item.name.endsWith('.yaml')) found.push(child);
      } else if (item.isSymbolicLink()) {
        // A translation file behind a link is read like any other when it stays inside; one leading out is refused.
        const where = await checkInside(root, path.join(root, child), child);
        if ('inside' in where && !where.inside) outside.push(where.problem);
        else if ('inside' in where && where.kind === 'file' && item.name.endsWith('.yaml')) found.push(child);
      } else if (item.isDirectory()) await visit(child);
      else if (item.isFile() && item.name.endsWith('.yaml')) found.push(child);
    }
  };
  const outside: Diagnostic[] = [];
  await visit(directory);
  if (outside.length > 0) throw new InputError(outside);
  return found.sort();
}

/**
 * Every translation file of these languages, one language after the other. Two names there or in the memory folder
 * that are one file on macOS and Windows are an InputError naming both, as twin sources are.
 */
export async function listTranslationFiles(root: string, languages: readonly TargetLanguage[], layout: Layout = DEFAULT_LAYOUT): Promise<string[]> {
  const files = (await Promise.all(languages.map((language) => listYamlFiles(root, translationDir(language, layout))))).flat();
  const twins = twinTranslationProblems([...files, ...(await listYamlFiles(root, memoryDir(layout)))]);
  if (twins.length > 0) throw new InputError(twins);
  return files;
}

/**
 * Twin names among the translation and memory files, as an InputError naming both, for the commands that read
 * translation files article by article: a link out of the repository is not judged here, so it stays one unreadable
 * file (reported when its article is read) instead of stopping the command.
 */
export async function refuseTwinTranslationNames(root: string, languages: readonly TargetLanguage[], layout: Layout = DEFAULT_LAYOUT): Promise<void> {
  const folders = [...languages.map((language) => translationDir(language, layout)), memoryDir(layout)];
  const names = (await Promise.all(folders.map((folder) => listYamlFiles(root, folder, 'name only')))).flat();
  const twins = twinTranslationProblems(names);
  if (twins.length > 0) throw new InputError(twins);
}

/** Runs readers that may throw InputError and keeps their diagnostics, so one bad file does not hide the others. */
export class InputProblems {
  readonly diagnostics: Diagnostic[] = [];

  attempt<T>(work: () => T): T | undefined {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const diagnostic of error.diagnostics) this.diagnostics.push(diagnostic);
      return undefined;
    }
  }

  /** `attempt` for asynchronous readers; `failed` tells a refused read from one that found nothing. */
  async attemptAsync<T>(work: () => Promise<T>): Promise<{ failed: boolean; value?: T }> {
    try {
      return { failed: false, value: await work() };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const diagnostic of error.diagnostics) this.diagnostics.push(diagnostic);
      return { failed: true };
    }
  }

  /** Throws one InputError with everything collected, if anything was. */
  throwIfAny(): void {
    if (this.diagnostics.length > 0) throw new InputError(this.diagnostics);
  }
}
