/**
 * The German of an article is worked out once for its language files (src/check/german-side.ts): the en and ko
 * file hold the same German, and its plain text, glossary matches, numbers and dates were found once per file.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { articleByArticle } from '../../src/check/check-repository.ts';
import { createContext } from '../../src/check/context.ts';
import { GermanMemo } from '../../src/check/german-side.ts';
import type { SegmentView } from '../../src/check/types.ts';
import { loadGlossary } from '../../src/glossary/index.ts';
import { parseTranslationFile } from '../../src/store/index.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';

async function sample(language: 'en' | 'ko') {
  const file = `translations/${language}/kim-russland.yaml`;
  return parseTranslationFile(await readFile(`${PROJECT_ROOT}/${file}`, 'utf8'), file);
}

/** Everything a view works out from its German, asked as the rules ask it. */
function german(view: SegmentView) {
  return { plain: view.sourcePlain, matches: view.germanMatches, numbers: view.sourceNumbers, dates: view.sourceDates };
}

describe('the German side of a check', () => {
  it('is worked out once for an article’s files: the ko file’s views take what the en file’s found', async () => {
    const glossary = loadGlossary(await readFile(`${PROJECT_ROOT}/glossary.yaml`, 'utf8'), 'glossary.yaml');
    const memo = new GermanMemo();
    const en = createContext({ glossary, files: [await sample('en')] }, memo).segments;
    const found = en.map(german);
    memo.nextFile();
    const ko = createContext({ glossary, files: [await sample('ko')] }, memo).segments;
    expect(ko.length).toBe(en.length);
    expect(found.some(({ numbers }) => numbers.numbers.length > 0)).toBe(true);
    expect(found.some(({ matches }) => matches.length > 0)).toBe(true);
    ko.forEach((view, index) => {
      expect(view.entry.source).toBe(en[index]!.entry.source);
      const shared = german(view);
      // The very objects, not equal copies: nothing was worked out again.
      expect(shared.matches).toBe(found[index]!.matches);
      expect(shared.numbers).toBe(found[index]!.numbers);
      expect(shared.dates).toBe(found[index]!.dates);
      expect(shared.plain).toBe(found[index]!.plain);
    });
    // Without a memo (runCheck) every view works its German out itself, to the same result.
    const alone = createContext({ glossary, files: [await sample('ko')] }).segments.map(german);
    expect(alone).toEqual(found);
    expect(alone[0]!.numbers).not.toBe(found[0]!.numbers);
  });

  it('keeps the German of two files only: the file checked last and the one being checked', async () => {
    const glossary = loadGlossary(await readFile(`${PROJECT_ROOT}/glossary.yaml`, 'utf8'), 'glossary.yaml');
    const memo = new GermanMemo();
    const first = createContext({ glossary, files: [await sample('en')] }, memo).segments.map(german);
    memo.nextFile();
    memo.nextFile();
    const later = createContext({ glossary, files: [await sample('ko')] }, memo).segments.map(german);
    expect(later).toEqual(first);
    expect(later[0]!.numbers).not.toBe(first[0]!.numbers);
  });

  it('meets an article’s files one after another, in any layout', () => {
    const files = ['translations/en/a.yaml', 'translations/en/b/c.yaml', 'translations/en/d.yaml', 'translations/ko/a.yaml', 'translations/ko/b/c.yaml', 'translations/ko/e.yaml'];
    expect(articleByArticle(files, ['en', 'ko'])).toEqual([
      'translations/en/a.yaml', 'translations/ko/a.yaml', 'translations/en/b/c.yaml', 'translations/ko/b/c.yaml', 'translations/en/d.yaml', 'translations/ko/e.yaml',
    ]);
    const layout = { sourceDir: 'quellen', translationsDir: 'out', glossaryFile: 'glossary.yaml' };
    expect(articleByArticle(['out/en/x.yaml', 'out/en/y.yaml', 'out/ko/x.yaml'], ['en', 'ko'], layout)).toEqual(['out/en/x.yaml', 'out/ko/x.yaml', 'out/en/y.yaml']);
  });
});
