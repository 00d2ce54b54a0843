/**
 * Korean and English forms that are translations, not sound-alikes, and the evidence that still finds them in
 * the aligned segments: the CLDR name of a country (북한, 미국; a word inside the long form: 한국 in 대한민국),
 * a name kept in Latin letters (RENEWZ.de는), and a single word ending in the Korean of the name's generic head
 * (Demokratische Partei → 더불어민주당). Each needs half the name's segments, as the sound rule does.
 */
import type { TargetLanguage } from '../core/translation.ts';
import type { FormIndex } from './proposals.ts';
import type { AlignedSegment, TargetProposal } from './types.ts';

const SHARE = 0.5;
const HANGUL_WORD = /^[\uac00-\ud7a3]+$/u;

type Basis = 'person' | 'machine';

function proposal(form: string, count: number, of: number, confidence: number, basis: Basis): TargetProposal {
  return { form, count, of, confidence: Math.round(Math.min(1, confidence) * 100) / 100, basis };
}

/** At least half of the segments with the form have the name: a word that stands everywhere says nothing. */
function mostlyWithName(count: number, frequency: number): boolean {
  return count >= 0.5 * frequency;
}

/**
 * A CLDR name of the region the German names, as the segments write it: the name itself, or (Korean) a word of
 * two syllables or more inside it that occurs mostly where the German name does (한국 in 대한민국, not 대한 of
 * `에 대한`).
 */
export function byKnownName(lang: TargetLanguage, segments: readonly AlignedSegment[], index: FormIndex, basis: Basis, known: readonly string[]): TargetProposal | undefined {
  const found = new Map<string, { count: number; exact: boolean }>();
  for (const segment of segments) {
    for (const form of index.forms(segment)) {
      const exact = known.includes(form);
      const inside = !exact && lang === 'ko' && HANGUL_WORD.test(form) && form.length >= 2 && known.some((name) => name.includes(form));
      if (!exact && !inside) continue;
      const entry = found.get(form) ?? { count: 0, exact };
      entry.count += 1;
      found.set(form, entry);
    }
  }
  let winner: { form: string; count: number; exact: boolean } | undefined;
  for (const [form, { count, exact }] of found) {
    if (!exact && !mostlyWithName(count, index.frequency(form, basis))) continue;
    const better = !winner || count > winner.count || (count === winner.count && exact && !winner.exact);
    if (better) winner = { form, count, exact };
  }
  if (!winner || winner.count < SHARE * segments.length) return undefined;
  return proposal(winner.form, winner.count, segments.length, 0.6 + 0.4 * (winner.count / segments.length), basis);
}

/** The German name kept as it is in the Korean text (RENEWZ.de는, KCNA가): only for a name in Latin letters. */
export function byKeptName(segments: readonly AlignedSegment[], basis: Basis, term: string): TargetProposal | undefined {
  if (!/\p{Script=Latin}/u.test(term) || !segments.some((segment) => segment.targets.ko!.text.includes(term))) return undefined;
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const kept = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{Script=Latin}\\p{N}])`, 'u');
  const count = segments.filter((segment) => segment.targets.ko!.text.includes(term) && kept.test(segment.targets.ko!.text)).length;
  if (count === 0 || count < SHARE * segments.length) return undefined;
  return proposal(term, count, segments.length, 0.5 + 0.5 * (count / segments.length), basis);
}

/**
 * One Korean word that ends in the Korean of the name's generic head and has more before it (더불어민주당 for a
 * `Partei`, 한반도 for a `Halbinsel`), seen mostly where the name is. Two such words in the name's segments
 * equally often: no proposal.
 */
export function byKoreanHead(segments: readonly AlignedSegment[], index: FormIndex, basis: Basis, heads: readonly string[]): TargetProposal | undefined {
  const counts = new Map<string, number>();
  for (const segment of segments) {
    for (const form of index.forms(segment)) {
      if (!HANGUL_WORD.test(form) || !heads.some((head) => form.endsWith(head) && form.length > head.length)) continue;
      counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }
  const ranked = [...counts]
    .filter(([form, count]) => mostlyWithName(count, index.frequency(form, basis)))
    .sort((a, b) => b[1] - a[1]);
  const [top, rival] = ranked;
  if (!top || top[1] < SHARE * segments.length || (rival && rival[1] === top[1])) return undefined;
  return proposal(top[0], top[1], segments.length, 0.5 * (top[1] / (top[1] + 1)) + 0.3, basis);
}
