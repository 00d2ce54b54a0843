/**
 * The strings a check keeps past one file (facts, findings), each as one flat copy. A string the parser or a rule
 * made is often a slice of the whole file's text or a chain of concatenations; kept as it is, it keeps that text
 * or that chain alive, and 2,000 files' worth of it is most of the memory a check holds. The same text met again
 * (the German of an article in its en and ko file, a hint every finding of a rule repeats) is kept once.
 */
import { ownText } from '../source/own-text.ts';

export class KeptStrings {
  readonly #kept = new Map<string, string>();

  keep(text: string): string {
    let kept = this.#kept.get(text);
    if (kept === undefined) {
      kept = ownText(text);
      this.#kept.set(kept, kept);
    }
    return kept;
  }

  /** A flat copy of a text met once (a target, a hash), without a place among the shared ones. */
  copy(text: string): string {
    return this.#kept.get(text) ?? ownText(text);
  }
}
