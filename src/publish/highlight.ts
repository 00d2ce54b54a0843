/** Plain text → HTML with glossary matches marked; offsets come from glossary.matchGerman / matchTarget. */
import type { Chrome } from './chrome.ts';
import { escapeHtml } from './html-escape.ts';

export interface TermSpan {
  start: number;
  end: number;
  entry: string;
  /** `candidate`: a name `dolmetsch terms` found that no glossary entry covers (entry = the candidate id). */
  kind?: 'preferred' | 'accepted' | 'forbidden' | 'candidate';
}

export function highlightTerms(text: string, matches: readonly TermSpan[], t: Chrome): string {
  // A form several entries share comes once per entry with the same span: one mark naming all of them.
  const bySpan = new Map<string, { start: number; end: number; entries: string[]; forbidden: boolean; candidate: boolean }>();
  for (const match of matches) {
    const key = `${match.start}:${match.end}`;
    const span = bySpan.get(key) ?? { start: match.start, end: match.end, entries: [], forbidden: false, candidate: match.kind === 'candidate' };
    if (!span.entries.includes(match.entry)) span.entries.push(match.entry);
    span.forbidden ||= match.kind === 'forbidden';
    bySpan.set(key, span);
  }
  let out = '';
  let at = 0;
  for (const span of [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (span.start < at || span.end > text.length) continue;
    const entry = span.entries.join(', ');
    if (span.candidate) {
      out += `${escapeHtml(text.slice(at, span.start))}<span class="name-candidate" data-candidate="${escapeHtml(entry)}" title="${escapeHtml(t('review.nameCandidate', { entry }))}">${escapeHtml(text.slice(span.start, span.end))}</span>`;
      at = span.end;
      continue;
    }
    const title = span.forbidden ? t('review.forbiddenTerm', { entry }) : t('review.term', { entry });
    out += escapeHtml(text.slice(at, span.start));
    out += `<mark class="term${span.forbidden ? ' forbidden' : ''}" data-entry="${escapeHtml(entry)}" title="${escapeHtml(title)}">${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  return out + escapeHtml(text.slice(at));
}
