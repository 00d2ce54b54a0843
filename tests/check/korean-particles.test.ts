import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acronymFinal, finalBefore, numberFinal, syllableFinal } from '../../src/check/korean/final-sound.ts';
import { particleProblems } from '../../src/check/korean/particle-problems.ts';
import { wrongParticleAt } from '../../src/check/korean/particles.ts';
import { rulesFound } from './qa-case.ts';

describe('final sound (받침)', () => {
  it.each([
    ['가', 'vowel'], ['각', 'consonant'], ['갈', 'rieul'], ['은', 'consonant'], ['구', 'vowel'], ['울', 'rieul'],
  ] as const)('syllable %s → %s', (char, final) => expect(syllableFinal(char)).toBe(final));

  it.each([
    ['1', 'rieul'], ['2', 'vowel'], ['3', 'consonant'], ['4', 'vowel'], ['5', 'vowel'], ['6', 'consonant'], ['7', 'rieul'],
    ['8', 'rieul'], ['9', 'vowel'], ['0', 'consonant'], ['10', 'consonant'], ['20', 'consonant'], ['100', 'consonant'],
    ['1000', 'consonant'], ['12,000', 'consonant'], ['10000', 'consonant'], ['3.5', 'vowel'], ['2.7', 'rieul'],
  ] as const)('number %s → %s', (written, final) => expect(numberFinal(written)).toBe(final));

  it.each([
    ['UN', 'consonant'], ['EU', 'vowel'], ['KCNA', 'vowel'], ['BBC', 'vowel'], ['CNN', 'consonant'], ['SPD', 'vowel'],
    ['NATO', 'vowel'], ['IS', 'vowel'], ['ICBM', 'consonant'], ['OPEC', undefined], ['UNHCR', undefined], ['APEC', undefined],
  ] as const)('acronym %s → %s', (acronym, final) => expect(acronymFinal(acronym)).toBe(final));

  it('reads what ends at an offset: G7 by its 7, 3.5% by 퍼센트, a domain not at all', () => {
    expect(finalBefore('G7', 2)).toBe('rieul');
    expect(finalBefore('3.5%', 4)).toBe('vowel');
    expect(finalBefore('RENEWZ.de', 9)).toBeUndefined();
  });

  it('every Hangul syllable: the particle the final sound asks for is never reported, the other one always', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0xac00, max: 0xd7a3 }), fc.constantFrom(['은', '는'], ['이', '가'], ['을', '를'], ['과', '와'], ['으로', '로']), (code, [afterConsonant, afterVowel]) => {
        const word = String.fromCodePoint(code);
        const final = (code - 0xac00) % 28;
        const right = final === 0 || (final === 8 && afterVowel === '로') ? afterVowel : afterConsonant;
        const wrong = right === afterVowel ? afterConsonant : afterVowel;
        expect(wrongParticleAt(`${word}${right} `, 1, syllableFinal(word)!)).toBeUndefined();
        expect(wrongParticleAt(`${word}${wrong} `, 1, syllableFinal(word)!)?.expected).toBe(right);
      }),
    );
  });
});

describe('particles after terms, acronyms and numbers', () => {
  const term = (text: string, word: string) => [{ start: text.indexOf(word), end: text.indexOf(word) + word.length, entry: 'x' }];
  it.each([
    ['평양로 갔다', '평양', '으로'],
    ['서울으로 갔다', '서울', '로'],
    ['쇼이구이 왔다', '쇼이구', '가'],
    ['김정은를 만났다', '김정은', '을'],
    ['러시아과 북한', '러시아', '와'],
    ['김정은야!', '김정은', '아'],
    ['평양였다.', '평양', '이었다'],
    ['평양로는 안 된다', '평양', '으로'],
    ['“평양”로 갔다', '평양', '으로'],
    ['조선중앙통신(KCNA)는 보도했다', '조선중앙통신', '은'],
  ])('%s → %s%s', (text, word, expected) => {
    expect(particleProblems(text, term(text, word)).map((p) => p.expected)).toEqual([expected]);
  });

  it.each([
    ['평양으로는 갔다', '평양'], ['김정은은 말했다', '김정은'], ['김정은이었다', '김정은'], ['쇼이구이었다', '쇼이구'],
    ['평양과학기술대학', '평양'], ['평양이번에', '평양'], ['쇼이구가 왔다', '쇼이구'], ['김정은, 평양', '김정은'],
    ['“평양”으로 갔다', '평양'], ['조선중앙통신(KCNA)은 보도했다', '조선중앙통신'],
  ])('not wrong: %s', (text, word) => {
    expect(particleProblems(text, term(text, word))).toEqual([]);
  });

  it.each([
    ['UN는 말했다', '은'], ['EU은 말했다', '는'], ['G7으로 갔다', '로'], ['10를 보냈다', '을'], ['6로 나눴다', '으로'], ['3.5%이 늘었다', '가'],
  ])('without a term: %s → %s', (text, expected) => {
    expect(particleProblems(text, []).map((p) => p.expected)).toEqual([expected]);
  });

  it.each([
    'OPEC은 말했다', 'OPEC는 말했다', '종로3가 역에서', '을지로3가 일대', '아이가 은행에 갔다', '국가는 있는 것이다', 'RENEWZ.de는 보도했다', '11개국이 서명했다', '2025년에',
  ])('not judged (uncertain reading, or not after a term): %s', (text) => {
    expect(particleProblems(text, [])).toEqual([]);
  });

  it('the rule reports a wrong particle after a glossary term with the entry id', () => {
    expect(rulesFound('ko', 'Schoygu reiste nach Pjöngjang.', '쇼이구이 평양로 갔다.', 'korean-particle')).toHaveLength(2);
    expect(rulesFound('ko', 'Schoygu reiste nach Pjöngjang.', '쇼이구가 평양으로 갔다.', 'korean-particle')).toEqual([]);
  });
});
