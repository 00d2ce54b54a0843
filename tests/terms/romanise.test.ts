import { describe, expect, it } from 'vitest';
import { findTerms } from '../../src/terms/index.ts';
import { romanise, soundSkeleton, soundsLike } from '../../src/terms/romanise.ts';
import { aligned, NO_GLOSSARY } from './aligned.ts';

describe('romanise (Revised Romanization, syllable by syllable)', () => {
  it('writes Hangul in Latin letters: 쇼이구, 평양, 세르게이, 김정은', () => {
    expect(romanise('쇼이구')).toBe('syoigu');
    expect(romanise('평양')).toBe('pyeongyang');
    expect(romanise('세르게이')).toBe('sereugei');
    expect(romanise('김정은')).toBe('gimjeongeun');
    expect(romanise('UN 유엔')).toBe('UN yuen');
  });

  it('brings Korean, German and English spellings of a name to one skeleton', () => {
    expect(soundSkeleton(romanise('쇼이구'), true)).toBe(soundSkeleton('Schoigu'));
    expect(soundSkeleton(romanise('쇼이구'), true)).toBe(soundSkeleton('Shoigu'));
    expect(soundSkeleton(romanise('평양'), true)).toBe(soundSkeleton('Pjöngjang'));
    expect(soundSkeleton(romanise('세르게이'), true)).toBe(soundSkeleton('Sergej'));
    expect(soundsLike('블룸버그', 'Bloomberg')).toBe(1);
    expect(soundsLike('유엔', 'UN')).toBe(1);
    expect(soundsLike('문서', 'Moon')).toBeLessThan(0.75);
  });
});

describe('a Korean form from one segment, by sound', () => {
  it('proposes the Korean word that sounds like the name when the name stands in a single segment', () => {
    const segments = aligned([{ de: 'Der Minister Tanaka kam nach Berlin.', en: 'Minister Tanaka came to Berlin.', ko: '다나카 장관이 베를린에 왔다.' }]);
    const tanaka = findTerms(segments, NO_GLOSSARY).candidates.find((c) => c.term === 'Tanaka')!;
    expect(tanaka.proposals.ko).toMatchObject({ form: '다나카', count: 1, of: 1 });
  });

  it('proposes nothing when the only similar-sounding word is another name (다낭 is not Tanaka)', () => {
    const segments = aligned([{ de: 'Der Minister Tanaka flog weiter.', en: 'Minister Tanaka flew on.', ko: '장관은 다낭으로 날아갔다.' }]);
    const tanaka = findTerms(segments, NO_GLOSSARY).candidates.find((c) => c.term === 'Tanaka')!;
    expect(soundsLike('다낭', 'Tanaka')).toBeGreaterThan(0.5);
    expect(tanaka.proposals.ko).toBeUndefined();
  });

  it('proposes nothing when two words sound alike (no margin): one segment cannot tell 다나카 from 타나카', () => {
    const segments = aligned([{ de: 'Der Minister Tanaka kam.', en: 'Minister Tanaka came.', ko: '다나카 장관과 타나카 차관이 왔다.' }]);
    const tanaka = findTerms(segments, NO_GLOSSARY).candidates.find((c) => c.term === 'Tanaka')!;
    expect(tanaka.proposals.ko).toBeUndefined();
  });

  it('does not take a title before the name into the longer Korean form (정치인 이재명 → 이재명)', () => {
    const segments = aligned([
      { de: 'Der Politiker Lee Jae-myung sprach.', en: 'Politician Lee Jae-myung spoke.', ko: '정치인 이재명은 말했다.' },
      { de: 'Danach sprach Lee Jae-myung erneut.', en: 'Then Lee Jae-myung spoke again.', ko: '이후 정치인 이재명이 다시 말했다.' },
    ]);
    const lee = findTerms(segments, NO_GLOSSARY).candidates.find((c) => c.term === 'Lee Jae-myung');
    expect(lee?.proposals.ko?.form).toBe('이재명');
  });
});
