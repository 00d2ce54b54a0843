/**
 * Candidates → new entries in glossary.yaml, marked `status: proposed`. Works on the file's text through the
 * yaml Document API, so its comments, key order and quoting stay as they are; the caller writes atomically.
 */
import { isSeq, parseDocument, type YAMLSeq } from 'yaml';
import type { Candidate } from './types.ts';

export interface AddedEntries {
  text: string;
  added: string[];
  /** Candidates not added, with why (an entry with that id exists). */
  skipped: Array<{ id: string; reason: string }>;
}

export function addProposedEntries(glossaryText: string, candidates: readonly Candidate[]): AddedEntries {
  const document = parseDocument(glossaryText);
  let entries = document.get('entries', true);
  if (!isSeq(entries)) {
    entries = document.createNode([]) as YAMLSeq;
    document.set('entries', entries);
  }
  const seq = entries as YAMLSeq;
  const ids = new Set(seq.items.map((item) => String((item as { get?: (k: string) => unknown }).get?.('id') ?? '')));
  const added: string[] = [];
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
    const node = document.createNode(entryOf(candidate));
    node.commentBefore = ` proposed by \`dolmetsch terms\` (${candidate.articles} article(s), ${candidate.occurrences}×): check it, then remove \`status: proposed\``;
    seq.items.push(node);
    ids.add(candidate.id);
    added.push(candidate.id);
  }
  return { text: added.length > 0 ? document.toString({ lineWidth: 0 }) : glossaryText, added, skipped };
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
