/**
 * Web addresses, domains, e-mail addresses and @handles of the German must appear unchanged in the target
 * (a domain's letter case may differ; so may an e-mail's domain). The target adding one the German does
 * not have is reported too. Stale segments are skipped; do-not-translate glossary terms (`RENEWZ.de`) are
 * left to glossary-dnt-altered.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { targetTermsOf, type Glossary } from '../../glossary/index.ts';
import { findLinks, type Link } from '../links/link-pattern.ts';
import type { CheckRule, SegmentView } from '../types.ts';
import { finding, languageName } from './finding.ts';

const ID = 'url-mismatch';
const WHAT: Record<Link['kind'], string> = { url: 'web address', email: 'e-mail address', handle: 'handle', domain: 'domain' };

export const urlMismatch: CheckRule = {
  id: ID,
  severity: 'error',
  summary: 'A web address, domain, e-mail address or @handle of the German is missing or changed in the target (or added).',
  run: ({ glossary, segments }) =>
    segments.filter((s) => s.hasTarget && s.entry.status !== 'stale').flatMap((s) => compare(s, dntSpans(glossary, s))),
};

/** Spans of the German that are do-not-translate glossary terms: glossary-dnt-altered reports those. */
function dntSpans(glossary: Glossary, segment: SegmentView): Array<{ start: number; end: number }> {
  return segment.germanMatches.filter((m) => {
    const entry = glossary.entry(m.entry);
    return entry !== undefined && targetTermsOf(entry, segment.language)?.doNotTranslate === true;
  });
}

/** The form two links are compared in: domains ignore case, so does an e-mail's domain; paths and handles do not. */
function comparable(link: Link): string {
  if (link.kind === 'domain') return link.text.replace(/^[^/]*/, (host) => host.toLowerCase());
  if (link.kind === 'email') return link.text.replace(/@.*$/, (domain) => domain.toLowerCase());
  if (link.kind === 'url') return link.text.replace(/^(?:https?:\/\/)?[^/]*/i, (host) => host.toLowerCase());
  return link.text;
}

function compare(segment: SegmentView, dnt: ReadonlyArray<{ start: number; end: number }>): Diagnostic[] {
  const sourceText = segment.sourcePlain;
  if (!/[.@]/.test(sourceText) && !/[.@]/.test(segment.targetPlain)) return [];
  const source = findLinks(sourceText);
  const target = findLinks(segment.targetPlain);
  const inTarget = new Set(target.map(comparable));
  const inSource = new Set(source.map(comparable));
  const language = languageName(segment.language);
  const found: Diagnostic[] = [];
  const ownedByGlossary = (l: Link) => dnt.some((d) => d.start < l.end && l.start < d.end);
  for (const link of source.filter((l) => !inTarget.has(comparable(l)) && !ownedByGlossary(l))) {
    found.push(finding(segment, {
      ruleId: ID, severity: 'error',
      message: `the German has the ${WHAT[link.kind]} ${JSON.stringify(link.text)}, which the ${language} target does not have unchanged`,
      hint: `copy ${JSON.stringify(link.text)} into the target as it is`,
    }));
  }
  for (const link of target.filter((l) => !inSource.has(comparable(l)))) {
    found.push(finding(segment, {
      ruleId: ID, severity: 'error',
      message: `the ${language} target has the ${WHAT[link.kind]} ${JSON.stringify(link.text)}, which the German does not have`,
      hint: 'write the address exactly as the German does',
      span: { start: link.start, end: link.end },
    }));
  }
  return found;
}
