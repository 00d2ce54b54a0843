/** The normalised project configuration every command works from; defaults are what dolmetsch did before the file. */
import type { TargetLanguage } from '../core/translation.ts';
import type { LanguageProviderOptions } from '../providers/types.ts';

export { CONFIG_FILE } from '../workspace/find-root.ts';

/** A language's provider options (the providers' own type) and its English variant. */
export interface LanguageOptions extends LanguageProviderOptions {
  english?: 'en-US' | 'en-GB';
}

/** A DeepL style rule list as the config defines it (wire names in configuredRules: `numbers`, `decimal_separator`). */
export interface StyleRuleDefinition {
  name: string;
  language: TargetLanguage;
  configuredRules: Record<string, Record<string, string>>;
  customInstructions: string[];
}

export interface Config {
  /** Repo-relative path of the file the settings came from; undefined when the project has none. */
  file: string | undefined;
  sourceDir: string;
  translationsDir: string;
  glossaryFile: string;
  /** Target languages in the order the file lists them. */
  languages: TargetLanguage[];
  languageOptions: Partial<Record<TargetLanguage, LanguageOptions>>;
  styleRules: StyleRuleDefinition[];
  translate: { provider?: string; concurrency: number; maxChars?: number };
  publish: { out: string; drafts: boolean };
}

export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({
  file: undefined,
  sourceDir: 'source',
  translationsDir: 'translations',
  glossaryFile: 'glossary.yaml',
  languages: ['en', 'ko'] as TargetLanguage[],
  languageOptions: {},
  styleRules: [],
  translate: { concurrency: 4 },
  publish: { out: 'dist', drafts: false },
});
