import { describe, expect, it } from 'vitest';
import type { SourceSegment } from '../../src/core/document.ts';
import { contentHash } from '../../src/core/hash.ts';
import type { TranslationEntry } from '../../src/core/translation.ts';
import { isPersonTarget, planFile } from '../../src/pipeline/plan/merge-rules.ts';
import { segmentIds } from '../../src/source/index.ts';

function segments(...texts: string[]): SourceSegment[] {
  const ids = segmentIds(texts);
  return texts.map((text, index) => ({ id: ids[index]!, text, plain: text, blockIndex: index, line: index + 1, column: 1 }));
}

function machine(segment: SourceSegment, target = `EN ${segment.text}`): TranslationEntry {
  return { id: segment.id, source: segment.text, target, status: 'machine', machine: { provider: 'deepl', hash: contentHash(target) } };
}

const none = (n: number) => Array.from({ length: n }, () => []);

describe('planFile', () => {
  const [a, b, c] = segments('Der erste Satz steht hier.', 'Der zweite Satz folgt sogleich.', 'Ein dritter Satz zum Schluss.');

  it('asks for a target for every segment of a new file', () => {
    const plan = planFile('x', [a!, b!], none(2), []);
    expect(plan.entries.map((e) => e.status)).toEqual(['new', 'new']);
    expect(plan.needs).toEqual([
      { segmentIndex: 0, kind: 'target' },
      { segmentIndex: 1, kind: 'target' },
    ]);
  });

  it('keeps unchanged machine targets and asks for nothing', () => {
    const old = [machine(a!), machine(b!)];
    const plan = planFile('x', [a!, b!], none(2), old);
    expect(plan.entries).toEqual(old);
    expect(plan.needs).toEqual([]);
    expect(plan.removed).toEqual([]);
  });

  it('counts a changed machine target as a person\'s edit even with status machine', () => {
    const edited = { ...machine(a!), target: 'A better sentence.' };
    expect(isPersonTarget(edited)).toBe(true);
    const plan = planFile('x', [a!], none(1), [edited]);
    expect(plan.entries[0]).toMatchObject({ target: 'A better sentence.', status: 'edited' });
    expect(plan.needs).toEqual([]);
  });

  it('never overwrites edited or reviewed targets, and keeps order when paragraphs move', () => {
    const old: TranslationEntry[] = [
      { ...machine(a!), status: 'reviewed' },
      { ...machine(b!), target: 'Mine.', status: 'edited' },
      machine(c!),
    ];
    const plan = planFile('x', [c!, a!, b!], none(3), old);
    expect(plan.entries.map((e) => [e.id, e.status])).toEqual([
      [c!.id, 'machine'],
      [a!.id, 'reviewed'],
      [b!.id, 'edited'],
    ]);
    expect(plan.needs).toEqual([]);
  });

  it('marks a person\'s target stale when its German changes, keeping target and old German', () => {
    const old: TranslationEntry[] = [machine(a!), { ...machine(b!), target: 'Mine.', status: 'reviewed' }, machine(c!)];
    const [changed] = segments('Der zweite Satz folgt etwas später.');
    const plan = planFile('x', [a!, changed!, c!], none(3), old);
    expect(plan.entries[1]).toMatchObject({
      id: changed!.id,
      source: 'Der zweite Satz folgt etwas später.',
      target: 'Mine.',
      status: 'stale',
      previousSource: 'Der zweite Satz folgt sogleich.',
    });
    expect(plan.needs).toEqual([{ segmentIndex: 1, kind: 'suggestion' }]);
    expect(plan.removed).toEqual([]);
  });

  it('keeps the German the person translated when a stale segment changes again', () => {
    const [changed] = segments('Der zweite Satz folgt etwas später.');
    const stale: TranslationEntry = {
      id: changed!.id,
      source: changed!.text,
      target: 'Mine.',
      status: 'stale',
      previousSource: 'Der zweite Satz folgt sogleich.',
      suggestion: 'Old suggestion.',
    };
    const [again] = segments('Der zweite Satz folgt noch etwas später.');
    const plan = planFile('x', [again!], none(1), [stale]);
    expect(plan.entries[0]).toMatchObject({ status: 'stale', previousSource: 'Der zweite Satz folgt sogleich.', target: 'Mine.' });
    expect(plan.entries[0]!.suggestion).toBeUndefined();
    expect(plan.needs).toEqual([{ segmentIndex: 0, kind: 'suggestion' }]);
  });

  it('retranslates a changed sentence whose target nobody touched', () => {
    const [changed] = segments('Der zweite Satz folgt etwas später.');
    const plan = planFile('x', [a!, changed!], none(2), [machine(a!), machine(b!)]);
    expect(plan.entries[1]).toMatchObject({ status: 'new', target: '' });
    expect(plan.needs).toEqual([{ segmentIndex: 1, kind: 'target' }]);
  });

  it('clears the stale-only fields once a person resolves the segment', () => {
    const resolved: TranslationEntry = {
      id: a!.id,
      source: a!.text,
      target: 'Fixed.',
      status: 'reviewed',
      previousSource: 'Old German.',
      suggestion: 'Suggestion.',
    };
    const plan = planFile('x', [a!], none(1), [resolved]);
    expect(plan.entries[0]).toEqual({ id: a!.id, source: a!.text, target: 'Fixed.', status: 'reviewed' });
  });

  it('sends removed translations to the memory with their standing', () => {
    const old: TranslationEntry[] = [{ ...machine(a!), status: 'reviewed' }, machine(b!), { id: c!.id, source: c!.text, target: '', status: 'new' }];
    const plan = planFile('art', [], [], old);
    expect(plan.removed).toEqual([
      { source: a!.text, target: `EN ${a!.text}`, status: 'reviewed', article: 'art' },
      { source: b!.text, target: `EN ${b!.text}`, status: 'machine', machine: old[1]!.machine, article: 'art' },
    ]);
  });

  it('handles a sentence that occurs twice: each occurrence keeps its own translation', () => {
    const twice = segments('Ja.', 'Nein.', 'Ja.');
    expect(twice[0]!.id).not.toBe(twice[2]!.id);
    const old = [machine(twice[0]!, 'Yes.'), machine(twice[1]!), { ...machine(twice[2]!, 'Yes!'), status: 'reviewed' as const }];
    const plan = planFile('x', twice, none(3), old);
    expect(plan.entries.map((e) => e.target)).toEqual(['Yes.', 'EN Nein.', 'Yes!']);
  });

  it('lists the glossary entries that apply, and updates them when the glossary changes', () => {
    const plan = planFile('x', [a!], [['pyongyang', 'kim-jong-un']], [machine(a!)]);
    expect(plan.entries[0]!.glossary).toEqual(['pyongyang', 'kim-jong-un']);
    expect(planFile('x', [a!], [[]], plan.entries).entries[0]!.glossary).toBeUndefined();
  });
});
