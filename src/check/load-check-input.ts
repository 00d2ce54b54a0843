/**
 * Reads what the check needs from a repository through the workspace loader: the glossary and every translation
 * file under <translations>/<lang>/ for the chosen languages (the project's layout, its config's folders). A file that cannot be used becomes diagnostics
 * (`problems`, exit 2) and is left out; everything else is still checked, so one bad file does not hide the others.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { DEFAULT_LAYOUT, GLOSSARY_FILE, glossaryOrEmpty, InputProblems, loadTranslationFiles, type Layout } from '../workspace/index.ts';
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
  layout: Layout = DEFAULT_LAYOUT,
): Promise<LoadedCheckInput> {
  const problems = new InputProblems();
  // Without a usable glossary the other rules still run (with no terms), and the problem makes the check exit 2.
  const glossary = await glossaryOrEmpty(root, problems, layout);
  const files = await loadTranslationFiles(root, languages, problems, layout);
  return { input: { glossary, files, options }, problems: problems.diagnostics };
}
