import { describe, expect, it } from 'vitest';
import { entry, glossaryOf } from './inline-glossary.ts';

const glossary = glossaryOf(
  entry('shoigu', '{ term: Sergej Schoygu, short: [Schoygu] }',
    '{ preferred: Sergei Shoigu, short: Shoigu, forbidden: [Shoygu] }', '{ preferred: 세르게이 쇼이구, short: 쇼이구 }') +
  entry('kim', '{ term: Kim Jong-un }', '{ preferred: Kim Jong Un, forbidden: [Kim Jong-un] }', '{ preferred: 김정은, forbidden: [김정운] }') +
  entry('pyongyang', '{ term: Pjöngjang }', '{ preferred: Pyongyang, forbidden: [Pjöngjang] }', '{ preferred: 평양 }') +
  entry('north-korea', '{ term: Nordkorea }', '{ preferred: North Korea }', '{ preferred: 북한, forbidden: [조선] }') +
  entry('kcna', '{ term: KCNA }', '{ dnt: true }', '{ preferred: 조선중앙통신, accepted: [KCNA] }') +
  entry('un', '{ term: UN }', '{ dnt: true }', '{ preferred: 유엔, accepted: [UN] }') +
  entry('ukraine', '{ term: Ukraine }', '{ preferred: Ukraine, forbidden: [the Ukraine] }', '{ preferred: 우크라이나 }') +
  entry('kim-yo-jong', '{ term: Kim Yo-jong }', '{ preferred: Kim Yo Jong, accepted: [Kim] }', '{ preferred: 김여정 }') +
  entry('kim-jong-il', '{ term: Kim Jong-il }', '{ preferred: Kim Jong Il, accepted: [Kim] }', '{ preferred: 김정일 }'),
);

const english = (text: string) => glossary.matchTarget('en', text).map((m) => `${m.entry}:${m.kind}:${m.text}`);
const korean = (text: string) => glossary.matchTarget('ko', text).map((m) => `${m.entry}:${m.kind}:${m.text}`);

describe('matchTarget en', () => {
  it('finds preferred, accepted (short) and forbidden forms at word boundaries', () => {
    expect(english('Sergei Shoigu met Kim Jong-un in Pyongyang; Shoygu left.')).toEqual([
      'shoigu:preferred:Sergei Shoigu',
      'kim:forbidden:Kim Jong-un',
      'pyongyang:preferred:Pyongyang',
      'shoigu:forbidden:Shoygu',
    ]);
    expect(english('Shoiguist, Pyongyangers, ShoiguShoigu')).toEqual([]);
  });

  it('allows the possessive and hyphenated compounds after a term, covering the term alone', () => {
    const [straight, curly] = glossary.matchTarget('en', "Shoigu's visit and Shoigu’s trip");
    expect(straight).toMatchObject({ text: 'Shoigu', start: 0, end: 6, kind: 'accepted' });
    expect(curly).toMatchObject({ text: 'Shoigu', start: 19, end: 25 });
    expect(english('Pyongyang-based')).toEqual(['pyongyang:preferred:Pyongyang']);
  });

  it('prefers the longest form, so a forbidden longer phrase wins over the allowed short one', () => {
    expect(english('in the Ukraine, in Ukraine')).toEqual(['ukraine:forbidden:the Ukraine', 'ukraine:preferred:Ukraine']);
  });

  it('reports a form shared by several entries once per entry, same span', () => {
    const matches = glossary.matchTarget('en', 'Kim said');
    expect(matches.map((m) => [m.entry, m.start, m.end])).toEqual([
      ['kim-yo-jong', 0, 3],
      ['kim-jong-il', 0, 3],
    ]);
  });
});

describe('matchTarget ko', () => {
  it('keeps the right side open for particles, never stripping them', () => {
    expect(korean('김정은은 평양에서 쇼이구를 만났다')).toEqual([
      'kim:preferred:김정은',
      'pyongyang:preferred:평양',
      'shoigu:accepted:쇼이구',
    ]);
    expect(korean('김정은이 북한군을')).toEqual(['kim:preferred:김정은', 'north-korea:preferred:북한']);
  });

  it('has a strict left boundary: no Hangul syllable or letter right before the term', () => {
    expect(korean('북평양에서, 대북한, A평양')).toEqual([]);
    expect(korean('(평양) "북한"')).toEqual(['pyongyang:preferred:평양', 'north-korea:preferred:북한']);
  });

  it('finds forbidden forms and lets a longer term of another entry win', () => {
    expect(korean('김정운은')).toEqual(['kim:forbidden:김정운']);
    expect(korean('조선중앙통신은 조선의')).toEqual(['kcna:preferred:조선중앙통신', 'north-korea:forbidden:조선']);
  });

  it('needs a right boundary after a Latin term, but not before Hangul particles', () => {
    expect(korean('KCNA는 UN의 UNESCO')).toEqual(['kcna:accepted:KCNA', 'un:accepted:UN']);
  });
});

describe('invisible and look-alike characters do not hide a term', () => {
  it.each([
    ['a zero-width space inside a Korean name', 'ko', '김\u200b정운은 말했다', 'kim:forbidden:김\u200b정운'],
    ['a soft hyphen in a forbidden spelling', 'en', 'Kim Jong\u00ad-un said', 'kim:forbidden:Kim Jong\u00ad-un'],
    ['a non-breaking hyphen (U+2011)', 'en', 'Kim Jong\u2011un said', 'kim:forbidden:Kim Jong\u2011un'],
    ['a Cyrillic о', 'en', 'Sh\u043eygu left', 'shoigu:forbidden:Sh\u043eygu'],
    ['a Greek ο', 'en', 'Sh\u03bfygu left', 'shoigu:forbidden:Sh\u03bfygu'],
    ['a Cyrillic capital К', 'en', '\u041aim Jong-un said', 'kim:forbidden:\u041aim Jong-un'],
    ['fullwidth Latin letters', 'en', '\uff33\uff48\uff4f\uff59\uff47\uff55 left', 'shoigu:forbidden:\uff33\uff48\uff4f\uff59\uff47\uff55'],
    ['a word joiner in a preferred form', 'ko', '쇼이\u2060구가', 'shoigu:accepted:쇼이\u2060구'],
  ] as const)('%s', (_name, lang, text, expected) => {
    const found = glossary.matchTarget(lang, text).map((m) => `${m.entry}:${m.kind}:${m.text}`);
    expect(found).toContain(expected);
  });

  it('reports offsets in the original text, invisible characters included', () => {
    const text = 'Er\u200b sagte: Kim Jong\u00ad-un kam.';
    const [match] = glossary.matchTarget('en', text);
    expect(match).toMatchObject({ entry: 'kim', kind: 'forbidden', start: 11, end: 23 });
    expect(text.slice(match!.start, match!.end)).toBe('Kim Jong\u00ad-un');
  });

  it('matches German through a soft hyphen too', () => {
    expect(glossary.matchGerman('Sergej Scho\u00adygu reiste ab.').map((m) => m.entry)).toEqual(['shoigu']);
  });

  it('leaves real Cyrillic words alone', () => {
    expect(english('Шойгу (Shoigu in Russian) and Пхеньян')).toEqual(['shoigu:accepted:Shoigu']);
  });
});
