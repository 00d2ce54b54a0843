/** Where the German of a segment holds a name that `dolmetsch terms` found and no glossary entry covers. */
import type { TermSpan } from './highlight.ts';

export interface NameCandidate {
  id: string;
  /** Every German form: the base, inflected forms, short forms. */
  forms: readonly string[];
}

export function candidateSpans(text: string, candidates: readonly NameCandidate[], taken: ReadonlyArray<{ start: number; end: number }>): TermSpan[] {
  const spans: TermSpan[] = [];
  const free = (start: number, end: number) => ![...taken, ...spans].some((s) => s.start < end && start < s.end);
  const forms = candidates.flatMap((c) => c.forms.map((form) => ({ id: c.id, form }))).sort((a, b) => b.form.length - a.form.length);
  for (const { id, form } of forms) {
    let at = text.indexOf(form);
    while (at >= 0) {
      const end = at + form.length;
      const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '');
      if (bounded && free(at, end)) spans.push({ start: at, end, entry: id, kind: 'candidate' });
      at = text.indexOf(form, end);
    }
  }
  return spans;
}
