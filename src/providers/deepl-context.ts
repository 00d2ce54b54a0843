/** The (unbilled) `context` DeepL gets with a request: one per request, so it is the text around the whole batch. */
import type { ProviderSegment } from './types.ts';

/** DeepL's 128 KiB limit on a form-encoded request body, less 1 KiB for the fields besides texts and context (~200 bytes). */
const TEXT_AND_CONTEXT_BYTES = 127 * 1024;

/**
 * The text around the batch, in order: each segment's `before`, own text and `after`, cut into sentences, each once
 * (the pipeline's neighbours are all earlier/later sentences of the block: they differ for every segment of a
 * paragraph, the sentences in them do not). It gets the room the texts leave, cut after the last sentence that fits.
 */
export function batchContext(segments: ProviderSegment[], texts: string[]): string | undefined {
  if (!segments.some((s) => /\S/.test(s.before + s.after))) return undefined; // nothing around them: the texts say it all
  const seen = new Set<string>(); // iterates in first-insertion order
  for (const { before, text, after } of segments) {
    for (const part of [before, plainText(text), after]) for (const sentence of sentences(part)) seen.add(sentence);
  }
  let left = texts.reduce((room, text) => room - 'text=&'.length - formBytes(text), TEXT_AND_CONTEXT_BYTES - 'context=&'.length);
  const kept: string[] = [];
  for (const sentence of seen) {
    const bytes = (kept.length > 0 ? 1 : 0) + formBytes(sentence); // the joining space is one byte ('+')
    if (bytes > left) {
      // A first sentence too long alone is cut by code points (never inside a surrogate pair); `left` only falls.
      if (kept.length === 0) kept.push([...sentence].filter((char) => (left -= formBytes(char)) >= 0).join(''));
      break;
    }
    kept.push(sentence);
    left -= bytes;
  }
  return kept.join(' ') || undefined;
}

/** Splits after . ! ? … (and closing quotes or brackets) before a space: a sentence always splits the same way. */
const sentences = (text: string): string[] => text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?…]["'“”‘’»«)\]]*) /u).filter(Boolean);

const plainText = (xml: string): string =>
  xml.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** ASCII that a form-encoded body carries as one byte: letters, digits, `*-._`, and the space (as `+`). */
const ONE_BYTE = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9*\-._ ]/.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * Length of `text` in a form-encoded body as deepl-node encodes it (URLSearchParams): every other UTF-8 byte as
 * `%XX`, a lone surrogate as U+FFFD. Counted, not encoded: it runs for every sentence of every request's context,
 * on the way to sending it.
 */
export function formBytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += ONE_BYTE[c] ? 1 : 3;
    else if (c < 0x800) bytes += 6;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 12;
      i++;
    } else bytes += 9;
  }
  return bytes;
}
