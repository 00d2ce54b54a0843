/** Publishing: per-language pages, i18next content bundles, the review page and the status counts. */
export { findArticleNames, publishArticles, type ArticleSources, type OutputFile, type PublishOptions, type PublishResult, type RefusedArticle, type SkippedArticle } from './publish.ts';
export { placeArticle, type PageLanguage, type PlacedStatus, type PublishedArticle } from './article-model.ts';
export { renderReviewPage, type ReviewInput } from './review-page.ts';
export { contentBundle, type ContentBundle } from './content-bundle.ts';
export { countStatuses, COUNTED_STATUSES, type StatusCounts } from './status-counts.ts';
export { formatStatusTable, statusTable, type StatusRow } from './status-table.ts';
export { createChrome, CHROME_RESOURCES } from './chrome.ts';
export { inlineHtml } from './inline-html.ts';
export { inertMarkdown } from './inert-markdown.ts';
export { wordDiff, type DiffPart } from './word-diff.ts';
export { checkGate, type CheckGate } from './check-gate.ts';
