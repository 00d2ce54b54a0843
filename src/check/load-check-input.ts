/**
 * Reads what the check needs from a repository: glossary.yaml and every translation file under
 * translations/<lang>/ for the chosen languages. A file that cannot be used becomes diagnostics (`problems`,
 * exit 2) and is left out; everything else is still checked, so one bad file does not hide the others.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type Diagnostic } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { emptyGlossary, loadGlossary, type Glossary } from '../glossary/index.ts';
import { parseTranslationFile, type ParsedTranslationFile } from '../store/index.ts';
import type { CheckInput, CheckOptions } from './types.ts';

export const GLOSSARY_PATH = 'glossary.yaml';

export interface LoadedCheckInput {
  input: CheckInput;
  /** Problems of the input files themselves (bad YAML, a bad glossary, not UTF-8). */
  problems: Diagnostic[];
}

export async function loadCheckInput(
  root: string,
  languages: readonly TargetLanguage[],
  options: CheckOptions = {},
): Promise<LoadedCheckInput> {
  const problems: Diagnostic[] = [];
  const attempt = <T>(work: () => T): T | undefined => {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.diagnostics);
      return undefined;
    }
  };

  let glossary: Glossary = emptyGlossary(GLOSSARY_PATH);
  const glossaryBytes = await readOptional(path.join(root, GLOSSARY_PATH));
  if (glossaryBytes !== undefined) {
    glossary = attempt(() => loadGlossary(decodeUtf8(GLOSSARY_PATH, glossaryBytes), GLOSSARY_PATH)) ?? glossary;
  }

  const files: ParsedTranslationFile[] = [];
  for (const language of languages) {
    for (const file of await listYaml(root, `translations/${language}`)) {
      const bytes = await readFile(path.join(root, file));
      const parsed = attempt(() => parseTranslationFile(decodeUtf8(file, bytes), file));
      if (parsed) files.push(parsed);
    }
  }
  return { input: { glossary, files, options }, problems };
}

async function readOptional(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Repo-relative paths of the .yaml files below `directory`, sorted; none when it does not exist. */
async function listYaml(root: string, directory: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (relative: string): Promise<void> => {
    const items = await readdir(path.join(root, relative), { withFileTypes: true }).catch(() => []);
    for (const item of items) {
      if (item.name.startsWith('.')) continue;
      const child = `${relative}/${item.name}`;
      if (item.isDirectory()) await visit(child);
      else if (item.isFile() && item.name.endsWith('.yaml')) found.push(child);
    }
  };
  await visit(directory);
  return found.sort();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError([{
      ruleId: 'encoding',
      severity: 'error',
      file,
      message: `${file} is not valid UTF-8`,
      hint: `save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8 ${file})`,
    }]);
  }
}
