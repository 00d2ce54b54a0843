import { TARGET_LANGUAGES, type TargetLanguage } from '../core/translation.ts';
import { UsageError } from './args.ts';

/** `--to en,ko` / `--lang ko`: the target languages a command works on (default: all), each once. */
export function parseLanguages(value: string | undefined, flag: string): TargetLanguage[] {
  if (value === undefined) return [...TARGET_LANGUAGES];
  const languages = value.split(',').map((part) => part.trim()).filter(Boolean);
  for (const language of languages) {
    if (!(TARGET_LANGUAGES as readonly string[]).includes(language)) {
      throw new UsageError(`${flag}: "${language}" is not a target language; use ${TARGET_LANGUAGES.join(', ')} (comma-separated).`);
    }
  }
  if (languages.length === 0) throw new UsageError(`${flag} needs at least one language, e.g. ${flag} en,ko.`);
  return [...new Set(languages)] as TargetLanguage[];
}
