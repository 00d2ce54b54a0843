/** The repository index and the abbreviation counts are written as JSON in pieces: the same text, never one string. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonFileText, jsonPieces } from '../../src/pipeline/survey/json-pieces.ts';
import { RunCache, CACHE_FILE } from '../../src/pipeline/survey/run-cache.ts';

const withUndefined = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.constant(undefined), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.string(), tie('value'), { maxKeys: 5 }),
}));

describe('jsonPieces', () => {
  it('joins to exactly what JSON.stringify writes, at any depth, members left undefined included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), withUndefined.object, withUndefined.array), fc.integer({ min: 0, max: 4 }), (value, depth) => {
        expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value));
      }),
    );
  });

  it('cuts a large index into pieces of about 64 KB, made one at a time', () => {
    const files = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`en:source/artikel-${i}.md`, { key: `${i}`.padStart(32, '0'), counts: { machine: i } }]));
    const value = { version: 'v', files };
    const pieces = jsonFileText(value);
    const first = pieces.next().value!;
    expect(first.length).toBeGreaterThanOrEqual(1 << 16);
    expect(first.length).toBeLessThan((1 << 16) + 200);
    const rest = [...pieces];
    expect(rest.length).toBeGreaterThan(20);
    expect(Math.max(...rest.map((piece) => piece.length))).toBeLessThan((1 << 16) + 200);
    expect(first + rest.join('')).toBe(`${JSON.stringify(value)}\n`);
  });

  it('writes the repository index a run reads back', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dolmetsch-json-pieces-'));
    const cache = await RunCache.read(root, 'tool');
    for (let i = 0; i < 3000; i++) cache.record('en', `source/artikel-${i}.md`, `${i}`.padStart(32, '0'), { new: 0, machine: i, edited: 0, reviewed: 0, stale: 0 });
    await cache.write(root);
    const text = await readFile(path.join(root, CACHE_FILE), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).files['en:source/artikel-2999.md'].counts.machine).toBe(2999);
    const again = await RunCache.read(root, 'tool');
    expect(again.lookup('en', 'source/artikel-2999.md', `${2999}`.padStart(32, '0'))?.machine).toBe(2999);
  });
});
