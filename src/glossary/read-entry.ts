/** One item of `entries:` → a normalised GlossaryEntry, with the nodes later checks point at. */
import type { Node } from 'yaml';
import { ENTRY_KEYS } from './entry-keys.ts';
import { optionalString, required } from './entry-fields.ts';
import { readExamples } from './read-examples.ts';
import { readGerman } from './read-german.ts';
import { readTarget } from './read-target.ts';
import { ENTRY_KINDS, type GlossaryEntry } from './types.ts';
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
  const fields = reader.map(node, 'a glossary entry', ENTRY_KEYS, fallbackOffset);
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
  const examples = readExamples(reader, fields.get('examples'), label);
  if (!id || !kind || !german || !en || !ko) return undefined;
  const entry: GlossaryEntry = { id: id.value, kind, ...(status ? { status } : {}), note, caseSensitive, de: german.terms, en, ko, examples: examples.values };
  return { entry, idNode: id.node, germanForms: german.located, deriveNode: german.deriveNode, exampleNodes: examples.nodes };
}
