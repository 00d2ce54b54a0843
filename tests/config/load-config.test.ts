import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, loadConfig } from '../../src/config/index.ts';
import { InputError, type Diagnostic } from '../../src/core/diagnostic.ts';

function problems(text: string): Diagnostic[] {
  try {
    loadConfig(text);
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  throw new Error('expected the config to be refused');
}

const FULL_CONFIG = readFileSync(new URL('./fixtures/full.dolmetsch.config.yaml', import.meta.url), 'utf8');

describe('dolmetsch.config.yaml', () => {
  it('an empty file gives today\'s defaults', () => {
    expect(loadConfig('')).toEqual({ ...DEFAULT_CONFIG, file: 'dolmetsch.config.yaml' });
    expect(loadConfig('# nothing yet\n')).toEqual({ ...DEFAULT_CONFIG, file: 'dolmetsch.config.yaml' });
  });

  it('normalises a full config into one Config', () => {
    expect(loadConfig(FULL_CONFIG)).toEqual({
      file: 'dolmetsch.config.yaml',
      sourceDir: 'source',
      translationsDir: 'translations',
      glossaryFile: 'glossary.yaml',
      languages: ['ko', 'en'],
      languageOptions: {
        ko: { styleRule: 'ko-newsroom', customInstructions: ['Use 해요체 nowhere; news style only.'], translationMemory: 'tm-ko', translationMemoryThreshold: 80, modelType: 'quality_optimized' },
        en: { english: 'en-GB', tagHandlingVersion: 'v1' },
      },
      styleRules: [{ name: 'Newsroom KO', language: 'ko', configuredRules: { numbers: { decimal_separator: 'use_period' } }, customInstructions: ['Write 북한, never 조선.'] }],
      translate: { provider: 'pseudo', concurrency: 2, maxChars: 500000 },
      publish: { out: 'public', drafts: true },
    });
  });

  it('refuses DeepL option combinations DeepL refuses on every request, at the line of the option', () => {
    const found = problems('languages:\n  en:\n    translation_memory_threshold: 80\n  ko:\n    custom_instructions: [Keep it short.]\n    model_type: latency_optimized\n');
    expect(found.map((d) => [d.line, d.column])).toEqual([[3, 35], [6, 17]]);
    expect(found[0]!.message).toBe('languages.en.translation_memory_threshold needs a translation_memory');
    expect(found[1]!.message).toBe('custom instructions need the quality_optimized model, but languages.ko.model_type is latency_optimized');
    expect(found[1]!.hint).toContain('model_type: quality_optimized');
  });

  it('reads tag_handling_version v1 or v2 and refuses anything else', () => {
    expect(loadConfig('languages:\n  ko: { tag_handling_version: v1 }\n').languageOptions.ko).toEqual({ tagHandlingVersion: 'v1' });
    expect(problems('languages:\n  ko: { tag_handling_version: v3 }\n')[0]!.message).toBe('expected one of v1, v2 for languages.ko.tag_handling_version, found the text "v3"');
  });

  it('checks style_rules: limits of custom instructions, a language, known rule groups, each with line and column', () => {
    const long = 'x'.repeat(301);
    const eleven = Array.from({ length: 11 }, (_, i) => `      - Rule ${i}.`).join('\n');
    const found = problems(`style_rules:\n  House:\n    configured_rules:\n      punctuaton: { quotes: x }\n    custom_instructions:\n      - ${long}\n  Other:\n    language: ko\n    custom_instructions:\n${eleven}\n`);
    expect(found.map((d) => [d.line, d.column, d.message])).toEqual(expect.arrayContaining([
      [6, 9, 'an entry of style_rules.House.custom_instructions has 301 characters; at most 300 are allowed'],
      [10, 7, 'style_rules.Other.custom_instructions has 11 entries; at most 10 are allowed'],
      [2, 3, 'style rule "House" names no language'],
      [4, 7, 'unknown group "punctuaton" in style_rules.House.configured_rules; did you mean "punctuation"?'],
    ]));
    expect(found).toHaveLength(4);
  });

  it('a language written without options takes the defaults', () => {
    expect(loadConfig('languages:\n  ko:\n').languages).toEqual(['ko']);
  });

  it('names a mistyped key with line, column and the key meant, at every level', () => {
    const found = problems('version: 1\ntranslate:\n  concurency: 4\nlanguages:\n  en:\n    styel_rule: x\n  kr: {}\nglosary: g.yaml\n');
    expect(found.map((d) => [d.line, d.column, d.ruleId])).toEqual([
      [3, 3, 'config-unknown-key'], [6, 5, 'config-unknown-key'], [7, 3, 'config-unknown-key'], [8, 1, 'config-unknown-key'],
    ]);
    expect(found[0]!.message).toBe('unknown key "concurency" in translate; did you mean "concurrency"?');
    expect(found[0]!.hint).toBe('Rename "concurency" to "concurrency".');
    expect(found[1]!.message).toContain('in languages.en; did you mean "style_rule"?');
    expect(found[3]!.message).toContain('did you mean "glossary"?');
  });

  it('a wrong type says what was expected, with an example, quoting what was found', () => {
    const found = problems('translate:\n  concurrency: four\n  max_chars: -5\npublish:\n  drafts: "yes"\n  out: 12\nlanguages:\n  en: { model_type: fast, translation_memory_threshold: 120 }\n');
    const byLine = new Map(found.map((d) => [`${d.line}:${d.column}`, d]));
    expect(byLine.get('2:16')!.message).toBe('expected a whole number 1 or more for translate.concurrency, found the text "four"');
    expect(byLine.get('2:16')!.hint).toBe('Write it as: concurrency: 4');
    expect(byLine.get('3:14')!.message).toBe('expected a whole number 0 or more for translate.max_chars, found the number -5');
    expect(byLine.get('5:11')!.message).toBe('expected true or false for publish.drafts, found the text "yes"');
    expect(byLine.get('6:8')!.hint).toBe('Put it in double quotes so it stays text: out: "12"');
    expect(found.find((d) => d.message.includes('model_type'))!.message).toBe('expected one of quality_optimized, latency_optimized, prefer_quality_optimized for languages.en.model_type, found the text "fast"');
    expect(found.find((d) => d.message.includes('threshold'))!.message).toContain('a whole number from 0 to 100');
  });

  it('refuses the English variant outside languages.en, and custom instructions DeepL would refuse', () => {
    const found = problems(`languages:\n  ko:\n    english: en-GB\n    custom_instructions: [${Array.from({ length: 11 }, (_, i) => `rule ${i}`).join(', ')}, ${'x'.repeat(301)}]\n`);
    expect(found.map((d) => d.message)).toEqual(expect.arrayContaining([
      '"english" is an option of languages.en, not of languages.ko',
      'languages.ko.custom_instructions has 12 entries; at most 10 are allowed',
      'an entry of languages.ko.custom_instructions has 301 characters; at most 300 are allowed',
    ]));
    expect(found.find((d) => d.message.startsWith('"english"'))).toMatchObject({ line: 3, column: 14 });
  });

  it('refuses paths outside the project, and a translations folder inside the sources; takes any other folders', () => {
    const outside = problems('source: ../elsewhere\nglossary: /etc/glossary.yaml\n');
    expect(outside.map((d) => [d.line, d.message])).toEqual([
      [1, 'source must be a path inside the project, relative to this file, found "../elsewhere"'],
      [2, 'glossary must be a path inside the project, relative to this file, found "/etc/glossary.yaml"'],
    ]);
    expect(loadConfig('source: articles/de\ntranslations: out/\nglossary: terms/names.yaml\n')).toMatchObject({ sourceDir: 'articles/de', translationsDir: 'out', glossaryFile: 'terms/names.yaml' });
    const nested = problems('source: articles\ntranslations: articles/translated\n');
    expect(nested.map((d) => [d.line, d.message])).toEqual([[2, 'source and translations name the same folder, or one inside the other']]);
    expect(loadConfig('source: ./source/\n').sourceDir).toBe('source');
  });

  it('a YAML syntax mistake is one diagnostic with its place, as in every other YAML file', () => {
    const found = problems('translate:\n\tconcurrency: 4\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 2, column: 1 });
  });

  it('a file that is not a mapping, or a duplicate key, is refused', () => {
    expect(problems('- source\n')[0]!.message).toBe('expected the config to be a mapping of settings');
    expect(problems('version: 1\nversion: 1\n')[0]).toMatchObject({ line: 2, ruleId: 'config-duplicate-key' });
  });
});
