/**
 * What a check keeps of each file while it goes on to the next: its facts and findings, never the file's text. A
 * string the YAML parser or a rule made is often a slice of the whole text (or a chain of concatenations), and a
 * kept slice keeps all of it alive — at 1,000 articles that was a quarter of the memory a check held.
 */
import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/file-findings.ts';
import { KeptStrings } from '../../src/check/kept-strings.ts';
import { loadGlossary } from '../../src/glossary/index.ts';
import { parseTranslationFile } from '../../src/store/index.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe('the facts a check keeps of a file', () => {
  it('keep nothing of the file’s text: a file with 16 MB of comments leaves less than 1 MB behind', async () => {
    const glossary = loadGlossary(await readFile(`${PROJECT_ROOT}/glossary.yaml`, 'utf8'), 'glossary.yaml');
    const sample = await readFile(`${PROJECT_ROOT}/translations/en/kim-russland.yaml`, 'utf8');
    const before = heapAfterCollection();
    const facts = (() => {
      // The comment is 8 million characters of UTF-16 (two bytes each): a text kept alive behind a slice shows as 16 MB.
      const text = `${sample}# ${'Anmerkung – '.repeat(8_000_000 / 12)}\n`;
      return checkFile(parseTranslationFile(text, 'translations/en/kim-russland.yaml'), glossary, {});
    })();
    const kept = heapAfterCollection() - before;
    expect(facts.segments.filter(Boolean).length).toBeGreaterThan(5);
    expect(facts.segments.find(Boolean)!.entry.source).toBe('Kim Jong-un sichert Russland volle Unterstützung im Ukraine-Krieg zu');
    expect(kept).toBeLessThan(1 << 20);
  });

  it('keep a text met twice once, equal to what it was, lone surrogates included', () => {
    const strings = new KeptStrings();
    const text = `Der ${'sehr '.repeat(3)}lange Satz`;
    const kept = strings.keep(text.slice(4));
    expect(kept).toBe('sehr sehr sehr lange Satz');
    expect(Object.is(strings.keep(`sehr sehr ${'sehr lange Satz'}`), kept)).toBe(true);
    expect(strings.keep('ein \ud800 allein')).toBe('ein \ud800 allein');
    expect(strings.keep('평양에서 \ud83d\ude00')).toBe('평양에서 😀');
    expect(strings.keep('')).toBe('');
  });
});
