/**
 * dolmetsch.config.yaml → Config: YAML syntax, then the fields (fields.ts), then the rules between them
 * (config-rules.ts). Every problem is a diagnostic with file:line:col; a file with any problem is refused as a
 * whole (InputError).
 */
import { isMap, LineCounter, parseDocument, type Node } from 'yaml';
import { InputError } from '../core/diagnostic.ts';
import { syntaxDiagnostic } from '../yaml-input/syntax-diagnosis.ts';
import { CONFIG_FILE, DEFAULT_CONFIG, type Config, type LanguageOptions } from './config.ts';
import { configRules, normalPath } from './config-rules.ts';
import { CONFIG_FIELDS } from './fields.ts';
import { FieldReader, type Plain } from './read-fields.ts';

type Values = Record<string, Plain | undefined>;

export function loadConfig(text: string, file: string = CONFIG_FILE): Config {
  const lines = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: false });
  const syntax = syntaxDiagnostic(text, document.errors, file, lines);
  if (syntax !== undefined) throw new InputError([syntax]);
  const reader = new FieldReader(file, lines);
  const contents = document.contents as Node | null;
  if (contents !== null && !isMap(contents)) {
    reader.report('config-invalid-value', contents, 'expected the config to be a mapping of settings', 'Start with a line such as: version: 1');
    throw new InputError(reader.diagnostics);
  }
  const values = reader.section(contents, CONFIG_FIELDS, 'the file', 'version: 1') ?? {};
  const problems = [...reader.diagnostics, ...(contents === null ? [] : configRules(values, document, file, lines))];
  if (problems.length > 0) throw new InputError(problems);
  return normalise(values, file);
}

function normalise(values: Values, file: string): Config {
  const path = (value: Plain | undefined, fallback: string) => normalPath((value as string | undefined) ?? fallback);
  const languages = values.languages as Record<string, Values | undefined> | undefined;
  const styleRules = (values.style_rules as Record<string, Values> | undefined) ?? {};
  const translate = (values.translate as Values | undefined) ?? {};
  const publish = (values.publish as Values | undefined) ?? {};
  return {
    file,
    sourceDir: path(values.source, DEFAULT_CONFIG.sourceDir),
    translationsDir: path(values.translations, DEFAULT_CONFIG.translationsDir),
    glossaryFile: path(values.glossary, DEFAULT_CONFIG.glossaryFile),
    languages: languages !== undefined ? Object.keys(languages) : [...DEFAULT_CONFIG.languages],
    languageOptions: Object.fromEntries(Object.entries(languages ?? {}).map(([language, o]) => [language, languageOptionsOf(o ?? {})])),
    styleRules: Object.entries(styleRules).map(([name, rule]) => ({
      name,
      language: rule.language as string,
      configuredRules: (rule.configured_rules ?? {}) as Record<string, Record<string, string>>,
      customInstructions: (rule.custom_instructions ?? []) as string[],
    })),
    translate: {
      concurrency: (translate.concurrency as number | undefined) ?? DEFAULT_CONFIG.translate.concurrency,
      ...(translate.provider !== undefined ? { provider: translate.provider as string } : {}),
      ...(translate.max_chars !== undefined ? { maxChars: translate.max_chars as number } : {}),
    },
    publish: { out: path(publish.out, DEFAULT_CONFIG.publish.out), drafts: (publish.drafts as boolean | undefined) ?? DEFAULT_CONFIG.publish.drafts },
  };
}

const OPTION_NAMES = {
  english: 'english', style_rule: 'styleRule', custom_instructions: 'customInstructions', translation_memory: 'translationMemory',
  translation_memory_threshold: 'translationMemoryThreshold', model_type: 'modelType', tag_handling_version: 'tagHandlingVersion',
} as const satisfies Record<string, keyof LanguageOptions>;

function languageOptionsOf(o: Values): LanguageOptions {
  const options: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(OPTION_NAMES)) if (o[key] !== undefined) options[name] = o[key];
  return options as LanguageOptions;
}
