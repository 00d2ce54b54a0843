import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/hash.ts';
import { readSource } from '../../src/source/read-source.ts';
import { segmentDocument, sentenceRanges } from '../../src/source/segment-document.ts';
import { segmentId, segmentIds } from '../../src/source/segment-id.ts';

const segmentsOf = (markdown: string) => segmentDocument(readSource('source/a.md', markdown));
const textsOf = (markdown: string) => segmentsOf(markdown).map((segment) => segment.text);

describe('segmentDocument', () => {
  it('never splits emphasis, strong, links or code across segments', () => {
    expect(textsOf('Er sagte **das ist so. Und so.** Dann ging er.\n')).toEqual([
      'Er sagte **das ist so. Und so.**',
      'Dann ging er.',
    ]);
    expect(textsOf('Sie las [den Bericht. Und mehr](http://x.de). Dann `a. b` lief. Gut.\n')).toEqual([
      'Sie las [den Bericht. Und mehr](http://x.de).',
      'Dann `a. b` lief.',
      'Gut.',
    ]);
  });

  it('keeps markup that opens a sentence with that sentence', () => {
    expect(textsOf('Erster Satz. *Zweiter Satz.* Dritter [Satz](u).\n')).toEqual([
      'Erster Satz.',
      '*Zweiter Satz.*',
      'Dritter [Satz](u).',
    ]);
  });

  it('treats a paragraph wrapped over lines as one paragraph, with segments at their own line', () => {
    const segments = segmentsOf('Ein Satz, der\numbrochen ist. Noch\neiner.\n');
    expect(segments.map(({ text, line, column }) => ({ text, line, column }))).toEqual([
      { text: 'Ein Satz, der\numbrochen ist.', line: 1, column: 1 },
      { text: 'Noch\neiner.', line: 2, column: 16 },
    ]);
  });

  it('cuts a sentence ending at a hard break without leaving the break behind', () => {
    expect(textsOf('Eins.\\\nZwei.  \nDrei.\n')).toEqual(['Eins.', 'Zwei.', 'Drei.']);
  });

  it('keeps a block without words (an image alone) as one segment so nothing is lost', () => {
    expect(textsOf('![Bild](x.png)\n')).toEqual(['![Bild](x.png)']);
  });

  it('numbers repeated sentences -2, -3 in order of appearance', () => {
    const segments = segmentsOf('Ja. Nein.\n\nJa.\n\n- Ja.\n');
    const base = segmentId('Ja.');
    expect(segments.map((segment) => segment.id)).toEqual([base, segmentId('Nein.'), `${base}-2`, `${base}-3`]);
  });

  it('changes no other id when a paragraph is inserted', () => {
    const before = segmentsOf('Erster Satz. Zweiter Satz.\n\nDritter Satz.\n');
    const after = segmentsOf('Neuer Absatz. Mit zwei Sätzen.\n\nErster Satz. Zweiter Satz.\n\nEingeschoben.\n\nDritter Satz.\n');
    const idsAfter = new Map(after.map((segment) => [segment.text, segment.id]));
    for (const segment of before) expect(idsAfter.get(segment.text)).toBe(segment.id);
    expect(after).toHaveLength(before.length + 3);
  });
});

describe('segmentId', () => {
  it('is s + 10 hex of the whitespace-normalised text', () => {
    expect(segmentId('Ein  Satz\n ist   hier. ')).toBe('s' + contentHash('Ein Satz ist hier.', 10));
    expect(segmentId('Ein Satz ist hier.')).toBe(segmentId(' Ein\tSatz ist\nhier.'));
    expect(segmentId('Ein Satz.')).not.toBe(segmentId('Ein Satz!'));
  });

  it('suffixes repeats by normalised text', () => {
    expect(segmentIds(['A.', 'B.', 'A.', ' A. '])).toEqual([segmentId('A.'), segmentId('B.'), `${segmentId('A.')}-2`, `${segmentId('A.')}-3`]);
  });
});

describe('sentenceRanges', () => {
  it('returns trimmed ranges of the Markdown', () => {
    const markdown = 'Eins.   Zwei.';
    expect(sentenceRanges(markdown).map((r) => markdown.slice(r.start, r.end))).toEqual(['Eins.', 'Zwei.']);
  });
});
