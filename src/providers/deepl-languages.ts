/**
 * The target languages DeepL translates into, and how ours map to its codes. The list is DeepL's
 * (developers.deepl.com, supported languages, 2025) and lives here, not in the config or the core: another
 * provider may support more or fewer. English goes out as the chosen variant (plain `en` is refused by
 * deepl-node); Portuguese needs its variant; Norwegian is DeepL's `nb`.
 */
import type { TargetLanguageCode } from 'deepl-node';
import type { TargetLanguage } from '../core/translation.ts';

const DEEPL_TARGETS: ReadonlySet<string> = new Set([
  'ar', 'bg', 'cs', 'da', 'de', 'el', 'es', 'es-419', 'et', 'fi', 'fr', 'he', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv',
  'nb', 'nl', 'pl', 'pt-BR', 'pt-PT', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'uk', 'vi', 'zh', 'zh-Hans', 'zh-Hant',
]);

/** Ours → DeepL's where they differ beyond letter case (DeepL reads codes in any case). */
const ALIASES: Readonly<Record<string, string>> = { no: 'nb', 'en-US': 'en-US', 'en-GB': 'en-GB' };

/** DeepL's code for a target language; undefined when DeepL does not translate into it. */
export function deeplTargetCode(language: TargetLanguage, englishVariant: 'en-US' | 'en-GB'): TargetLanguageCode | undefined {
  if (language === 'en') return englishVariant;
  const code = ALIASES[language] ?? language;
  return ALIASES[language] !== undefined || DEEPL_TARGETS.has(code) ? (code as TargetLanguageCode) : undefined;
}

/** Why DeepL cannot translate into `language`, with what to write instead; undefined when it can. */
export function deeplLanguageProblem(language: TargetLanguage): string | undefined {
  if (deeplTargetCode(language, 'en-US') !== undefined) return undefined;
  const primary = language.split('-')[0]!;
  const variants = [...DEEPL_TARGETS].filter((code) => code.split('-')[0] === primary);
  if (variants.length > 0) return `DeepL translates "${language}" only as ${variants.join(' or ')}; write one of those`;
  return `DeepL does not translate into "${language}"; choose another provider for it (e.g. openai) or remove the language`;
}

/** The code of a DeepL glossary dictionary: the language without region or script (`en`, `pt`, `zh`). */
export function deeplGlossaryCode(language: TargetLanguage): string {
  return (ALIASES[language] ?? language).split('-')[0]!.toLowerCase();
}
