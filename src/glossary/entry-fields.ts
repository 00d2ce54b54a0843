/** Field readers every part of a glossary entry shares: required and optional strings, and repeated forms. */
import type { Node } from 'yaml';
import type { Located, MapFields, GlossaryReader } from './glossary-reader.ts';

/** The same form twice in one entry is a slip (a copy left behind); report the second one. */
export function repeatedWithin(reader: GlossaryReader, forms: Located<string>[], label: string, what: string, caseSensitive: boolean): void {
  const seen = new Map<string, string>();
  for (const { value, node } of forms) {
    const key = caseSensitive ? value : value.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, value);
      continue;
    }
    reader.report(node, 0, 'glossary-duplicate-term', `${label} lists the ${what} "${value}" twice (first as "${first}")`,
      'remove the repetition; each form belongs in one place');
  }
}

export function required(reader: GlossaryReader, fields: MapFields, key: string, what: string, at: number, hint: string): Located<string> | undefined {
  const field = fields.get(key);
  if (!field) {
    reader.reportAt(at, 'glossary-missing-key', `${what} has no \`${key}\``, hint);
    return undefined;
  }
  return located(reader.string(field.value, `${what}: ${key}`, field.key.range![0]), field.value);
}

export function optionalString(reader: GlossaryReader, fields: MapFields, key: string, what: string): string | undefined {
  const field = fields.get(key);
  return field ? reader.string(field.value, `${what}: ${key}`, field.key.range![0]) : undefined;
}

export function located(value: string | undefined, node: Node | null): Located<string> | undefined {
  return value === undefined || !node ? undefined : { value, node };
}
