import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixtureNames(kind: 'valid' | 'invalid'): string[] {
  return readdirSync(join(FIXTURES, kind)).sort();
}

export function readFixture(kind: 'valid' | 'invalid', name: string, file: string): string {
  return readFileSync(join(FIXTURES, kind, name, file), 'utf8');
}

/** Where each valid fixture pretends to live (the folder decides the language check). */
export const VALID_PATHS: Record<string, string> = {
  'hand-edited': 'translations/en/kim-russland.yaml',
  unindented: 'translations/ko/short-news.yaml',
  generated: 'translations/en/kim-russland.yaml',
  memory: 'translations/memory/en.yaml',
};

/** Comment lines, trimmed: what a translator wrote that is not data. */
export function commentLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.startsWith('#'));
}

/** Lines of `after` that differ from `before`, compared line by line (same line count expected). */
export function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [`line count ${a.length} → ${b.length}`];
  return b.filter((line, i) => line !== a[i]);
}
