import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteBalance, withTargetQuotes } from '../../src/check/quotes/quotation-marks.ts';
import { rulesFound } from './qa-case.ts';

describe('quotation marks in context', () => {
  it.each([
    ['„Wir kommen.“', 'de', { pairs: 1, open: 0, strayClosings: 0 }],
    ['„Er sagte ‚nein‘.“', 'de', { pairs: 2, open: 0, strayClosings: 0 }],
    ['»Verrat« und «Treue»', 'de', { pairs: 2, open: 0, strayClosings: 0 }],
    ['„Wir kommen.', 'de', { pairs: 0, open: 1, strayClosings: 0 }],
    ['Dann gehen wir.“', 'de', { pairs: 0, open: 0, strayClosings: 1 }],
    ['Er schrieb “so” auf Englisch.', 'de', { pairs: 1, open: 0, strayClosings: 0 }],
    ['“We are coming.”', 'en', { pairs: 1, open: 0, strayClosings: 0 }],
    ['Shoigu’s visit in the ’90s', 'en', { pairs: 0, open: 0, strayClosings: 0 }],
    ['‘Shoigu’s visit’', 'en', { pairs: 1, open: 0, strayClosings: 0 }],
    ['He said “we come.“', 'en', { pairs: 0, open: 2, strayClosings: 0 }],
    ['"Stop!', 'en', { pairs: 0, open: 1, strayClosings: 0 }],
    ['“무조건적으로”', 'ko', { pairs: 1, open: 0, strayClosings: 0 }],
    ['「책」', 'ko', { pairs: 1, open: 0, strayClosings: 0 }],
  ] as const)('%s (%s)', (text, language, balance) => {
    expect(quoteBalance(text, language)).toEqual(balance);
  });

  it.each([
    ['He said „we come“.', 'He said “we come”.'],
    ['She called it ‚nonsense‘.', 'She called it ‘nonsense’.'],
    ['He called it »betrayal«.', 'He called it “betrayal”.'],
    ['„A ‚b‘ c“', '“A ‘b’ c”'],
    ['a stray « here', undefined],
    ['„open only', undefined],
    ['no German marks', undefined],
  ])('German marks to target marks: %s', (text, fixed) => {
    expect(withTargetQuotes(text)).toBe(fixed);
  });
});

describe('quote-style', () => {
  it.each([
    ['en', 'Er sagte: „Wir kommen.“', 'He said: “We are coming.”'],
    ['en', 'Schoygus Besuch in den 90er Jahren.', 'Shoigu’s visit in the ’90s.'],
    ['en', '„Wir kommen.', '“We are coming.'],
    ['en', 'Dann gehen wir.“', 'Then we will go.”'],
    ['en', 'Er sagte ‚nein‘.', 'He said ‘no.’'],
    ['en', 'Er sagte: „Wir kommen.“', 'He said: "We are coming."'],
    ['ko', 'Er sagte: „Wir kommen.“', '그는 “우리가 간다”고 말했다.'],
    ['en', 'Das berichtet die „New York Times“.', 'The New York Times reported this.'],
    ['ko', 'Das berichtet die „Rodong Sinmun“.', '노동신문이 이를 보도했다.'],
  ] as const)('clean (%s): %s', (language, source, target) => {
    expect(rulesFound(language, source, target, 'quote-style')).toEqual([]);
  });

  it.each([
    ['en', 'Er sagte: „Wir kommen.“', 'He said: „We are coming.“'],
    ['en', 'Er sagte: „Wir kommen.“', 'He said: “We are coming.“'],
    ['en', 'Er sagte: „Wir kommen.“', 'He said: “We are coming.'],
    ['en', 'Er nannte es »Verrat«.', 'He called it »betrayal«.'],
    ['en', 'Er nannte es »Verrat«.', 'He called it betrayal.'],
    ['ko', 'Er sagte: „Wir kommen.“', '그는 „우리가 간다“고 말했다.'],
    ['ko', 'Er sagte ‚nein‘.', '그는 ‚아니다‘라고 말했다.'],
  ] as const)('planted (%s): %s → %s', (language, source, target) => {
    expect(rulesFound(language, source, target, 'quote-style')).not.toEqual([]);
  });
});

describe('round trip', () => {
  it('German quotation marks, nested or not, become balanced English/Korean ones with nothing German left', () => {
    const word = fc.constantFrom('Wir', 'kommen', 'nein', 'Kim', 'sagte', 'heute');
    const quoted: fc.Arbitrary<string> = fc.letrec((tie) => ({
      text: fc.array(fc.oneof({ depthSize: 'small' }, word, tie('quote') as fc.Arbitrary<string>), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')),
      quote: fc.tuple(fc.constantFrom(['„', '“'], ['‚', '‘'], ['»', '«']), tie('text') as fc.Arbitrary<string>).map(([[open, close], inner]) => `${open}${inner}${close}`),
    })).quote as fc.Arbitrary<string>;
    fc.assert(
      fc.property(quoted, (german) => {
        const fixed = withTargetQuotes(german)!;
        expect(fixed).not.toMatch(/[„‚»«]/);
        expect(quoteBalance(fixed, 'en')).toMatchObject({ open: 0, strayClosings: 0 });
        expect(quoteBalance(fixed, 'en').pairs).toBe(quoteBalance(german, 'de').pairs);
      }),
    );
  });
});
