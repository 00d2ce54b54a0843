/** What a dry run says about the config's per-language provider options: which apply, or that they are ignored. */
import type { TargetLanguage } from '../core/translation.ts';
import { findProvider } from '../providers/registry.ts';
import type { ProviderSettings } from '../providers/types.ts';
import { CONFIG_FILE } from '../config/index.ts';

export function languageOptionLines(providerName: string, settings: ProviderSettings, languages: readonly TargetLanguage[]): string[] {
  const describe = findProvider(providerName)?.describeLanguageOptions;
  if (describe) return languages.map((language) => `  ${language}: ${describe(settings, language)}`);
  // `english` is read by every provider through englishVariant; the other options are DeepL's alone.
  const configured = languages.filter((language) => Object.keys(settings.languageOptions?.[language] ?? {}).some((key) => key !== 'english'));
  if (configured.length === 0) return [];
  return [`${providerName} does not use the DeepL options of ${CONFIG_FILE} (${configured.map((l) => `languages.${l}`).join(', ')}).`];
}
