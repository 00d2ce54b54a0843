import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline, parseWithMicromark } from '../../src/source/parse-inline.ts';

const strip = (nodes: unknown) => JSON.parse(JSON.stringify(nodes, (key, value) => (key === 'line' || key === 'column' ? undefined : value)));

describe('parseInline shortcut for text without markup', () => {
  it('gives exactly the nodes the Markdown parser gives', () => {
    const safe = fc.constantFrom(...'aäbcdeßöüXYZ019 .,;:?"„“‚‘–-()#+=/%$§\'|{}@^°'.split(''));
    fc.assert(
      fc.property(fc.array(safe, { minLength: 1, maxLength: 60 }).map((chars) => chars.join('').trim()), (text) => {
        fc.pre(text !== '');
        expect(strip(parseInline(text))).toEqual(strip(parseWithMicromark(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('still parses markup with the real parser', () => {
    expect(parseInline('ein *Wort*').map((n) => n.type)).toEqual(['text', 'emphasis']);
    expect(parseInline('1. Oktober').map((n) => n.type)).toEqual(['text']);
  });
});
