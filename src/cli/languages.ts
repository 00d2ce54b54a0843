import { languageCodeProblem } from '../core/languages.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { CONFIG_FILE, type Config } from '../config/index.ts';
import { UsageError } from './args.ts';

/** `--to en,ko` / `--lang ko`: language codes, each once; undefined when the option is not given (the config's list). */
export function parseLanguages(value: string | undefined, flag: string): TargetLanguage[] | undefined {
  if (value === undefined) return undefined;
  const languages = value.split(',').map((part) => part.trim()).filter(Boolean);
  for (const language of languages) {
    const problem = languageCodeProblem(language);
    if (problem !== undefined) throw new UsageError(`${flag}: ${problem}; name target languages comma-separated, e.g. ${flag} en,ko.`);
  }
  if (languages.length === 0) throw new UsageError(`${flag} needs at least one language, e.g. ${flag} en,ko.`);
  return [...new Set(languages)];
}

/** The languages a command works on: those given, each one the project's (its config's `languages`), or all of them. */
export function projectLanguages(config: Config, given: readonly TargetLanguage[] | undefined, flag: string): TargetLanguage[] {
  if (given === undefined) return [...config.languages];
  const foreign = given.find((language) => !config.languages.includes(language));
  if (foreign !== undefined) {
    const where = config.file ?? `${CONFIG_FILE} (the project has none: en, ko)`;
    throw new UsageError(`${flag}: "${foreign}" is not a target language of this project; use ${config.languages.join(', ')} (comma-separated), or add it under languages: in ${where}.`);
  }
  return [...given];
}
