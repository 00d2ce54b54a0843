/** The segmenter against our own cases in cases.json: each text must give exactly its expected sentences. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment, segmentSpans } from '../../src/segment/index.ts';

interface Case { id: string; text: string; expected: string[]; tags: string[] }

const cases = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8')) as Case[];

describe('cases.json', () => {
  it('holds at least 80 well-formed cases with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.tags.length, c.id).toBeGreaterThan(0);
      for (const sentence of c.expected) expect(c.text, c.id).toContain(sentence);
    }
  });

  it('covers every rule of the issue', () => {
    const tags = new Set(cases.flatMap((c) => c.tags));
    for (const tag of ['abbrev', 'ordinal', 'quote', 'url', 'initials', 'number', 'newline', 'missing-space',
      'sentence-end-after-number', 'sentence-end-after-abbrev', 'date', 'roman', 'colon', 'ellipsis']) {
      expect(tags, tag).toContain(tag);
    }
  });
});

describe('segment', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(segment(c.text)).toEqual(c.expected);
  });

  it('returns spans whose slices are the sentences', () => {
    const text = '  Er kam am 3. Juni.  Dann ging er.\n„Gut!“ ';
    const spans = segmentSpans(text);
    expect(spans).toEqual([
      { start: 2, end: 20 },
      { start: 22, end: 35 },
      { start: 36, end: 42 },
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(segment(text));
  });
});
