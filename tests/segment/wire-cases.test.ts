/**
 * Wire-copy cases for issue 16 (tests/segment/wire-cases.txt): abbreviations outside the list, brackets, results
 * lists, minute marks, initials, domains and handles, and traps where a boundary is right.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.ts';

interface WireCase { id: string; tags: string[]; text: string; expected: string[] }

const MARK = ' ‖ ';

function parseCases(source: string): WireCase[] {
  return source.split('\n').filter((line) => line.trim() && !line.startsWith('#')).map((line) => {
    const [id, tags, ...rest] = line.split(' | ');
    const marked = rest.join(' | ');
    const text = marked.split(MARK).join(' ').split('‖').join('');
    return { id: id!.trim(), tags: tags!.split(','), text, expected: marked.split(/ ?‖ ?/) };
  });
}

const cases = parseCases(readFileSync(new URL('./wire-cases.txt', import.meta.url), 'utf8'));

describe('wire-cases.txt', () => {
  it('holds at least 60 cases with unique ids, traps among them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    const tags = new Set(cases.flatMap((c) => c.tags));
    for (const tag of ['abbrev', 'paren', 'results', 'initials', 'url', 'tweet', 'sentence-end-after-abbrev', 'sentence-end-after-number']) {
      expect(tags, tag).toContain(tag);
    }
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(segment(c.text)).toEqual(c.expected);
  });
});
