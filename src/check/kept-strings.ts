/**
 * The strings a check keeps past one file (facts, findings), each as one flat copy. A string the parser or a rule
 * made is often a slice of the whole file's text or a chain of concatenations; kept as it is, it keeps that text
 * or that chain alive, and 2,000 files' worth of it is most of the memory a check holds. The same text met again
 * (the German of an article in its en and ko file, a hint every finding of a rule repeats) is kept once.
 */
export class KeptStrings {
  readonly #kept = new Map<string, string>();

  keep(text: string): string {
    let kept = this.#kept.get(text);
    if (kept === undefined) {
      kept = flatCopy(text);
      this.#kept.set(kept, kept);
    }
    return kept;
  }

  /** A flat copy of a text met once (a target, a hash), without a place among the shared ones. */
  copy(text: string): string {
    return this.#kept.get(text) ?? flatCopy(text);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A copy that shares no memory with `text`: a sliced or concatenated string is not kept behind it. */
function flatCopy(text: string): string {
  // Decoding fresh bytes makes a new sequential string (one byte per character where the text allows); UTF-16
  // keeps a lone surrogate (a YAML escape can make one) that UTF-8 would replace.
  if (text.length === 0) return '';
  const encoding = LONE_SURROGATE.test(text) ? 'utf16le' : 'utf8';
  return Buffer.from(text, encoding).toString(encoding);
}
