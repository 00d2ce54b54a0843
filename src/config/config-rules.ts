/**
 * The rules between the config's fields, after each field was read on its own (read-fields.ts): what DeepL would
 * refuse on every request, paths that leave the project, a style rule without a language. Each problem is a
 * diagnostic at the line of the key it is about.
 */
import path from 'node:path';
import { isMap, isScalar, type Document, type LineCounter, type Node } from 'yaml';
import { languageCodeProblem } from '../core/languages.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { closestKey } from '../store/closest-key.ts';
import { diagnosticAt } from '../store/yaml-position.ts';
import { CONFIG_FILE } from './config.ts';
import { STYLE_RULE_GROUPS } from './fields.ts';
import type { Plain } from './read-fields.ts';

type Values = Record<string, Plain | undefined>;
type Report = (keys: string[], message: string, hint: string, options?: { ruleId?: string; atKey?: boolean }) => void;

export function configRules(values: Values, document: Document, file: string, lines: LineCounter): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report: Report = (keys, message, hint, options = {}) => {
    const node = (options.atKey ? keyNodeOf(document, keys) : undefined) ?? (document.getIn(keys, true) as Node | undefined) ?? keyNodeOf(document, keys);
    found.push(diagnosticAt(file, lines, node?.range ?? [0, 0], { ruleId: options.ruleId ?? 'config-invalid-value', message, hint }));
  };
  for (const [language, options] of Object.entries((values.languages as Values | undefined) ?? {})) languageRules(language, (options ?? {}) as Values, report);
  for (const [name, rule] of Object.entries((values.style_rules as Record<string, Values | undefined> | undefined) ?? {})) styleRuleRules(name, rule ?? {}, report);
  folderRules(values, report);
  return found;
}

function languageRules(language: string, o: Values, report: Report): void {
  const at = (key: string) => ['languages', language, key];
  if (o.english !== undefined && language !== 'en') {
    report(at('english'), `"english" is an option of languages.en, not of languages.${language}`, 'Move the line under languages.en.');
  }
  // DeepL refuses these combinations per request; said here once, with the line, instead of on every request.
  if (o.translation_memory_threshold !== undefined && o.translation_memory === undefined) {
    report(at('translation_memory_threshold'), `languages.${language}.translation_memory_threshold needs a translation_memory`,
      `Add translation_memory: <id> under languages.${language} (dolmetsch deepl memories lists the ids), or remove the threshold.`);
  }
  if (Array.isArray(o.custom_instructions) && o.custom_instructions.length > 0 && o.model_type === 'latency_optimized') {
    report(at('model_type'), `custom instructions need the quality_optimized model, but languages.${language}.model_type is latency_optimized`,
      'Write model_type: quality_optimized (or remove it), or remove custom_instructions.');
  }
}

function styleRuleRules(name: string, rule: Values, report: Report): void {
  if (rule.language === undefined) {
    report(['style_rules', name], `style rule "${name}" names no language`, `Add language: en (or ko) under style_rules.${name}.`, { atKey: true });
  } else if (typeof rule.language === 'string' && languageCodeProblem(rule.language) !== undefined) {
    report(['style_rules', name, 'language'], `style_rules.${name}.language: ${languageCodeProblem(rule.language)}`, 'Write a target language code, e.g. language: en.');
  }
  for (const group of Object.keys((rule.configured_rules as Values | undefined) ?? {})) {
    if ((STYLE_RULE_GROUPS as readonly string[]).includes(group)) continue;
    const meant = closestKey(group, STYLE_RULE_GROUPS);
    report(['style_rules', name, 'configured_rules', group], `unknown group "${group}" in style_rules.${name}.configured_rules${meant ? `; did you mean "${meant}"?` : ''}`,
      meant ? `Rename "${group}" to "${meant}".` : `The groups are: ${STYLE_RULE_GROUPS.join(', ')}.`, { ruleId: 'config-unknown-key', atKey: true });
  }
}

function folderRules(values: Values, report: Report): void {
  const folders = { source: values.source, translations: values.translations, glossary: values.glossary, 'publish.out': (values.publish as Values | undefined)?.out };
  const examples: Record<string, string> = { source: 'source', translations: 'translations', glossary: 'glossary.yaml', 'publish.out': 'dist' };
  for (const [key, value] of Object.entries(folders)) {
    if (typeof value === 'string' && !insideProject(value)) {
      report(key.split('.'), `${key} must be a path inside the project, relative to this file, found "${value}"`,
        `Write it relative to the folder of ${CONFIG_FILE}, e.g. ${key.split('.').pop()}: ${examples[key]}`);
    }
  }
  const [source, translations] = [values.source, values.translations].map((v) => (typeof v === 'string' ? normalPath(v) : undefined));
  if (source !== undefined && translations !== undefined && (source === translations || translations.startsWith(`${source}/`) || source.startsWith(`${translations}/`))) {
    // A folder inside the other would read translation files as sources (or sources as translations).
    report(['translations'], 'source and translations name the same folder, or one inside the other', 'Give the translations their own folder, e.g. translations: translations');
  }
}

/** The key node of a mapping entry, so an unknown name is pointed at where it is written. */
function keyNodeOf(document: Document, keys: string[]): Node | undefined {
  const parent = document.getIn(keys.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === keys.at(-1));
  return pair?.key as Node | undefined;
}

function insideProject(given: string): boolean {
  if (path.posix.isAbsolute(given) || path.win32.isAbsolute(given)) return false;
  const normalised = normalPath(given);
  return normalised !== '..' && !normalised.startsWith('../') && normalised !== '.';
}

/** `./source/` → `source`, forward slashes. */
export function normalPath(given: string): string {
  return path.posix.normalize(given.replace(/\\/g, '/')).replace(/\/+$/, '');
}
