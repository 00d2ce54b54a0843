/**
 * Fixture cases: tests/source/fixtures/<case>/input.(md|txt) → expected.json (blocks and segments).
 * UPDATE_FIXTURES=1 rewrites expected.json from the current output; review the diff before keeping it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/source/decode.ts';
import { readSource } from '../../src/source/read-source.ts';
import { segmentDocument } from '../../src/source/segment-document.ts';

const root = join(import.meta.dirname, 'fixtures');

describe('source fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const input = readdirSync(join(root, name)).find((file) => file.startsWith('input.'));
    if (!input) continue;
    it(name, () => {
      const extension = input.slice('input'.length);
      const text = decodeSource(input, readFileSync(join(root, name, input)));
      const doc = readSource(`source/${name}${extension}`, text);
      const actual = {
        slug: doc.slug,
        format: doc.format,
        frontMatter: doc.frontMatter,
        blocks: doc.blocks,
        segments: segmentDocument(doc).map(({ id: _id, ...rest }) => rest),
      };
      const expectedPath = join(root, name, 'expected.json');
      if (process.env.UPDATE_FIXTURES === '1' || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      // Every segment is found in the file exactly where it says it starts.
      const lines = text.split('\n');
      for (const segment of actual.segments) {
        const firstLine = segment.text.split('\n')[0]!;
        expect(lines[segment.line - 1]!.slice(segment.column - 1)).toMatch(new RegExp(`^${escapeRegExp(firstLine)}`));
      }
    });
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
