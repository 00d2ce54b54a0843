/** Ids and machine hashes are stored in files people keep: the one-call digest must be the digest they were made with. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, sha256Hex } from '../../src/core/hash.ts';
import { bytesHash } from '../../src/workspace/file-stamps.ts';

const awkward = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.array(fc.constantFrom('a', 'ü', 'u\u0308', '„', '"', "'", ':', '#', ' ', '\n', '\r\n', '🎉', '평양', '\u0000', '\ud800', 'no', '0x1F'), { maxLength: 30 }).map((parts) => parts.join('')),
);

describe('sha256Hex', () => {
  it('gives the digest createHash gives, for texts (UTF-8, lone surrogates included) and bytes', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
        const bytes = new TextEncoder().encode(text);
        expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
        expect(contentHash(text)).toBe(createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex').slice(0, 12));
        expect(bytesHash(text)).toBe(createHash('sha256').update(text).digest('hex').slice(0, 32));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the ids files already hold', () => {
    expect(contentHash('Kim Jong-un reiste nach Moskau.')).toBe(createHash('sha256').update('Kim Jong-un reiste nach Moskau.').digest('hex').slice(0, 12));
    expect(contentHash('u\u0308ber')).toBe(contentHash('über'));
  });
});
