/**
 * dist/review/<slug>.html: one row per German segment with DE | EN | KO, status badges, glossary terms marked,
 * stale segments with the old and new German (the change marked) and the suggestion, counts on top and a
 * filter by status or by check findings, each target cell listing the findings of `dolmetsch check` on it. Self-contained: inline CSS and one small inline script allowed by its hash in the CSP.
 * Texts are shown as the inline Markdown of the YAML (escaped), so a reviewer sees exactly what is published.
 */
import { createHash } from 'node:crypto';
import { languageProfile } from '../core/languages.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { SourceDocument, SourceSegment } from '../core/document.ts';
import type { TargetLanguage, TranslationEntry, TranslationFile } from '../core/translation.ts';
import type { Glossary } from '../glossary/index.ts';
import { toPlain } from '../source/index.ts';
import { placeArticle, type PageLanguage, type PlacedStatus } from './article-model.ts';
import { createChrome, type Chrome } from './chrome.ts';
import { candidateSpans, type NameCandidate } from './name-candidates.ts';
import { highlightTerms } from './highlight.ts';
import { escapeHtml } from './html-escape.ts';
import { REVIEW_SCRIPT, REVIEW_STYLE } from './review-assets.ts';
import { COUNTED_STATUSES, countStatuses } from './status-counts.ts';
import { wordDiff } from './word-diff.ts';
import { pageStart } from './page-start.ts';

export interface ReviewInput {
  document: SourceDocument;
  segments: readonly SourceSegment[];
  translations: Record<TargetLanguage, TranslationFile>;
  languages: readonly TargetLanguage[];
  glossary?: Glossary;
  /** The check's findings on a segment of the language's translation file (publish passes its check gate's). */
  findings?: (language: TargetLanguage, segmentId: string) => readonly Diagnostic[];
  /** Names outside the glossary (`dolmetsch terms`), marked with a dotted underline in the German. */
  nameCandidates?: readonly NameCandidate[];
  /** Language of the page's own labels (default en). */
  uiLanguage?: PageLanguage;
}

export function renderReviewPage(input: ReviewInput): string {
  const t = createChrome(input.uiLanguage ?? 'en');
  const { document, segments, languages } = input;
  const entries = Object.fromEntries(
    languages.map((language) => [language, new Map((input.translations[language]?.segments ?? []).map((entry) => [entry.id, entry]))]),
  ) as Record<TargetLanguage, Map<string, TranslationEntry>>;
  const title = toPlain(segments.find((segment) => document.blocks[segment.blockIndex]?.kind === 'title')?.text ?? document.slug);
  const articles = languages.map((language) => placeArticle(document, segments, language, input.translations[language]));

  const counts = articles.map((article) => {
    const c = countStatuses(article);
    const cells = COUNTED_STATUSES.map((status) => `<td data-count="${status}">${c.byStatus[status]}</td>`).join('');
    return `<tr lang="${article.language}"><th scope="row">${escapeHtml(t(`language.${article.language}`, { defaultValue: languageProfile(article.language).name }))}</th>${cells}<td>${c.percentReviewed} %</td></tr>`;
  });
  const statusHeads = COUNTED_STATUSES.map((status) => `<th scope="col">${escapeHtml(t(`status.${status}`))}</th>`).join('');

  const rows = segments.map((segment, index) => {
    const statuses = languages.map((language) => statusOf(segment, entries[language]!.get(segment.id)));
    const glossaryMatches = input.glossary?.matchGerman(segment.text) ?? [];
    const german = highlightTerms(segment.text, [...glossaryMatches, ...candidateSpans(segment.text, input.nameCandidates ?? [], glossaryMatches)], t);
    const kind = document.blocks[segment.blockIndex]?.kind ?? 'paragraph';
    const findings = languages.map((language) => input.findings?.(language, segment.id) ?? []);
    const targetCells = languages.map((language, i) => targetCell(language, segment, entries[language]!.get(segment.id), statuses[i]!, findings[i]!, input.glossary, t));
    const data = languages.map((language, i) => ` data-status-${language}="${statuses[i]}"`).join('');
    const findingCount = findings.reduce((sum, list) => sum + list.length, 0);
    return `<tr id="${escapeHtml(segment.id)}" class="kind-${kind}" data-statuses="${[...new Set(statuses)].join(' ')}"${data} data-findings="${findingCount}">
<th scope="row"><a href="#${escapeHtml(segment.id)}">${index + 1}</a><br><code>${escapeHtml(segment.id)}</code><br><small>${escapeHtml(kind)}</small></th>
<td lang="de">${german}</td>
${targetCells.join('\n')}
</tr>`;
  });

  const options = [
    `<option value="all">${escapeHtml(t('review.all'))}</option>`,
    `<option value="needs-look">${escapeHtml(t('review.needsLook'))}</option>`,
    `<option value="has-findings">${escapeHtml(t('review.hasFindings'))}</option>`,
    ...COUNTED_STATUSES.map((status) => `<option value="${status}">${escapeHtml(t(`status.${status}`))}</option>`),
  ].join('');
  const scriptHash = createHash('sha256').update(REVIEW_SCRIPT, 'utf8').digest('base64');
  const uiLanguage = input.uiLanguage ?? 'en';
  return `${pageStart(uiLanguage, `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'`)}
<meta name="dolmetsch:source" content="${escapeHtml(document.path)}">
<title>${escapeHtml(t('review.title', { title }))}</title>
<style>${REVIEW_STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(t('review.title', { title: '' }))}<span lang="de">${escapeHtml(title)}</span></h1>
<p><code>${escapeHtml(document.path)}</code> · <span id="total">${escapeHtml(t('review.counts', { count: segments.length }))}</span></p>
<table class="counts"><thead><tr><th></th>${statusHeads}<th>%</th></tr></thead><tbody>${counts.join('')}</tbody></table>
<p><label for="filter">${escapeHtml(t('review.filter'))}</label> <select id="filter">${options}</select> <output id="shown" for="filter">${segments.length}</output> / ${segments.length}</p>
</header>
<main>
<table class="segments">
<thead><tr><th scope="col">${escapeHtml(t('review.segment'))}</th><th scope="col" lang="${uiLanguage}">${escapeHtml(t('language.de'))}</th>${languages.map((language) => `<th scope="col">${escapeHtml(t(`language.${language}`, { defaultValue: languageProfile(language).name }))}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</main>
<script>${REVIEW_SCRIPT}</script>
</body>
</html>
`;
}

function statusOf(segment: SourceSegment, entry: TranslationEntry | undefined): PlacedStatus {
  return entry === undefined || entry.source !== segment.text ? 'missing' : entry.status;
}

function targetCell(
  language: TargetLanguage,
  segment: SourceSegment,
  entry: TranslationEntry | undefined,
  status: PlacedStatus,
  findings: readonly Diagnostic[],
  glossary: Glossary | undefined,
  t: Chrome,
): string {
  const badge = `<span class="badge status-${status}">${escapeHtml(t(`status.${status}`))}</span>`;
  if (entry === undefined || status === 'missing') return `<td lang="${language}" class="status-${status}">${badge}${findingList(findings, t)}</td>`;
  const parts = [badge, `<div class="target">${highlightTerms(entry.target, glossary?.matchTarget(language, entry.target) ?? [], t)}</div>`];
  if (entry.status === 'stale' && entry.previousSource !== undefined) {
    const diff = wordDiff(entry.previousSource, segment.text);
    const before = diff.filter((part) => part.kind !== 'added').map((part) => (part.kind === 'removed' ? `<del>${escapeHtml(part.text)}</del>` : escapeHtml(part.text))).join('');
    const after = diff.filter((part) => part.kind !== 'removed').map((part) => (part.kind === 'added' ? `<ins>${escapeHtml(part.text)}</ins>` : escapeHtml(part.text))).join('');
    parts.push(`<dl class="stale"><dt>${escapeHtml(t('review.oldGerman'))}</dt><dd lang="de" class="old-german">${before}</dd><dt>${escapeHtml(t('review.newGerman'))}</dt><dd lang="de" class="new-german">${after}</dd>`
      + (entry.suggestion !== undefined ? `<dt>${escapeHtml(t('review.suggestion'))}</dt><dd class="suggestion">${escapeHtml(entry.suggestion)}</dd>` : '')
      + '</dl>');
  }
  if (entry.review !== undefined) parts.push(`<p class="review-note">${escapeHtml(entry.review)}</p>`);
  if (entry.note !== undefined) parts.push(`<p class="note">${escapeHtml(entry.note)}</p>`);
  parts.push(findingList(findings, t));
  return `<td lang="${language}" class="status-${status}">${parts.join('')}</td>`;
}

/** The check's findings on the cell's segment: rule, message and fix, in the page's language for the labels. */
function findingList(findings: readonly Diagnostic[], t: Chrome): string {
  if (findings.length === 0) return '';
  const items = findings.map((d) =>
    `<li class="finding severity-${d.severity}" data-rule="${escapeHtml(d.ruleId)}"><span class="severity">${escapeHtml(t(`review.severity.${d.severity}`))}</span> `
    + `<code>${escapeHtml(d.ruleId)}</code> ${escapeHtml(d.message)}${d.hint ? `<br><small class="hint">${escapeHtml(d.hint)}</small>` : ''}</li>`);
  return `<ul class="findings" aria-label="${escapeHtml(t('review.findings'))}">${items.join('')}</ul>`;
}
