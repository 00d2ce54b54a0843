/**
 * Candidates → new entries in glossary.yaml, marked `status: proposed`. Works on the file's text through the
 * yaml Document API, so its comments, key order and quoting stay as they are; the caller writes atomically.
 */
import { isSeq, parseDocument, stringify, type YAMLSeq } from 'yaml';
import type { Candidate } from './types.ts';

export interface AddedEntries {
  text: string;
  added: string[];
  /** Candidates not added, with why (an entry with that id exists). */
  skipped: Array<{ id: string; reason: string }>;
}

export function addProposedEntries(glossaryText: string, candidates: readonly Candidate[]): AddedEntries {
  const document = parseDocument(glossaryText);
  const entries = document.get('entries', true);
  const seq = isSeq(entries) ? (entries as YAMLSeq) : undefined;
  const ids = new Set((seq?.items ?? []).map((item) => String((item as { get?: (k: string) => unknown }).get?.('id') ?? '')));
  const added: Array<{ id: string; entry: Record<string, unknown>; comment: string }> = [];
  const skipped: AddedEntries['skipped'] = [];
  for (const candidate of candidates) {
    if (ids.has(candidate.id)) {
      skipped.push({ id: candidate.id, reason: 'glossary.yaml already has an entry with this id' });
      continue;
    }
    const missing = (['en', 'ko'] as const).filter((lang) => !candidate.proposals[lang]);
    if (missing.length > 0) {
      skipped.push({ id: candidate.id, reason: `no ${missing.join(' or ')} form is proposed (too little evidence): add the entry by hand` });
      continue;
    }
    ids.add(candidate.id);
    added.push({ id: candidate.id, entry: entryOf(candidate),
      comment: `proposed by \`dolmetsch terms\` (${candidate.articles} article(s), ${candidate.occurrences}×): check it, then remove \`status: proposed\`` });
  }
  if (added.length === 0) return { text: glossaryText, added: [], skipped };
  return { text: insertEntries(glossaryText, document, seq, added), added: added.map((a) => a.id), skipped };
}

/**
 * The new entries go in as text after the last entry, indented like it, so not a byte of the rest of the file
 * changes (a Document round trip would re-flow folded notes and respace `[a, b]`).
 */
function insertEntries(text: string, document: ReturnType<typeof parseDocument>, seq: YAMLSeq | undefined,
  added: ReadonlyArray<{ entry: Record<string, unknown>; comment: string }>): string {
  const last = seq?.items.at(-1) as { range?: [number, number, number] } | undefined;
  if (!seq || seq.flow || !last?.range) {
    // `entries: []` or no list at all: nothing of the list's own layout to keep.
    const items = [...(seq?.items ?? []).map((item) => (item as { toJSON(): unknown }).toJSON()), ...added.map((a) => a.entry)];
    document.set('entries', document.createNode(items));
    return document.toString({ lineWidth: 0 });
  }
  const itemStart = last.range[0];
  const lineStart = text.lastIndexOf('\n', itemStart - 1) + 1;
  const indent = ' '.repeat(Math.max(0, itemStart - lineStart - 2));
  let at = text.indexOf('\n', last.range[1] > 0 ? last.range[1] - 1 : 0);
  at = at < 0 ? text.length : at + 1;
  const block = added.map(({ entry, comment }) => {
    const yaml = stringify([entry], { lineWidth: 0, flowCollectionPadding: false }).trimEnd().split('\n').map((line) => `${indent}${line}`).join('\n');
    return `\n${indent}# ${comment}\n${yaml}\n`;
  }).join('');
  const before = text.slice(0, at);
  return `${before}${before.endsWith('\n') ? '' : '\n'}${block}${text.slice(at)}`;
}

function entryOf(candidate: Candidate): Record<string, unknown> {
  const en = candidate.proposals.en;
  const ko = candidate.proposals.ko;
  const de: Record<string, unknown> = { term: candidate.term };
  if (candidate.short.length > 0) de.short = candidate.short;
  const irregular = candidate.forms.filter((form) => !derivedBy(candidate, form));
  if (irregular.length > 0) de.forms = irregular;
  if (candidate.derive.length > 0) de.derive = candidate.derive;
  const target = (p: NonNullable<typeof en>) => ({ preferred: p.form, ...(p.short && p.short !== p.form ? { short: p.short } : {}) });
  return {
    id: candidate.id,
    kind: kindOf(candidate),
    status: 'proposed',
    note: `Found in ${candidate.articles} article(s), e.g. ${candidate.example.article}: ${candidate.example.sentence}`,
    ...(kindOf(candidate) === 'other' ? { case: 'sensitive' } : {}),
    de,
    en: target(en!),
    ko: target(ko!),
  };
}

/** Forms the glossary's own `derive` rules generate need not be listed. */
function derivedBy(candidate: Candidate, form: string): boolean {
  if (candidate.derive.includes('genitive-s') && (form === `${candidate.term}s` || form === `${candidate.term}'` ||
    candidate.short.some((s) => form === `${s}s` || form === `${s}'`))) return true;
  return candidate.derive.includes('adjective-endings') && form.split(' ').length === candidate.term.split(' ').length;
}

function kindOf(candidate: Candidate): 'person' | 'place' | 'organisation' | 'other' {
  if (candidate.evidence.includes('acronym') || candidate.derive.includes('adjective-endings')) return 'organisation';
  if (candidate.evidence.includes('name-suffix')) return 'place';
  if (candidate.evidence.includes('trigger-word') || candidate.term.includes(' ')) return 'person';
  return 'other';
}
