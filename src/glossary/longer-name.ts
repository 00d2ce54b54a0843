/**
 * A person's name form followed by more of a name is part of a longer name the glossary does not know:
 * `Kim` in `Kim Jong Il` or `Kim Yo Jong` is not Kim Jong Un, `Lee` in `Lee Hae-chan` not Lee Jae-myung.
 *
 * German capitalises every noun (`ob Kim Truppen schickt`), so "followed by a capitalised word" would drop
 * real mentions. A name part is narrower: a capitalised word of at most five letters (a romanised syllable:
 * `Jong`, `Yo`, `Il`, `Myung`) that is either hyphen-joined to a lower-case syllable (`Jong-il`, `Hae-chan`)
 * or followed by another such word (`Jong Il`, `Yo Jong`). One-word given names (`Kim Jongil`) are not
 * recognised: add such a person to the glossary.
 */

const NAME_SYLLABLE = /^[ \t\u00a0]([A-Z][a-z]{0,4})(?=[^\p{L}\p{M}\p{N}]|$)/u;
const HYPHENED_SYLLABLE = /^[-\u2011][a-z]/;

export function continuesAsLongerName(text: string, end: number): boolean {
  const first = NAME_SYLLABLE.exec(text.slice(end, end + 8));
  if (!first) return false;
  const afterFirst = end + first[0].length;
  if (HYPHENED_SYLLABLE.test(text.slice(afterFirst, afterFirst + 2))) return true;
  return NAME_SYLLABLE.test(text.slice(afterFirst, afterFirst + 8));
}
