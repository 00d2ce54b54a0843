/**
 * dolmetsch.config.yaml → Config: YAML syntax, then the fields (fields.ts), then the rules between them. Every
 * problem is a diagnostic with file:line:col; a file with any problem is refused as a whole (InputError).
 */
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { closestKey } from '../store/closest-key.ts';
import { InputError } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { diagnosticAt } from '../store/yaml-position.ts';
import { syntaxDiagnostic } from '../yaml-input/syntax-diagnosis.ts';
import { CONFIG_FILE, DEFAULT_CONFIG, type Config, type LanguageOptions } from './config.ts';
import { CONFIG_FIELDS, STYLE_RULE_GROUPS } from './fields.ts';
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
  const at = (...keys: string[]): Node | undefined => (contents !== null ? (document.getIn(keys, true) as Node | undefined) : undefined);
  const semantic = (key: string[], message: string, hint: string): void => {
    reader.diagnostics.push(diagnosticAt(file, lines, at(...key)?.range ?? [0, 0], { ruleId: 'config-invalid-value', message, hint }));
  };

  const languages = (values.languages as Values | undefined) ?? undefined;
  const languageOptions: Config['languageOptions'] = {};
  for (const [language, options] of Object.entries(languages ?? {})) {
    const o = (options ?? {}) as Values;
    if (o.english !== undefined && language !== 'en') {
      semantic(['languages', language, 'english'], `"english" is an option of languages.en, not of languages.${language}`, 'Move the line under languages.en.');
    }
    // DeepL refuses these combinations per request; said here once, with the line, instead of on every request.
    if (o.translation_memory_threshold !== undefined && o.translation_memory === undefined) {
      semantic(['languages', language, 'translation_memory_threshold'], `languages.${language}.translation_memory_threshold needs a translation_memory`,
        `Add translation_memory: <id> under languages.${language} (dolmetsch deepl memories lists the ids), or remove the threshold.`);
    }
    if (Array.isArray(o.custom_instructions) && o.custom_instructions.length > 0 && o.model_type === 'latency_optimized') {
      semantic(['languages', language, 'model_type'], `custom instructions need the quality_optimized model, but languages.${language}.model_type is latency_optimized`,
        'Write model_type: quality_optimized (or remove it), or remove custom_instructions.');
    }
    languageOptions[language as TargetLanguage] = languageOptionsOf(o);
  }
  const styleRules = (values.style_rules as Record<string, Values | undefined> | undefined) ?? {};
  for (const [name, rule] of Object.entries(styleRules)) {
    if (at('style_rules', name, 'language') === undefined) {
      reader.diagnostics.push(diagnosticAt(file, lines, keyNodeOf(document, ['style_rules', name])?.range ?? [0, 0], {
        ruleId: 'config-invalid-value', message: `style rule "${name}" names no language`, hint: `Add language: en (or ko) under style_rules.${name}.`,
      }));
    }
    for (const group of Object.keys((rule?.configured_rules as Values | undefined) ?? {})) {
      if ((STYLE_RULE_GROUPS as readonly string[]).includes(group)) continue;
      const meant = closestKey(group, STYLE_RULE_GROUPS);
      const where = ['style_rules', name, 'configured_rules', group];
      reader.diagnostics.push(diagnosticAt(file, lines, keyNodeOf(document, where)?.range ?? at(...where)?.range ?? [0, 0], {
        ruleId: 'config-unknown-key',
        message: `unknown group "${group}" in style_rules.${name}.configured_rules${meant ? `; did you mean "${meant}"?` : ''}`,
        hint: meant ? `Rename "${group}" to "${meant}".` : `The groups are: ${STYLE_RULE_GROUPS.join(', ')}.`,
      }));
    }
  }
  const folders = { source: values.source, translations: values.translations, glossary: values.glossary, 'publish.out': (values.publish as Values | undefined)?.out };
  for (const [key, value] of Object.entries(folders)) {
    if (typeof value === 'string' && !insideProject(value)) {
      semantic(key.split('.'), `${key} must be a path inside the project, relative to this file, found "${value}"`, `Write it relative to the folder of ${CONFIG_FILE}, e.g. ${key.split('.').pop()}: ${key === 'glossary' ? 'glossary.yaml' : key === 'translations' ? 'translations' : 'source'}`);
    }
  }
  if (typeof values.source === 'string' && typeof values.translations === 'string' && normal(values.source) === normal(values.translations)) {
    semantic(['translations'], 'source and translations name the same folder', 'Give the translations their own folder, e.g. translations: translations');
  }
  // The readers of sources, translation files and the glossary still use the fixed layout (workspace/layout.ts);
  // until they take it from Config, another place is refused rather than silently ignored.
  for (const key of ['source', 'translations', 'glossary'] as const) {
    const fixed = { source: DEFAULT_CONFIG.sourceDir, translations: DEFAULT_CONFIG.translationsDir, glossary: DEFAULT_CONFIG.glossaryFile }[key];
    const value = values[key];
    if (typeof value === 'string' && insideProject(value) && normal(value) !== fixed) {
      semantic([key], `${key}: "${value}" is not supported yet; this version of dolmetsch reads ${fixed} only`, `Write ${key}: ${fixed} (or remove the line) and keep the files there.`);
    }
  }
  if (reader.diagnostics.length > 0) throw new InputError(reader.diagnostics);

  const translate = (values.translate as Values | undefined) ?? {};
  const publish = (values.publish as Values | undefined) ?? {};
  return {
    file,
    sourceDir: normal((values.source as string | undefined) ?? DEFAULT_CONFIG.sourceDir),
    translationsDir: normal((values.translations as string | undefined) ?? DEFAULT_CONFIG.translationsDir),
    glossaryFile: normal((values.glossary as string | undefined) ?? DEFAULT_CONFIG.glossaryFile),
    languages: languages !== undefined ? (Object.keys(languages) as TargetLanguage[]) : [...DEFAULT_CONFIG.languages],
    languageOptions,
    styleRules: Object.entries(styleRules).map(([name, rule]) => ({
      name,
      language: rule!.language as TargetLanguage,
      configuredRules: (rule!.configured_rules ?? {}) as Record<string, Record<string, string>>,
      customInstructions: (rule!.custom_instructions ?? []) as string[],
    })),
    translate: {
      concurrency: (translate.concurrency as number | undefined) ?? DEFAULT_CONFIG.translate.concurrency,
      ...(translate.provider !== undefined ? { provider: translate.provider as string } : {}),
      ...(translate.max_chars !== undefined ? { maxChars: translate.max_chars as number } : {}),
    },
    publish: {
      out: normal((publish.out as string | undefined) ?? DEFAULT_CONFIG.publish.out),
      drafts: (publish.drafts as boolean | undefined) ?? DEFAULT_CONFIG.publish.drafts,
    },
  };
}

function languageOptionsOf(o: Values): LanguageOptions {
  const options: LanguageOptions = {};
  if (o.english !== undefined) options.english = o.english as LanguageOptions['english'];
  if (o.style_rule !== undefined) options.styleRule = o.style_rule as string;
  if (o.custom_instructions !== undefined) options.customInstructions = o.custom_instructions as string[];
  if (o.translation_memory !== undefined) options.translationMemory = o.translation_memory as string;
  if (o.translation_memory_threshold !== undefined) options.translationMemoryThreshold = o.translation_memory_threshold as number;
  if (o.model_type !== undefined) options.modelType = o.model_type as LanguageOptions['modelType'];
  if (o.tag_handling_version !== undefined) options.tagHandlingVersion = o.tag_handling_version as LanguageOptions['tagHandlingVersion'];
  return options;
}

/** The key node of a mapping entry, so an unknown name is pointed at where it is written. */
function keyNodeOf(document: ReturnType<typeof parseDocument>, keys: string[]): Node | undefined {
  const parent = document.getIn(keys.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === keys.at(-1));
  return pair?.key as Node | undefined;
}

function insideProject(given: string): boolean {
  if (path.posix.isAbsolute(given) || path.win32.isAbsolute(given)) return false;
  const normalised = normal(given);
  return normalised !== '..' && !normalised.startsWith('../') && normalised !== '.';
}

/** `./source/` → `source`, forward slashes. */
function normal(given: string): string {
  return path.posix.normalize(given.replace(/\\/g, '/')).replace(/\/+$/, '');
}

