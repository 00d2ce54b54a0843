import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8Byte, invalidUtf8Diagnostic } from '../../src/text-input/invalid-utf8.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array): boolean => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};
// Pieces that make valid and broken sequences likely: ASCII, ü, 김, an emoji, overlong, surrogate, > U+10FFFF, stray bytes.
const chunk = fc.constantFrom([0x41], [0xc3, 0xbc], [0xea, 0xb9, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xe2, 0x82], [0xfc]);
const bytes = fc.array(chunk, { maxLength: 12 }).map((chunks) => Uint8Array.from(chunks.flat()));

describe('invalid UTF-8', () => {
  it('finds a problem exactly when a strict UTF-8 decoder refuses the bytes (the native check and the scan agree)', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        expect(invalidUtf8Diagnostic('a.md', input, 'source-encoding') === undefined).toBe(decodes(input));
        expect(firstInvalidUtf8Byte(input) === -1).toBe(decodes(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('still says where the stray byte is in a file that is otherwise UTF-8', () => {
    const input = Uint8Array.from([...Buffer.from('Grüße\nab'), 0x80, ...Buffer.from('c')]);
    expect(firstInvalidUtf8Byte(input)).toBe(10);
    expect(invalidUtf8Diagnostic('a.md', input, 'source-encoding')).toMatchObject({ line: 2, column: 3 });
  });
});
