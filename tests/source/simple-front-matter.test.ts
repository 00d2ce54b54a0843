import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument, Scalar } from 'yaml';
import { readSimpleFrontMatter } from '../../src/source/simple-front-matter.ts';
import { readMarkdown } from '../../src/source/read-markdown.ts';

const keys = fc.constantFrom('title', 'outlet', 'author', 'x-id', 'true', 'Null', 'y', 'no', '__proto__', 'a b', '1');
const pieces = ['Bericht', ' ', '12', ': ', ':', '#', ' #', '"', "'", '\\', '\t', 'true', 'null', 'no', '~', '-', '- ', '.5', '[x]', '{y}', '&a', '*b', '!', '|', '>', '%', '@', '`', '김정은', '😀', '\u00a0', '\u2028', 'é', ',', '?'];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 6 }).map((parts) => parts.join(''));
const line = fc.tuple(keys, text, fc.constantFrom('plain', 'double', 'single')).map(([key, value, style]) =>
  `${key}: ${style === 'double' ? `"${value}"` : style === 'single' ? `'${value}'` : value}`);

describe('simple front matter', () => {
  it('reads exactly what yaml reads, with each value where yaml finds it, or leaves the text to yaml', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const yaml = lines.join('\n');
        const simple = readSimpleFrontMatter(yaml);
        if (simple === undefined) return;
        taken++;
        const doc = parseDocument(yaml, { prettyErrors: false });
        expect(doc.errors).toEqual([]);
        expect(doc.toJS()).toEqual(simple.values);
        expect(isMap(doc.contents)).toBe(true);
        for (const key of Object.keys(simple.values)) {
          const node = doc.get(key, true) as Scalar;
          expect(isScalar(node) && typeof node.value === 'string').toBe(true);
          const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
          expect(simple.offsets[key]).toBe(node.range![0] + (quoted ? 1 : 0));
        }
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(100);
  });

  it('takes the usual front matter of an article (a quoted title with a colon, a plain outlet)', () => {
    expect(readSimpleFrontMatter('title: "Bericht 1: Kim erklärte"\noutlet: Testzeitung')).toEqual({
      values: { title: 'Bericht 1: Kim erklärte', outlet: 'Testzeitung' },
      offsets: { title: 8, outlet: 41 },
    });
    const article = readMarkdown('a.md', '---\ntitle: "Bericht 1: Kim erklärte"\noutlet: Testzeitung\n---\n\nText.\n');
    expect(article.frontMatter).toEqual({ title: 'Bericht 1: Kim erklärte', outlet: 'Testzeitung' });
    expect(article.blocks[0]).toMatchObject({ kind: 'title', text: 'Bericht 1: Kim erklärte', line: 2, column: 9 });
  });
});
