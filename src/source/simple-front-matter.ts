/**
 * Front matter as most articles write it — `key: value` lines, each value plain text or in double quotes without
 * escapes — read without building a yaml Document (which cost a quarter of parsing an article's Markdown). Anything
 * else (comments, numbers, lists, escapes, duplicate keys, odd spacing) is undefined: the caller parses it with yaml,
 * which also gives the errors. A property test holds this to yaml's reading.
 */
export interface SimpleFrontMatter {
  values: Record<string, string>;
  /** Where each value's text starts in the front matter (after an opening quote). */
  offsets: Record<string, number>;
}

const LINE = /^([A-Za-z][A-Za-z0-9_-]*): (?:"([^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]*)"|(\S.*))$/;
/**
 * Plain text yaml reads as this very string: starts with a letter (no indicator, no number), is no boolean or null,
 * holds no `: ` or ` #` and does not end in a space or colon.
 */
const PLAIN = /^(?!(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL)$)(?!.*(?::[\t ]|[\t ]#))\p{L}(?:[^\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]*[^\s:\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff])?$/u;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function readSimpleFrontMatter(yaml: string): SimpleFrontMatter | undefined {
  if (yaml === '' || yaml.includes('\r')) return undefined;
  const values: Record<string, string> = {};
  const offsets: Record<string, number> = {};
  let offset = 0;
  for (const line of yaml.split('\n')) {
    const match = LINE.exec(line);
    if (!match) return undefined;
    const [, key, quoted, plain] = match as unknown as [string, string, string | undefined, string | undefined];
    if (FORBIDDEN_KEYS.has(key) || Object.hasOwn(values, key) || !PLAIN.test(key)) return undefined;
    if (plain !== undefined && !PLAIN.test(plain)) return undefined;
    values[key] = quoted ?? plain!;
    offsets[key] = offset + key.length + 2 + (quoted === undefined ? 0 : 1);
    offset += line.length + 1;
  }
  return { values, offsets };
}
