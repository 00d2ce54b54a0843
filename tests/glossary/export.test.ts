import { describe, expect, it } from 'vitest';
import { exportGlossary } from '../../src/glossary/export.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { entry, glossaryOf } from './inline-glossary.ts';

const entries =
  entry('shoigu', '{ term: Sergej Schoygu, variants: [" Sergej Schoigu "], short: [Schoygu, Schoigu], derive: [genitive-s] }',
    '{ preferred: Sergei Shoigu, short: Shoigu }', '{ preferred: 세르게이 쇼이구, short: 쇼이구 }') +
  entry('un', '{ term: UN-Sanktionen, forms: [UN-Sanktion], short: [UN] }', '{ preferred: UN sanctions, short: UN }', '{ preferred: 유엔 제재, short: 유엔 }') +
  entry('bloomberg', '{ term: Bloomberg }', '{ dnt: true }', '{ preferred: 블룸버그 }');

describe('export', () => {
  const exported = glossaryOf(entries).export();

  it('maps every listed German form to the preferred target, short forms to the short target, dnt to itself', () => {
    expect(exported.pairs.en).toEqual([
      { source: 'Bloomberg', target: 'Bloomberg' },
      { source: 'Schoigu', target: 'Shoigu' },
      { source: 'Schoygu', target: 'Shoigu' },
      { source: 'Sergej Schoigu', target: 'Sergei Shoigu' },
      { source: 'Sergej Schoygu', target: 'Sergei Shoigu' },
      { source: 'UN', target: 'UN' },
      { source: 'UN-Sanktion', target: 'UN sanctions' },
      { source: 'UN-Sanktionen', target: 'UN sanctions' },
    ]);
    expect(exported.pairs.ko).toContainEqual({ source: 'Bloomberg', target: '블룸버그' });
    expect(exported.pairs.ko).toContainEqual({ source: 'Schoygu', target: '쇼이구' });
  });

  it('leaves derived forms out (DeepL inflects glossary terms itself)', () => {
    expect(exported.pairs.en!.map((p) => p.source)).not.toContain('Schoygus');
  });

  it('trims and de-duplicates by German source, the first entry winning', () => {
    const [shoigu, un] = glossaryOf(entries).entries;
    const clash = { ...un!, id: 'clash', de: { ...un!.de, term: ' Schoygu ', forms: [], short: [] } };
    const pairs = exportGlossary([shoigu!, clash]).pairs.en!;
    expect(pairs.filter((p) => p.source === 'Schoygu')).toEqual([{ source: 'Schoygu', target: 'Shoigu' }]);
  });

  it('keeps its hash when only order, comments or layout change, and changes it with any pair', () => {
    const reordered = entries.split('  - id: ').filter(Boolean).reverse().map((e) => `  - id: ${e}`).join('');
    const same = glossaryOf(`# a comment\n${reordered}`).export();
    expect(same.hash).toBe(exported.hash);
    expect(same.hash).toMatch(/^[0-9a-f]{12}$/);
    const changed = glossaryOf(entries.replace('short: 쇼이구', 'short: 쇼이그')).export();
    expect(changed.hash).not.toBe(exported.hash);
    const sameText = loadGlossary(`version: 1\nentries:\n${entries}`, 'other/path.yaml').export();
    expect(sameText).toEqual(exported);
  });
});
