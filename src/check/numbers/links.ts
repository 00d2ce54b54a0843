/** Web addresses, domains, e-mail addresses and handles: their digits and dots are not numbers or sentence ends. */

export const LINK_PATTERN =
  /\b(?:https?:\/\/|www\.)[^\s<>"“”„«»]+[^\s<>"“”„«».,;:!?)]|[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}|(?<![\p{L}\d@])@[A-Za-z0-9_]{2,}|(?<![\p{L}\d.@/-])(?:[A-Za-z0-9-]+\.)+(?:de|com|org|net|kp|kr|ru|uk|eu|int|gov|info|io|jp|cn|fr|at|ch|us|news|tv)(?![\p{L}\d])(?:\/[^\s<>"“”„«»]*[^\s<>"“”„«».,;:!?)])?/giu;

/** The text with every match of `pattern` replaced by spaces (offsets stay). */
export function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (found) => ' '.repeat(found.length));
}
