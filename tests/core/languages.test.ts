/** Which codes are target languages, and what dolmetsch knows of a language it has no code for. */
import { describe, expect, it } from 'vitest';
import { languageCodeProblem, languageProfile } from '../../src/core/languages.ts';
import { deeplLanguageProblem, deeplTargetCode } from '../../src/providers/deepl-languages.ts';

describe('target language codes', () => {
  it('takes BCP 47 language[-Script][-REGION] codes of known languages', () => {
    for (const code of ['en', 'ko', 'ja', 'fr', 'pt-BR', 'zh-Hans', 'sr-Latn-RS', 'es-419']) expect(languageCodeProblem(code), code).toBeUndefined();
  });

  it('refuses the source language, other spellings, unknown languages and country codes, saying why', () => {
    expect(languageCodeProblem('de')).toBe('de is the source language, not a target');
    expect(languageCodeProblem('EN')).toContain('is not a language code of the form ja, fr, pt-BR or zh-Hans');
    expect(languageCodeProblem('pt_BR')).toContain('is not a language code');
    expect(languageCodeProblem('qq')).toBe('"qq" is not a known language');
    expect(languageCodeProblem('kr')).toBe('"kr" is a country code; the language is "ko"');
    expect(languageCodeProblem('jp')).toBe('"jp" is a country code; the language is "ja"');
  });

  it('gives each language its name, word-boundary rule and quotation marks', () => {
    expect(languageProfile('ja')).toEqual({ code: 'ja', name: 'Japanese', wordBoundaries: false, quotes: ['「」', '『』'] });
    expect(languageProfile('fr')).toMatchObject({ name: 'French', wordBoundaries: true, quotes: ['«»', '“”', '‘’'] });
    expect(languageProfile('ko')).toMatchObject({ name: 'Korean', wordBoundaries: true });
    expect(languageProfile('sw')).toMatchObject({ name: 'Swahili', wordBoundaries: true, quotes: ['“”', '‘’'] });
  });

  it('makes a language\'s profile once (the check names the language in tens of thousands of messages) and hands out one frozen copy', () => {
    expect(languageProfile('ko')).toBe(languageProfile('ko'));
    expect(Object.isFrozen(languageProfile('en'))).toBe(true);
    expect(languageProfile('pt-BR').name).toBe('Brazilian Portuguese');
  });
});

describe('DeepL target codes', () => {
  it('maps en to the English variant and takes DeepL\'s languages as they are', () => {
    expect(deeplTargetCode('en', 'en-GB')).toBe('en-GB');
    expect(deeplTargetCode('ja', 'en-US')).toBe('ja');
    expect(deeplTargetCode('pt-BR', 'en-US')).toBe('pt-BR');
    expect(deeplTargetCode('no', 'en-US')).toBe('nb');
  });

  it('refuses a language DeepL does not translate, naming its variants where it has some', () => {
    expect(deeplLanguageProblem('ko')).toBeUndefined();
    expect(deeplLanguageProblem('pt')).toBe('DeepL translates "pt" only as pt-BR or pt-PT; write one of those');
    expect(deeplLanguageProblem('hi')).toContain('DeepL does not translate into "hi"');
  });
});
