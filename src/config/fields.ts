/**
 * What dolmetsch.config.yaml may hold: the reader's own description of every key, with the example its messages
 * show. schemas/dolmetsch.config.schema.json describes the same keys for editors; a test holds the two together.
 */
export type Field =
  | { kind: 'text'; description: string; example: string; maxLength?: number }
  | { kind: 'integer'; description: string; example: string; minimum: number; maximum?: number }
  | { kind: 'boolean'; description: string; example: string }
  | { kind: 'choice'; description: string; example: string; values: readonly string[] }
  | { kind: 'texts'; description: string; example: string; maxItems: number; maxLength: number }
  | { kind: 'section'; description: string; example: string; fields: Readonly<Record<string, Field>> }
  /**
   * A mapping whose keys are chosen from `keys` or match `pattern` (checked by `keyProblem`), each holding the
   * same section (or nothing: the defaults).
   */
  | {
      kind: 'keyed'; description: string; example: string; keys: readonly string[]; item: Extract<Field, { kind: 'section' }>;
      pattern?: string; keyProblem?: (key: string) => string | undefined;
    }
  /** A mapping whose keys are names the file chooses (e.g. a style rule's name), each holding the same field. */
  | { kind: 'named'; description: string; example: string; item: Field };

import { LANGUAGE_CODE_PATTERN, languageCodeProblem } from '../core/languages.ts';

export const MODEL_TYPES = ['quality_optimized', 'latency_optimized', 'prefer_quality_optimized'] as const;
export const TAG_HANDLING_VERSIONS = ['v1', 'v2'] as const;
export const ENGLISH_VARIANTS = ['en-US', 'en-GB'] as const;

const LANGUAGE: Extract<Field, { kind: 'section' }> = {
  kind: 'section',
  description: 'Provider options for one target language (all optional).',
  example: 'en: { english: en-GB, translation_memory_threshold: 80 }',
  fields: {
    english: { kind: 'choice', description: 'English variant (en only; --english and DOLMETSCH_ENGLISH win over it).', example: 'english: en-GB', values: ENGLISH_VARIANTS },
    style_rule: { kind: 'text', description: 'DeepL style rule id (Pro accounts).', example: 'style_rule: 7d5c1a2e-…' },
    custom_instructions: {
      kind: 'texts', description: 'DeepL custom instructions, at most 10 of at most 300 characters each.',
      example: 'custom_instructions: [Use the Associated Press style for titles.]', maxItems: 10, maxLength: 300,
    },
    translation_memory: { kind: 'text', description: 'DeepL translation memory id.', example: 'translation_memory: 2f1e9a…' },
    translation_memory_threshold: {
      kind: 'integer', description: 'Minimum match score (0–100) for the DeepL translation memory; DeepL recommends 75 or more.',
      example: 'translation_memory_threshold: 80', minimum: 0, maximum: 100,
    },
    model_type: { kind: 'choice', description: 'DeepL model type.', example: 'model_type: quality_optimized', values: MODEL_TYPES },
    tag_handling_version: {
      kind: 'choice', description: 'DeepL tag handling version (default v2: strict XML, what dolmetsch has always sent).',
      example: 'tag_handling_version: v2', values: TAG_HANDLING_VERSIONS,
    },
  },
};

/** DeepL's groups of configured style rules (wire names), each a mapping of rule → value. */
export const STYLE_RULE_GROUPS = ['dates_and_times', 'formatting', 'numbers', 'punctuation', 'spelling_and_grammar', 'style_and_tone', 'vocabulary'] as const;

const STYLE_RULE: Extract<Field, { kind: 'section' }> = {
  kind: 'section',
  description: 'One DeepL style rule list, created by `dolmetsch deepl push-style`.',
  example: 'Newsroom EN: { language: en, custom_instructions: [Use AP style for titles.] }',
  fields: {
    language: { kind: 'text', description: 'Target language the style rule list is for (one of languages).', example: 'language: en' },
    configured_rules: {
      kind: 'named', description: `DeepL configured rules by group (${STYLE_RULE_GROUPS.join(', ')}), each a mapping of rule to value.`,
      example: 'configured_rules: { numbers: { decimal_separator: use_period } }',
      item: { kind: 'named', description: 'Rules of one group: rule name to value.', example: 'numbers: { decimal_separator: use_period }', item: { kind: 'text', description: 'The value DeepL defines for the rule.', example: 'decimal_separator: use_period' } },
    },
    custom_instructions: {
      kind: 'texts', description: 'Custom instructions of the style rule list, at most 10 of at most 300 characters each.',
      example: 'custom_instructions: [Use the Associated Press style for titles.]', maxItems: 10, maxLength: 300,
    },
  },
};

export const CONFIG_FIELDS: Readonly<Record<string, Field>> = {
  version: { kind: 'integer', description: 'Format version of this file; 1.', example: 'version: 1', minimum: 1, maximum: 1 },
  source: { kind: 'text', description: 'Folder of the German articles.', example: 'source: source' },
  translations: { kind: 'text', description: 'Folder of the translation files (one folder per language, and memory/).', example: 'translations: translations' },
  glossary: { kind: 'text', description: 'The glossary file.', example: 'glossary: glossary.yaml' },
  languages: {
    kind: 'keyed', description: 'Target languages (BCP 47 codes such as en, ko, ja, fr, pt-BR), in this order, each with its provider options (default: en and ko).',
    example: 'languages: { en: { english: en-US }, ko: {}, ja: {} }', keys: ['en', 'ko'], item: LANGUAGE,
    pattern: LANGUAGE_CODE_PATTERN, keyProblem: languageCodeProblem,
  },
  style_rules: {
    kind: 'named', description: 'DeepL style rule lists by name, for `dolmetsch deepl push-style` (Pro accounts).',
    example: 'style_rules: { Newsroom EN: { language: en, custom_instructions: [Use AP style for titles.] } }', item: STYLE_RULE,
  },
  translate: {
    kind: 'section', description: 'Defaults for dolmetsch translate (its options win over them).',
    example: 'translate: { provider: deepl, concurrency: 4, max_chars: 500000 }',
    fields: {
      // A name, not a choice: the registry knows the providers (a new one is one file there), and translate refuses an unknown one.
      provider: { kind: 'text', description: 'Provider when --provider is not given (the names: dolmetsch translate --help; default: the preferred provider when its key is set, else memory).', example: 'provider: deepl' },
      concurrency: { kind: 'integer', description: 'Requests in flight at once (default 4).', example: 'concurrency: 4', minimum: 1 },
      max_chars: { kind: 'integer', description: 'Refuse a run that would bill more than this many characters.', example: 'max_chars: 500000', minimum: 0 },
    },
  },
  publish: {
    kind: 'section', description: 'Defaults for dolmetsch publish.', example: 'publish: { out: dist, drafts: false }',
    fields: {
      out: { kind: 'text', description: 'Output folder (default dist).', example: 'out: dist' },
      drafts: { kind: 'boolean', description: 'Also publish unreviewed articles, marked as such (default false).', example: 'drafts: false' },
    },
  },
};
