/**
 * Reads what the check needs from a repository: glossary.yaml and every translation file under
 * translations/<lang>/ for the chosen languages. A file that cannot be used becomes diagnostics (`problems`,
 * exit 2) and is left out; everything else is still checked, so one bad file does not hide the others.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { emptyGlossary, type Glossary } from '../glossary/index.ts';
import { parseTranslationFile, type ParsedTranslationFile } from '../store/index.ts';
import { decodeUtf8, GLOSSARY_FILE, InputProblems, listTranslationFiles, readProjectGlossary } from '../workspace/index.ts';
import type { CheckInput, CheckOptions } from './types.ts';

export const GLOSSARY_PATH = GLOSSARY_FILE;

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
  const problems = new InputProblems();
  const attempt = <T>(work: () => T): T | undefined => problems.attempt(work);

  // Without a usable glossary the other rules still run (with no terms), and the problem makes the check exit 2.
  const glossary: Glossary = (await readProjectGlossary(root, problems)).glossary ?? emptyGlossary(GLOSSARY_PATH);

  const files: ParsedTranslationFile[] = [];
  for (const file of await listTranslationFiles(root, languages)) {
    const bytes = await readFile(path.join(root, file));
    const parsed = attempt(() => parseTranslationFile(decodeUtf8(file, bytes), file));
    if (parsed) files.push(parsed);
  }
  return { input: { glossary, files, options }, problems: problems.diagnostics };
}
