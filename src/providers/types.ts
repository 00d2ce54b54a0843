/**
 * The provider interface: a batch of German segments in, translations and billed characters out.
 * The pipeline batches (within `limits`), de-duplicates, bounds concurrency and merges; a provider only
 * talks to its service. Every provider quirk stays in the provider's own file.
 */
import type { GlossaryExport, GlossaryTerm } from '../core/glossary-terms.ts';
import type { TargetLanguage } from '../core/translation.ts';
import type { ProviderDeclaration } from './declaration.ts';

export interface ProviderSegment {
  /** Opaque key, unique within the batch; the result must carry it back. */
  key: string;
  /**
   * The German sentence with inline markup as XML tags (`<em>`, `<strong>`, `<a id="1">…</a>`,
   * `<code id="2"/>`); text characters `&`, `<`, `>` are escaped as entities.
   */
  text: string;
  /** Neighbouring sentences of the same block (plain text), for context. */
  before: string;
  after: string;
  terms: GlossaryTerm[];
}

export interface TranslateBatch {
  targetLanguage: TargetLanguage;
  segments: ProviderSegment[];
  signal?: AbortSignal;
}

export interface TranslatedSegment {
  key: string;
  /** Translation, same tag vocabulary as the request. */
  text: string;
  /** Characters the provider billed for this segment (0 for free providers). */
  billedCharacters: number;
  /** Set when the text failed the provider's own checks (tags, terms) even after retries: why it needs a look. */
  review?: string;
}

export interface BatchResult {
  translations: TranslatedSegment[];
}

export interface ProviderLimits {
  /** Most segments in one request. */
  maxSegments: number;
  /** Most UTF-8 bytes of segment text in one request. */
  maxBytes: number;
}

export interface Usage {
  /** Characters used and allowed in the current billing period; `limit` undefined when unlimited. */
  used: number;
  limit?: number;
}

/** Tokens an LLM provider used (or would use), as the endpoint counts them. */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** What a provider's factory creates: the part that talks to the service. */
export interface ProviderClient {
  /**
   * Called at most once per run, as soon as the run knows it may send and before the glossary is read: starts the
   * round trips `prepare` needs that depend on nothing of the project (DeepL: the account's glossary list), so
   * `prepare` finds their answers instead of waiting for them. Sends no project text; failures surface in `prepare`.
   * Resolves (never rejects) once those round trips have ended.
   */
  warmUp?(signal?: AbortSignal): Promise<void>;
  /**
   * Called once per run before any translate call (e.g. sync a server-side glossary). May return a short text for
   * the next run's prepare (`kept`; the run keeps it in `.dolmetsch/`): DeepL, the name of the glossary it prepared.
   */
  prepare?(context: { glossary: GlossaryExport; signal?: AbortSignal; kept?: string }): Promise<string | undefined | void>;
  /**
   * Resolves (never rejects) once what `prepare` left running in the background has ended (DeepL: deleting a
   * surplus glossary); the run waits for it before it ends.
   */
  idle?(): Promise<void>;
  /** Remaining quota, when the service reports one. */
  usage?(signal?: AbortSignal): Promise<Usage>;
  /**
   * Translate a batch. Segments the provider cannot translate (e.g. `memory` without a match) are left out
   * of the result; the pipeline leaves them untranslated. Expected failures throw ProviderError.
   */
  translate(batch: TranslateBatch): Promise<BatchResult>;
  /** LLM providers: tokens used by this instance so far, retries included. */
  stats?(): TokenUsage;
  /** LLM providers: tokens a batch would use, estimated without sending it (for --dry-run). */
  estimateTokens?(batch: TranslateBatch): TokenUsage;
}

/** A provider as a run uses it (registry.ts createProvider): its factory's declarations and the client it created. */
export interface Provider extends ProviderClient, Required<Pick<ProviderDeclaration, 'name' | 'limits' | 'billing' | 'memoryOnly'>> {
  /** Whether requests cost money: the billing rule charges for something (the quota check and --max-chars apply). */
  readonly billable: boolean;
}

export type ProviderErrorKind =
  /** The key was rejected (HTTP 401/403). Not retried. */
  | 'auth'
  /** The quota is used up (DeepL 456). No further requests this run. */
  | 'quota'
  /** Too many requests even after the provider's own retries; the pipeline slows down and retries. */
  | 'rate-limit'
  /** A server error or dropped/slow connection that outlived the retries. */
  | 'unavailable'
  /** The service answered something that is not a valid translation of the batch. */
  | 'bad-response'
  /** The provider is not configured correctly (missing key, bad URL). */
  | 'config';

export interface ProviderErrorOptions {
  cause?: unknown;
  retryAfterMs?: number;
  possiblyBilledCharacters?: number;
  salvaged?: TranslatedSegment[];
}

export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly provider: string;
  /** For `rate-limit`: how long the service asked us to wait. */
  readonly retryAfterMs?: number;
  /**
   * Characters the service may have billed for the failed request although no usable answer came back (it timed
   * out or dropped after sending, or answered 200 with something broken). Counted as billed: never under-report.
   */
  readonly possiblyBilledCharacters?: number;
  /** Translations of a broken answer that can still be trusted (each tied to its segment); they were paid for. */
  readonly salvaged?: TranslatedSegment[];
  constructor(provider: string, kind: ProviderErrorKind, message: string, options: ProviderErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'ProviderError';
    this.provider = provider;
    this.kind = kind;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.possiblyBilledCharacters) this.possiblyBilledCharacters = options.possiblyBilledCharacters;
    if (options.salvaged && options.salvaged.length > 0) this.salvaged = options.salvaged;
  }

  /** The same error with a different message (e.g. naming the request it came from). */
  withMessage(message: string): ProviderError {
    return new ProviderError(this.provider, this.kind, message, {
      cause: this.cause,
      ...(this.retryAfterMs !== undefined ? { retryAfterMs: this.retryAfterMs } : {}),
      ...(this.possiblyBilledCharacters ? { possiblyBilledCharacters: this.possiblyBilledCharacters } : {}),
      ...(this.salvaged ? { salvaged: this.salvaged } : {}),
    });
  }
}

/** What a provider factory may read: environment and command-line settings, never process.env directly. */
export interface ProviderSettings {
  env: Readonly<Record<string, string | undefined>>;
  /** English variant for providers that distinguish them. */
  englishVariant: 'en-US' | 'en-GB';
  /** Translation memory, for the `memory` provider: looks up the tagged text a provider receives. */
  memory?: { lookup(language: TargetLanguage, taggedText: string): string | undefined };
  /** --model, for LLM providers. */
  model?: string;
  /** Per target language, from dolmetsch.config.yaml `languages.<lang>`; a provider uses the options it knows. */
  languageOptions?: Partial<Record<TargetLanguage, LanguageProviderOptions>>;
}

/** The DeepL house style and memory a newsroom keeps in its config (all optional). */
export interface LanguageProviderOptions {
  styleRule?: string;
  customInstructions?: string[];
  translationMemory?: string;
  translationMemoryThreshold?: number;
  modelType?: 'quality_optimized' | 'latency_optimized' | 'prefer_quality_optimized';
  tagHandlingVersion?: 'v1' | 'v2';
}

/** A provider: what it declares about itself, and how it is created. */
export interface ProviderFactory extends ProviderDeclaration {
  /** Whether the environment holds what this provider needs (used to pick the default provider). */
  isConfigured(settings: ProviderSettings): boolean;
  /** Throws ProviderError('config') when a setting is missing or malformed. */
  create(settings: ProviderSettings): ProviderClient;
  /** Why this provider cannot translate into `language` (asked before any request); undefined when it can. */
  languageProblem?(language: TargetLanguage): string | undefined;
  /** What the config's options for this language change in this provider's requests (a dry run shows it). */
  describeLanguageOptions?(settings: ProviderSettings, language: TargetLanguage): string;
}
