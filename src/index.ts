/**
 * dolmetsch as a library. The CLI (src/cli) is a thin layer over these; nothing here prints or exits.
 */
export { segment, segmentSpans, learnAbbreviations, abbreviationSet, type Span, type SegmentOptions, type AbbreviationStats } from './segment/index.ts';
import { loadMarkdownParser } from './source/markdown-parser.ts';

// Everything below may parse Markdown synchronously: the library's entry has the parser ready (markdown-parser.ts).
await loadMarkdownParser();

export { readSource, segmentDocument, toPlain, toTagged, decodeSource } from './source/index.ts';
export { loadGlossary, emptyGlossary, type Glossary, type GlossaryEntry } from './glossary/index.ts';
export { parseTranslationFile, serializeTranslationFile, parseMemoryFile, serializeMemoryFile, writeFileAtomic } from './store/index.ts';
export { translateRun, type TranslateOptions } from './pipeline/translate-run.ts';
export type { RunEvent, RunSummary, FileSummary } from './pipeline/events.ts';
export { RunLockedError } from './pipeline/run-lock.ts';
export { runCheck, loadCheckInput } from './check/index.ts';
export { findProjectRoot } from './workspace/index.ts';
export { PROVIDERS, createProvider, registerProvider } from './providers/registry.ts';
export { ProviderError, type Provider, type ProviderClient, type ProviderFactory, type TranslateBatch, type BatchResult } from './providers/types.ts';
export { codePoints, FREE, type BillingRule, type ProviderDeclaration, type ProviderVariable } from './providers/declaration.ts';
export * from './core/index.ts';
