/** Where things live in a dolmetsch repository, and finding the articles to work on. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type Diagnostic } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { SOURCE_FORMATS } from '../source/registry.ts';
import { checkInside } from './inside-repository.ts';
import { findTwins, twinMessage } from './twin-names.ts';

export const SOURCE_DIR = 'source';
export const GLOSSARY_FILE = 'glossary.yaml';

/** Where a project keeps its files, repo-relative (dolmetsch.config.yaml's source, translations, glossary). */
export interface Layout {
  sourceDir: string;
  translationsDir: string;
  glossaryFile: string;
}

/** The layout of a project without a config; a Config is a Layout too. */
export const DEFAULT_LAYOUT: Readonly<Layout> = Object.freeze({ sourceDir: SOURCE_DIR, translationsDir: 'translations', glossaryFile: GLOSSARY_FILE });

/** The folder of one language's translation files. */
export function translationDir(language: TargetLanguage, layout: Layout = DEFAULT_LAYOUT): string {
  return `${layout.translationsDir}/${language}`;
}

export function translationPath(language: TargetLanguage, slug: string, layout: Layout = DEFAULT_LAYOUT): string {
  return `${translationDir(language, layout)}/${slug}.yaml`;
}

/** The folder of the memory files (one per language). */
export function memoryDir(layout: Layout = DEFAULT_LAYOUT): string {
  return `${layout.translationsDir}/memory`;
}

export function memoryPath(language: TargetLanguage, layout: Layout = DEFAULT_LAYOUT): string {
  return `${memoryDir(layout)}/${language}.yaml`;
}

/** Slug of a source file: its path below the source folder without the extension (`source/politik/a.md` → `politik/a`). */
export function slugOf(sourcePath: string, layout: Layout = DEFAULT_LAYOUT): string {
  const dir = layout.sourceDir;
  const relative = sourcePath.startsWith(`${dir}/`) ? sourcePath.slice(dir.length + 1) : path.posix.basename(sourcePath);
  return relative.replace(/\.[^./]+$/, '');
}

/**
 * Repo-relative paths (forward slashes, sorted) of the source files named by `requested`
 * (files or folders, relative to `from`, the folder the person stands in; default: all of source/).
 * Anything outside the repository is refused.
 */
export async function findSources(root: string, requested: readonly string[], from: string = root, layout: Layout = DEFAULT_LAYOUT): Promise<string[]> {
  const problems: Diagnostic[] = [];
  const found = new Set<string>();
  const starts = requested.length > 0 ? requested : [layout.sourceDir];
  for (const start of starts) {
    const absolute = requested.length > 0 ? path.resolve(from, start) : path.resolve(root, start);
    const relative = path.relative(root, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      problems.push(problem(start, `${start} is outside the repository`, 'Name files or folders inside the repository, e.g. source/my-article.md.'));
      continue;
    }
    const where = await checkInside(root, absolute, start);
    if ('missing' in where) {
      if (requested.length === 0) continue;
      problems.push(problem(start, `${start} does not exist`, `Check the path; sources live in ${layout.sourceDir}/.`));
    } else if (!where.inside) {
      problems.push(where.problem);
    } else if (where.kind === 'directory') {
      for (const file of await walk(root, absolute, problems, new Set([where.real]))) found.add(toRepoPath(root, file));
    } else if (SOURCE_FORMATS.byFileName(absolute)) {
      found.add(toRepoPath(root, absolute));
    } else {
      problems.push(problem(start, `${start} is not a source file`, `Sources are ${SOURCE_FORMATS.extensions().join(', ')} files.`));
    }
  }
  const sorted = [...found].sort();
  const bySlug = new Map<string, string>();
  for (const file of sorted) {
    const other = bySlug.get(slugOf(file, layout));
    if (other) problems.push(problem(file, `${file} and ${other} would share the translation files of "${slugOf(file, layout)}"`, 'Rename one of them.'));
    bySlug.set(slugOf(file, layout), file);
  }
  for (const [file, twin] of findTwins(sorted, (file) => slugOf(file, layout))) {
    if (slugOf(file, layout) === slugOf(twin, layout)) continue; // reported above
    problems.push(problem(file, twinMessage(file, twin, ', and so would be their translation files'), 'Rename one of them (or merge the two articles).'));
  }
  if (problems.length > 0) throw new InputError(problems);
  return sorted;
}

/** Source files below a folder. A link met on the way is followed when it stays inside the repository (each real
 * folder once, so a link loop ends) and reported when it leads out. */
async function walk(root: string, directory: string, problems: Diagnostic[], seen: Set<string>): Promise<string[]> {
  const files: string[] = [];
  for (const item of await readdir(directory, { withFileTypes: true })) {
    if (item.name.startsWith('.')) continue;
    const full = path.join(directory, item.name);
    let isDirectory = item.isDirectory();
    let isFile = item.isFile();
    if (item.isSymbolicLink()) {
      const where = await checkInside(root, full, toRepoPath(root, full));
      if ('missing' in where) continue;
      if (!where.inside) {
        problems.push(where.problem);
        continue;
      }
      if (where.kind === 'directory' && seen.has(where.real)) continue;
      if (where.kind === 'directory') seen.add(where.real);
      isDirectory = where.kind === 'directory';
      isFile = where.kind === 'file';
    }
    if (isDirectory) for (const file of await walk(root, full, problems, seen)) files.push(file);
    else if (isFile && SOURCE_FORMATS.byFileName(item.name)) files.push(full);
  }
  return files;
}

function toRepoPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

function problem(file: string, message: string, hint: string): Diagnostic {
  return { ruleId: 'source-path', severity: 'error', file, message, hint };
}

/** Reads a repo-relative file; undefined when it does not exist. */
export async function readOptional(root: string, file: string): Promise<Uint8Array | undefined> {
  const where = await checkInside(root, path.join(root, file), file);
  if ('inside' in where && !where.inside) throw new InputError([where.problem]);
  try {
    return await readFile(path.join(root, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Part `index` (1-based) of `count`, for splitting the articles across a CI matrix. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Whether a source belongs to a shard. By a hash of its slug, not its position, so adding an article never moves
 * the others to another shard (their run caches and logs stay where they were).
 */
export function inShard(sourcePath: string, shard: Shard | undefined, layout: Layout = DEFAULT_LAYOUT): boolean {
  if (!shard || shard.count === 1) return true;
  const hash = createHash('sha256').update(slugOf(sourcePath, layout)).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}
