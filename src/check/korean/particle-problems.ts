/**
 * Particles that disagree with the final sound before them, in a Korean target: after every glossary term
 * the Korean matcher finds (`평양로` → `평양으로`), and after acronyms and numbers whose reading is certain
 * (`UN는` → `UN은`, `G7으로` → `G7로`). Never after Hangul in general: there a particle cannot be told
 * from the last syllable of a word (`아이`, `국가`, `있는`).
 */
import { finalBefore } from './final-sound.ts';
import { DIRECT_ATTACHMENT, wrongParticleAt, type ParticleFound } from './particles.ts';

export interface ParticleProblem extends ParticleFound {
  /** The word the particle follows, as written. */
  word: string;
  /** The glossary entry of that word, when it is a term. */
  entry?: string;
}

export function particleProblems(
  target: string,
  terms: ReadonlyArray<{ start: number; end: number; entry: string }>,
): ParticleProblem[] {
  const found = new Map<number, ParticleProblem>();
  const judge = (start: number, end: number, entry?: string) => {
    if (found.has(end)) return;
    const final = finalBefore(target, end);
    if (final === undefined) return;
    const wrong = wrongParticleAt(target, afterAside(target, end), final);
    if (wrong !== undefined) found.set(end, { ...wrong, word: target.slice(start, end), ...(entry ? { entry } : {}) });
  };
  for (const term of terms) judge(term.start, term.end, term.entry);
  for (const m of target.matchAll(DIRECT_ATTACHMENT)) judge(m.index, m.index + m[0].length);
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/**
 * Where the particle of a word stands: after a closing quotation mark (`“평양”으로`) or a parenthesis right
 * behind the word (`조선중앙통신(KCNA)은`) — the particle agrees with the word, not with what is in between.
 */
function afterAside(text: string, end: number): number {
  let at = end;
  if (text[at] === '(') {
    const close = text.indexOf(')', at);
    if (close > at && close - at < 40) at = close + 1;
  }
  while (at < text.length && '”’"\''.includes(text[at]!)) at++;
  return at;
}
