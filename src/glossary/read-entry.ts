/** One item of `entries:` → a normalised GlossaryEntry, with the nodes later checks point at. */
import { isMap, isScalar, type Node } from 'yaml';
import { languageCodeProblem } from '../core/languages.ts';
import { ENTRY_KEYS } from './entry-keys.ts';
import { optionalString, required } from './entry-fields.ts';
import { readExamples } from './read-examples.ts';
import { readGerman } from './read-german.ts';
import { readTarget } from './read-target.ts';
import { ENTRY_KINDS, type GlossaryEntry, type TargetTerms } from './types.ts';
import type { Located, GlossaryReader } from './glossary-reader.ts';

export { ENTRY_KEYS, EXAMPLE_KEYS, GERMAN_KEYS, TARGET_KEYS } from './entry-keys.ts';
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface EntryDraft {
  entry: GlossaryEntry;
  idNode: Node;
  /** The term, forms, variants and short forms as written, each with its node. */
  germanForms: Located<string>[];
  /** Where derived forms are reported (the `derive` key, else the term). */
  deriveNode: Node;
  exampleNodes: Node[];
}

export function readEntry(reader: GlossaryReader, node: Node | null, fallbackOffset: number): EntryDraft | undefined {
  const more = furtherLanguages(node);
  const fields = reader.map(node, 'a glossary entry', [...ENTRY_KEYS, ...more], fallbackOffset);
  if (!fields || !node) return undefined;
  const at = node.range?.[0] ?? fallbackOffset;
  const id = required(reader, fields, 'id', 'entry', at, 'add `id: kebab-case-name`');
  const label = `entry \`${id?.value ?? '?'}\``;
  if (id && !ID_PATTERN.test(id.value)) {
    reader.report(id.node, at, 'glossary-invalid-value', `${label}: id must be kebab-case (a-z, 0-9, single hyphens); found "${id.value}"`,
      `write it as \`${id.value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}\``);
  }
  const kindField = fields.get('kind');
  const kind = kindField ? reader.oneOf(kindField.value, `${label}: kind`, ENTRY_KINDS, kindField.key.range![0]) : undefined;
  if (!kindField) reader.reportAt(at, 'glossary-missing-key', `${label} has no \`kind\``, `add \`kind: ${ENTRY_KINDS.join(' | ')}\``);
  const note = optionalString(reader, fields, 'note', label) ?? '';
  const statusField = fields.get('status');
  const status = statusField ? reader.oneOf(statusField.value, `${label}: status`, ['proposed'] as const, statusField.key.range![0]) : undefined;
  const caseField = fields.get('case');
  const caseRule = caseField ? reader.oneOf(caseField.value, `${label}: case`, ['sensitive', 'insensitive'] as const, caseField.key.range![0]) : undefined;
  const dntField = fields.get('dnt');
  const dnt = dntField ? reader.boolean(dntField.value, `${label}: dnt`, dntField.key.range![0]) ?? false : false;

  const caseSensitive = caseRule ? caseRule === 'sensitive' : kind !== 'other';
  const german = readGerman(reader, fields, label, caseSensitive, at);
  // Keep reading after a bad field, so that one load reports every problem of the entry.
  const germanTerm = german?.terms.term ?? '';
  const en = readTarget(reader, fields, 'en', label, germanTerm, dnt, caseSensitive, at);
  const ko = readTarget(reader, fields, 'ko', label, germanTerm, dnt, caseSensitive, at);
  // A further language is optional: an entry without its forms is not checked in it (check counts those).
  const others = more.filter((lang) => fields.has(lang)).map((lang) => [lang, readTarget(reader, fields, lang, label, germanTerm, dnt, caseSensitive, at)] as const);
  const examples = readExamples(reader, fields.get('examples'), label);
  if (!id || !kind || !german || !en || !ko || others.some(([, terms]) => terms === undefined)) return undefined;
  const entry: GlossaryEntry = {
    id: id.value, kind, ...(status ? { status } : {}), ...(dnt ? { doNotTranslate: true as const } : {}), note, caseSensitive, de: german.terms, en, ko,
    ...(others.length > 0 ? { otherLanguages: Object.fromEntries(others) as Record<string, TargetTerms> } : {}),
    examples: examples.values,
  };
  return { entry, idNode: id.node, germanForms: german.located, deriveNode: german.deriveNode, exampleNodes: examples.nodes };
}

/** Keys of an entry that name a target language beyond en and ko (`ja`, `fr`, `pt-BR`). */
function furtherLanguages(node: Node | null): string[] {
  if (!isMap(node)) return [];
  return (node.items as { key: unknown }[]).flatMap(({ key }) => {
    const name = isScalar(key) && typeof key.value === 'string' ? key.value : undefined;
    return name !== undefined && !(ENTRY_KEYS as readonly string[]).includes(name) && languageCodeProblem(name) === undefined ? [name] : [];
  });
}
