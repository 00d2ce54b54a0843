/** One item of `entries:` → a normalised GlossaryEntry, with the nodes later checks point at. */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { TargetLanguage } from '../core/translation.ts';
import { languageCodeProblem, languageProfile } from '../core/languages.ts';
import { derivedForms } from './derive.ts';
import { DERIVE_RULES, ENTRY_KINDS, type DeriveRule, type GlossaryEntry, type GlossaryExample, type TargetTerms } from './types.ts';
import type { Located, MapFields, GlossaryReader } from './glossary-reader.ts';

export const ENTRY_KEYS = ['id', 'kind', 'status', 'note', 'case', 'dnt', 'de', 'en', 'ko', 'examples'] as const;
export const GERMAN_KEYS = ['term', 'forms', 'variants', 'short', 'derive'] as const;
export const TARGET_KEYS = ['preferred', 'short', 'accepted', 'forbidden', 'forbidden_exceptions', 'allow_german', 'dnt'] as const;
export const EXAMPLE_KEYS = ['de', 'en', 'ko', 'expect'] as const;
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

function readGerman(reader: GlossaryReader, fields: MapFields, label: string, caseSensitive: boolean, at: number) {
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

function readTarget(reader: GlossaryReader, fields: MapFields, lang: TargetLanguage, label: string, germanTerm: string,
  entryDnt: boolean, caseSensitive: boolean, at: number): TargetTerms | undefined {
  const field = fields.get(lang);
  const language = languageProfile(lang).name;
  if (!field) {
    if (entryDnt) return { preferred: germanTerm, accepted: [], forbidden: [], forbiddenExceptions: [], allowGerman: false, doNotTranslate: true };
    reader.reportAt(at, 'glossary-missing-key', `${label} has no \`${lang}\`: the ${language} to print is missing`,
      `add \`${lang}: { preferred: … }\`, or \`dnt: true\` if the term is printed as in German`);
    return undefined;
  }
  const block = reader.map(field.value, `${label}: ${lang}`, TARGET_KEYS, field.key.range![0]);
  if (!block) return undefined;
  const blockAt = field.key.range![0];
  const dntField = block.get('dnt');
  const dnt = entryDnt || (dntField ? reader.boolean(dntField.value, `${label}: ${lang}.dnt`, dntField.key.range![0]) ?? false : false);
  const preferredField = block.get('preferred');
  let preferred: Located<string> | undefined;
  if (preferredField) {
    preferred = located(reader.string(preferredField.value, `${label}: ${lang}.preferred`, preferredField.key.range![0]), preferredField.value);
    if (preferred && dnt && preferred.value !== germanTerm) {
      reader.report(preferred.node, blockAt, 'glossary-invalid-value',
        `${label} is do-not-translate, so its ${language} is "${germanTerm}"; found preferred "${preferred.value}"`,
        'remove `preferred`, or remove `dnt: true` if the term is translated');
    }
  } else if (!dnt) {
    reader.reportAt(blockAt, 'glossary-missing-key', `${label}: \`${lang}\` has no \`preferred\`: the ${language} to print is missing`,
      `add \`preferred: …\` under \`${lang}:\`, or \`dnt: true\` if the term is printed as in German`);
    return undefined;
  }
  const shortField = block.get('short');
  const short = shortField ? located(reader.string(shortField.value, `${label}: ${lang}.short`, shortField.key.range![0]), shortField.value) : undefined;
  const list = (key: string) => {
    const f = block.get(key);
    return f ? reader.stringList(f.value, `${label}: ${lang}.${key}`, f.key.range![0]) : [];
  };
  const accepted = list('accepted');
  const forbidden = list('forbidden');
  const exceptions = list('forbidden_exceptions');
  const allowGermanField = block.get('allow_german');
  const allowGerman = allowGermanField
    ? reader.boolean(allowGermanField.value, `${label}: ${lang}.allow_german`, allowGermanField.key.range![0]) ?? false
    : false;
  if (preferredField && !preferred) return undefined;
  const preferredValue = preferred?.value ?? germanTerm;
  for (const exception of exceptions) {
    if (forbidden.some((f) => exception.value.toLowerCase().includes(f.value.toLowerCase()))) continue;
    reader.report(exception.node, blockAt, 'glossary-invalid-value',
      `${label}: the exception "${exception.value}" in ${lang}.forbidden_exceptions contains none of the forbidden ${language} forms`,
      'an exception names a phrase around a forbidden form (`Chicken Kiev` for `Kiev`): add that form to `forbidden`, or remove the exception');
  }
  const all = [...(preferred ? [preferred] : []), ...(short ? [short] : []), ...accepted, ...forbidden];
  repeatedWithin(reader, all, label, `${language} form`, caseSensitive);
  return {
    preferred: preferredValue,
    ...(short ? { short: short.value } : {}),
    accepted: accepted.map((l) => l.value),
    forbidden: forbidden.map((l) => l.value),
    forbiddenExceptions: exceptions.map((l) => l.value),
    allowGerman,
    doNotTranslate: dnt,
  };
}

/** Keys of an entry that name a target language beyond en and ko (`ja`, `fr`, `pt-BR`). */
function furtherLanguages(node: Node | null): string[] {
  if (!isMap(node)) return [];
  return (node.items as { key: unknown }[]).flatMap(({ key }) => {
    const name = isScalar(key) && typeof key.value === 'string' ? key.value : undefined;
    return name !== undefined && !(ENTRY_KEYS as readonly string[]).includes(name) && languageCodeProblem(name) === undefined ? [name] : [];
  });
}

function readExamples(reader: GlossaryReader, field: { key: Node; value: Node | null } | undefined, label: string) {
  const values: GlossaryExample[] = [];
  const nodes: Node[] = [];
  if (!field) return { values, nodes };
  if (!isSeq(field.value)) {
    reader.report(field.value, field.key.range![0], 'glossary-invalid-value', `${label}: examples must be a list; found ${isMap(field.value) ? 'a mapping' : 'a value'}`,
      'write each example as `- { de: …, en: …, expect: pass }`');
    return { values, nodes };
  }
  for (const item of field.value.items as (Node | null)[]) {
    const itemAt = item?.range?.[0] ?? field.key.range![0];
    const example = reader.map(item, `${label}: an example`, EXAMPLE_KEYS, itemAt);
    if (!example || !item) continue;
    const de = required(reader, example, 'de', `${label}: example`, itemAt, 'add `de:` with a German sentence');
    const expectField = example.get('expect');
    const expect = expectField ? reader.oneOf(expectField.value, `${label}: example expect`, ['pass', 'fail'] as const, expectField.key.range![0]) : undefined;
    if (!expectField) reader.reportAt(itemAt, 'glossary-missing-key', `${label}: example has no \`expect\``, 'add `expect: pass` or `expect: fail`');
    const en = optionalString(reader, example, 'en', `${label}: example`);
    const ko = optionalString(reader, example, 'ko', `${label}: example`);
    if (!de || !expect) continue;
    values.push({ de: de.value, ...(en === undefined ? {} : { en }), ...(ko === undefined ? {} : { ko }), expect });
    nodes.push(item);
  }
  return { values, nodes };
}

/** The same form twice in one entry is a slip (a copy left behind); report the second one. */
function repeatedWithin(reader: GlossaryReader, forms: Located<string>[], label: string, what: string, caseSensitive: boolean): void {
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

function required(reader: GlossaryReader, fields: MapFields, key: string, what: string, at: number, hint: string): Located<string> | undefined {
  const field = fields.get(key);
  if (!field) {
    reader.reportAt(at, 'glossary-missing-key', `${what} has no \`${key}\``, hint);
    return undefined;
  }
  return located(reader.string(field.value, `${what}: ${key}`, field.key.range![0]), field.value);
}

function optionalString(reader: GlossaryReader, fields: MapFields, key: string, what: string): string | undefined {
  const field = fields.get(key);
  return field ? reader.string(field.value, `${what}: ${key}`, field.key.range![0]) : undefined;
}

function located(value: string | undefined, node: Node | null): Located<string> | undefined {
  return value === undefined || !node ? undefined : { value, node };
}
