/** The sample article: source/kim-russland.md against the newsroom copy it was made from (fixtures/kim-russland/seed.txt). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/source/decode.ts';
import { readSource } from '../../src/source/read-source.ts';
import { segmentDocument } from '../../src/source/segment-document.ts';
import { readSeed, SEED_SENTENCES } from '../helpers/kim-russland-seed.ts';

const repo = join(import.meta.dirname, '..', '..');
const fileText = decodeSource('source/kim-russland.md', readFileSync(join(repo, 'source', 'kim-russland.md')));
const seedLines = readSeed()
  .split('\n')
  .filter((line) => line !== '');
const doc = readSource('source/kim-russland.md', fileText);
const segments = segmentDocument(doc);

describe('source/kim-russland.md', () => {
  it('has the front matter of the seed', () => {
    expect(doc.slug).toBe('kim-russland');
    expect(doc.format).toBe('markdown');
    expect(doc.frontMatter).toEqual({
      title: seedLines[0],
      outlet: 'RENEWZ.de',
      image_credit: 'rodong.rep.kp',
      lang: 'de',
    });
    expect(seedLines.at(-1)).toBe('Bild von rodong.rep.kp');
    expect(fileText).not.toContain('Bild von');
  });

  it('keeps every line of the German text unchanged, one block each', () => {
    const body = seedLines.slice(1, -1);
    expect(doc.blocks.map((block) => block.text)).toEqual([seedLines[0], ...body]);
    expect(doc.blocks.map((block) => block.kind)).toEqual([
      'title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph',
      'heading', 'paragraph', 'paragraph', 'paragraph',
    ]);
    expect(doc.blocks[6]).toMatchObject({ text: 'Russlands Hilfe für Nordkorea', depth: 2 });
    expect(doc.blocks[1]!.text).toContain('unterstützen.Das berichtet');
    expect(doc.blocks[2]!.text).toContain('„uneingeschränkt“');
    expect(doc.blocks[3]!.text).toContain('zusammen – ein liberaler');
  });

  it('places every block where its text starts in the file', () => {
    const lines = fileText.split('\n');
    expect(doc.blocks[0]).toMatchObject({ line: 2, column: 8 });
    for (const block of doc.blocks) {
      expect(lines[block.line - 1]!.slice(block.column - 1)).toBe(block.text);
    }
  });

  it('splits into sentences: RENEWZ.de stays whole, unterstützen.Das is split', () => {
    // The image credit, the seed's last line, went into the front matter.
    expect(segments.map((segment) => segment.text)).toEqual(SEED_SENTENCES.slice(0, -1));
  });

  it('starts every segment at its line and column in the file', () => {
    const lines = fileText.split('\n');
    for (const segment of segments) {
      const at = lines[segment.line - 1]!.slice(segment.column - 1, segment.column - 1 + segment.text.length);
      expect(at).toBe(segment.text);
    }
    expect(segments[2]).toMatchObject({ line: 8, column: 142, blockIndex: 1 });
  });

  it('gives every segment a distinct id', () => {
    expect(new Set(segments.map((segment) => segment.id)).size).toBe(segments.length);
    for (const segment of segments) expect(segment.id).toMatch(/^s[0-9a-f]{10}$/);
  });
});
