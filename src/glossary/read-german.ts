/** `de:` of a glossary entry: the term, its forms, variants, short forms and derive rules, with their nodes. */
import { derivedForms } from './derive.ts';
import { GERMAN_KEYS } from './entry-keys.ts';
import { repeatedWithin, required } from './entry-fields.ts';
import { DERIVE_RULES, type DeriveRule } from './types.ts';
import type { MapFields, GlossaryReader } from './glossary-reader.ts';

export function readGerman(reader: GlossaryReader, fields: MapFields, label: string, caseSensitive: boolean, at: number) {
  const field = fields.get('de');
  if (!field) {
    reader.reportAt(at, 'glossary-missing-key', `${label} has no \`de\``, 'add `de: { term: … }` with the German base form');
    return undefined;
  }
  const de = reader.map(field.value, `${label}: de`, GERMAN_KEYS, field.key.range![0]);
  if (!de) return undefined;
  const term = required(reader, de, 'term', `${label}: de`, field.key.range![0], 'add `term:` with the German base form');
  const list = (key: string) => {
    const f = de.get(key);
    return f ? reader.stringList(f.value, `${label}: de.${key}`, f.key.range![0]) : [];
  };
  const forms = list('forms');
  const variants = list('variants');
  const short = list('short');
  const deriveField = de.get('derive');
  const derive: DeriveRule[] = [];
  if (deriveField) {
    for (const rule of reader.stringList(deriveField.value, `${label}: de.derive`, deriveField.key.range![0])) {
      const value = reader.oneOf(rule.node, `${label}: de.derive`, DERIVE_RULES, rule.node.range![0]);
      if (value && !derive.includes(value)) derive.push(value);
    }
  }
  if (!term) return undefined;
  const located = [term, ...forms, ...variants, ...short];
  repeatedWithin(reader, located, label, 'German form', caseSensitive);
  const listed = [...new Set(located.map((l) => l.value))];
  const terms = {
    term: term.value,
    forms: forms.map((l) => l.value),
    variants: variants.map((l) => l.value),
    short: short.map((l) => l.value),
    derive,
    matchForms: [...listed, ...derivedForms(listed, derive)],
  };
  return { terms, located, deriveNode: deriveField?.key ?? term.node };
}
