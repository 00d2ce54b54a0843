/**
 * Web addresses, domains (`RENEWZ.de`, `rodong.rep.kp`), e-mail addresses and `@handles`: their digits and
 * dots are not numbers or sentence ends, and a translation keeps them as they are. Korean particles follow
 * them directly (`RENEWZ.de는`), so Hangul ends one.
 */

const END = '[^\\s<>"“”„«»‚‘’\\p{Script=Hangul}.,;:!?)\\]]';
const BODY = '[^\\s<>"“”„«»‚‘\\p{Script=Hangul}]';
const TLDS = 'de|com|org|net|kp|kr|ru|ua|uk|eu|int|gov|edu|info|io|jp|cn|fr|at|ch|us|news|tv|me|co';

export type LinkKind = 'url' | 'email' | 'handle' | 'domain';

const PARTS: Array<[LinkKind, string]> = [
  ['url', `(?:https?:\\/\\/|www\\.)(?:${BODY}*${END})?`],
  ['email', '[A-Za-z\\d._%+-]+@[A-Za-z\\d.-]+\\.[A-Za-z]{2,}'],
  ['handle', '(?<![\\p{L}\\d@.])@[A-Za-z0-9_]{2,}'],
  ['domain', `(?<![\\p{L}\\d.@/-])(?:[A-Za-z0-9-]+\\.)+(?:${TLDS})(?![A-Za-z\\d])(?:\\/(?:${BODY}*${END})?)?`],
];

export const LINK_PATTERN = new RegExp(PARTS.map(([, p]) => `(${p})`).join('|'), 'giu');

export interface Link {
  kind: LinkKind;
  text: string;
  start: number;
  end: number;
}

/** The cheap sign of a link: an @, `://`, or a dot before a letter. Most sentences have none. */
export const MAY_HOLD_LINK = /@|\.[A-Za-z]|:\/\//;

export function findLinks(text: string): Link[] {
  if (!MAY_HOLD_LINK.test(text)) return [];
  return [...text.matchAll(LINK_PATTERN)].map((m) => {
    const kind = PARTS[m.slice(1).findIndex((g) => g !== undefined)]![0];
    return { kind, text: m[0], start: m.index, end: m.index + m[0].length };
  });
}

/** The text with every match of `pattern` replaced by spaces (offsets stay). */
export function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (found) => ' '.repeat(found.length));
}
