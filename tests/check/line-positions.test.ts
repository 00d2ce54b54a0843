/**
 * A check locates the fields of a file in dolmetsch's own layout from its lines, without a yaml document, and every
 * location (spans inside a target included) is the one the yaml document gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/file-findings.ts';
import { readForCheck } from '../../src/check/line-positions.ts';
import { fieldLocation } from '../../src/check/scalar-position.ts';
import type { TranslationFile } from '../../src/core/translation.ts';
import { loadGlossary } from '../../src/glossary/index.ts';
import { parseTranslationFile, serializeTranslationFile } from '../../src/store/index.ts';

const glossary = loadGlossary(readFileSync(new URL('../../glossary.yaml', import.meta.url), 'utf8'), 'glossary.yaml');
const PATH = 'translations/en/bericht.yaml';

const model: TranslationFile = {
  article: 'bericht', language: 'en', source: 'source/bericht.md',
  segments: [
    { id: 's1', source: 'Kim Jong-un traf Putin am 3. Juni in Pjöngjang.', target: 'Kim Jong-un met Putin on June 4 in Pjöngjang.', status: 'machine', machine: { provider: 'pseudo', hash: 'h1' } },
    { id: 's2', source: 'Die Kosten: 7,25 Prozent von 12.000 Euro.', target: "Costs: 7.52 percent of 12.000 euros, 'quoted'", status: 'edited' },
    { id: 's3', source: '„Wir kommen“, sagte Schoigu.', target: '„We are coming“, said Shoygu.', status: 'reviewed', review: 'check the quote' },
    { id: 's4', source: 'Zeile mit Escape.', target: 'Line with a zero\u200bwidth space and Shoygu.', status: 'machine', machine: { provider: 'pseudo', hash: 'h4' } },
    { id: 's5', source: 'Noch nichts.', target: '', status: 'new' },
    { id: 's6', source: 'Alt 3 Tage.', target: 'Old 4 days.', status: 'stale', previousSource: 'Alt 2 Tage.' },
    { id: 's7', source: '*Schoigu* sagte: 5 Mio.', target: "*Shoygu* said: 6 million, it's 'so'", status: 'edited' },
  ],
};
/** As dolmetsch writes it, with a person's comments and blank lines between entries. */
const text = serializeTranslationFile(model).replace('  - id: s3', '  # a person’s note\n\n  - id: s3').replace('  - id: s6', '\n  - id: s6');

function countingParse() {
  const calls = { count: 0 };
  const parse = (t: string, p: string) => {
    calls.count += 1;
    return parseTranslationFile(t, p);
  };
  return { calls, parse };
}

describe('locations from a file’s lines', () => {
  it('are the yaml document’s for every field of every segment, and for spans inside each value', () => {
    const { calls, parse } = countingParse();
    const fromLines = readForCheck(text, PATH, parse);
    const fromYaml = parseTranslationFile(text, PATH);
    expect(fromLines.model).toEqual(fromYaml.model);
    for (let index = 0; index < model.segments.length; index++) {
      for (const field of ['target', 'source', 'status', 'review', 'previousSource', 'machine', undefined]) {
        expect(fieldLocation(fromLines, index, field), `${index} ${field}`).toEqual(fieldLocation(fromYaml, index, field));
        for (const span of [{ start: 0, end: 3 }, { start: 5, end: 9 }]) {
          expect(fieldLocation(fromLines, index, field, span), `${index} ${field} ${span.start}`).toEqual(fieldLocation(fromYaml, index, field, span));
        }
      }
    }
    // Only a field a segment does not have (the segment itself is located) needed the yaml document, parsed once.
    expect(calls.count).toBe(1);
  });

  it('give a check of a file in dolmetsch’s layout its findings without parsing it with yaml', () => {
    const { calls, parse } = countingParse();
    const withoutYaml = checkFile(readForCheck(text, PATH, parse), glossary, {});
    expect(calls.count).toBe(0);
    const withYaml = checkFile(parseTranslationFile(text, PATH), glossary, {});
    expect(withoutYaml.findings.length).toBeGreaterThan(8);
    expect(new Set(withoutYaml.findings.map((f) => f.diagnostic.ruleId)).size).toBeGreaterThan(4);
    expect(withoutYaml).toEqual(withYaml);
  });

  it('leaves a file in another layout to yaml at once', () => {
    const { calls, parse } = countingParse();
    const commented = text.replace('status: edited', 'status: edited # by hand');
    const parsed = readForCheck(commented, PATH, parse);
    expect(calls.count).toBe(1);
    expect(checkFile(parsed, glossary, {})).toEqual(checkFile(parseTranslationFile(commented, PATH), glossary, {}));
  });
});
