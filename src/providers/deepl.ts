/**
 * DeepL through the official deepl-node client. Quirks handled here:
 * - one `context` per request, so a batch goes as one request whose context is the text around all its segments;
 * - deepl-node's own retries re-send a translate request that timed out (DeepL may have billed it): they are off,
 *   and deepl-attempts.ts retries only what cannot be paid twice; Retry-After is never exposed, so a `rate-limit`
 *   error carries no retryAfterMs;
 * - its timeout is per client, so a translate request gets a client whose timeout grows with the batch (one
 *   client per step of timeout, kept for the run: connections are reused);
 * - a 200 whose body is not a full, readable answer was processed, so it was billed: the error says so;
 * - deepl-node errors can hold the key (the axios config inside ConnectionError): they are never passed on,
 *   only a scrubbed copy of their message.
 */
import type { DeepLClient, MultilingualGlossaryInfo, TargetLanguageCode, TranslateTextOptions } from 'deepl-node';
import { deeplNode } from './deepl-node.ts';
import type { GlossaryExport } from '../core/glossary-terms.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { AttemptsFailed, isServerError, isUnreadableAnswer, withAttempts } from './deepl-attempts.ts';
import { createStyleRule, listStyleRules, listTranslationMemories, type NewStyleRule, type StyleRuleSummary, type TranslationMemorySummary } from './deepl-account.ts';
import { batchContext } from './deepl-context.ts';
import { deeplLanguageOptions, describeDeepLOptions } from './deepl-options.ts';
import type { PreparedGlossary } from './deepl-glossary.ts';
import { syncGlossary } from './deepl-glossary-sync.ts';
import { deeplLanguageProblem, deeplTargetCode } from './deepl-languages.ts';
import { codePoints, type BillingRule } from './declaration.ts';
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_TIMEOUT_MS, readDeepLSettings, TIMEOUT_MS_PER_CHARACTER, type DeepLSettings } from './deepl-settings.ts';
import { DeepLClients } from './deepl-clients.ts';
import { ProviderError, type BatchResult, type ProviderClient, type ProviderFactory, type ProviderLimits, type ProviderSegment, type ProviderSettings, type TranslateBatch, type TranslatedSegment, type Usage } from './types.ts';

export { readDeepLSettings } from './deepl-settings.ts';
const NAME = 'deepl';
/** DeepL reports an unlimited plan as a huge limit. */
const UNLIMITED = 1e12;

/** Content of these stays verbatim (DeepL `ignore_tags`); `<code id/>` placeholders are empty, `<code>x</code>` is not. */
export const IGNORED_TAGS = ['dnt', 'code'];

/** One request: at most 50 texts and 128 KiB (deepl-node enforces neither). */
const LIMITS: ProviderLimits = { maxSegments: 50, maxBytes: 128 * 1024 };
/** DeepL bills the code points of the source text (the `context` sent with it is free). */
const BILLING: BillingRule = { charges: 'characters', characters: codePoints };

export const deeplFactory: ProviderFactory = {
  name: NAME,
  description: "DeepL API (DEEPL_AUTH_KEY; keys ending ':fx' use the free API; DEEPL_SERVER_URL overrides)",
  examples: [{ command: 'DEEPL_AUTH_KEY=… npm run translate -- --max-chars 50000', does: 'with DeepL, refusing a run that would bill more' }],
  environment: [
    { name: 'DEEPL_AUTH_KEY', secret: true, help: "your DeepL API key; free-API keys end in ':fx'" },
    { name: 'DEEPL_SERVER_URL', help: 'another DeepL-compatible endpoint (a proxy, or a test server)' },
    { name: 'DOLMETSCH_DEEPL_MAX_RETRIES', help: `attempts per request (default ${DEFAULT_MAX_ATTEMPTS}); only what cannot have been billed is sent again` },
    { name: 'DOLMETSCH_DEEPL_TIMEOUT_MS', help: `wait per request in ms (default ${DEFAULT_TIMEOUT_MS}), plus ${TIMEOUT_MS_PER_CHARACTER} ms per character of its texts` },
  ],
  billing: BILLING,
  limits: LIMITS,
  isConfigured: (settings) => Boolean(settings.env.DEEPL_AUTH_KEY?.trim()),
  create: (settings) => new DeepLProvider(readDeepLSettings(settings)),
  languageProblem: deeplLanguageProblem,
  describeLanguageOptions: (settings, language) => `DeepL options: ${describeDeepLOptions(settings.languageOptions?.[language])}`,
};

export class DeepLProvider implements ProviderClient {
  readonly #settings: DeepLSettings;
  readonly #clients: DeepLClients;
  readonly #client: DeepLClient;
  readonly #endpoint: string;
  #glossary: PreparedGlossary | undefined;
  /** The account's glossary list asked for by warmUp: the first attempt of prepare takes it instead of asking again. */
  #earlyListing: Promise<MultilingualGlossaryInfo[]> | undefined;
  #housekeeping: Promise<void> = Promise.resolve();

  constructor(settings: DeepLSettings) {
    this.#settings = settings;
    this.#clients = new DeepLClients(settings);
    this.#client = this.#clients.withTimeout(settings.timeoutMs);
    this.#endpoint = settings.serverUrl ?? (settings.authKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com');
  }

  /** The glossary list needs nothing of the project: it is on its way while the run still reads glossary.yaml. */
  async warmUp(signal?: AbortSignal): Promise<void> {
    if (this.#earlyListing || signal?.aborted) return;
    this.#earlyListing = this.#call(() => this.#client.listMultilingualGlossaries());
    await this.#earlyListing.catch(() => undefined); // its failure is reported by prepare, which takes it
  }

  /** `kept`: what the last run's prepare returned (the name of the glossary it prepared); returns the same for the next run. */
  async prepare({ glossary, signal, kept }: { glossary: GlossaryExport; signal?: AbortSignal; kept?: string }): Promise<string | undefined> {
    signal?.throwIfAborted();
    let early = this.#earlyListing;
    this.#earlyListing = undefined;
    // A sync that is tried again (a create that failed) lists afresh: the early list may predate the failed create.
    const list = () => {
      const listed = early ?? this.#client.listMultilingualGlossaries();
      early = undefined;
      return listed;
    };
    const synced = await this.#call(() => syncGlossary(this.#client, glossary, list, kept));
    this.#housekeeping = synced.housekeeping;
    this.#glossary = synced.prepared;
    return synced.prepared?.name;
  }

  /** A surplus glossary (made beside one the list showed) is deleted before the run ends. */
  idle(): Promise<void> {
    return this.#housekeeping;
  }

  async usage(signal?: AbortSignal): Promise<Usage> {
    signal?.throwIfAborted();
    const usage = await this.#call(() => this.#client.getUsage());
    if (!usage.character) throw new ProviderError(NAME, 'bad-response', 'DeepL /v2/usage reported no character count.');
    const { count, limit } = usage.character;
    return limit >= UNLIMITED ? { used: count } : { used: count, limit };
  }

  listStyleRules(): Promise<StyleRuleSummary[]> {
    return this.#call(() => listStyleRules(this.#client));
  }

  /** Never sent twice: after a dropped connection DeepL may have created it, and a second try would make a duplicate. */
  createStyleRule(rule: NewStyleRule): Promise<StyleRuleSummary> {
    return this.#call(() => createStyleRule(this.#client, rule), { billable: 0 });
  }

  listTranslationMemories(): Promise<TranslationMemorySummary[]> {
    return this.#call(() => listTranslationMemories(this.#client));
  }

  async translate(batch: TranslateBatch): Promise<BatchResult> {
    // Exactly one request per batch: the request count is the minimum, and a failed request can never discard
    // translations DeepL already billed (after several requests, a retry would pay for the successful ones again).
    // DeepL takes one `context` per request, so it is the (unbilled) text around the whole batch.
    assertWithinLimits(batch.segments, LIMITS);
    const sendable = batch.segments.filter((s) => s.text.trim() !== ''); // deepl-node refuses empty texts
    const byKey = new Map<string, TranslatedSegment>();
    if (sendable.length > 0) {
      batch.signal?.throwIfAborted();
      const texts = sendable.map((s) => s.text);
      const context = batchContext(sendable, texts);
      const glossaryId = this.#glossary?.languages.has(batch.targetLanguage) ? this.#glossary.id : undefined;
      const options: TranslateTextOptions = {
        ...deeplLanguageOptions(this.#settings.languageOptions[batch.targetLanguage]),
        tagHandling: 'xml',
        ignoreTags: IGNORED_TAGS,
        splitSentences: 'nonewlines',
        ...(context ? { context } : {}),
        ...(glossaryId ? { glossary: glossaryId } : {}),
      };
      const characters = texts.reduce((n, text) => n + BILLING.characters(text), 0);
      const client = this.#clients.withTimeout(this.#settings.timeoutMs + characters * TIMEOUT_MS_PER_CHARACTER);
      const translate = () => client.translateText(texts, 'de', this.#targetCode(batch.targetLanguage), options);
      const results = await this.#call(translate, { billable: characters, signal: batch.signal });
      // A 200 was processed and billed: a count that does not match ties no text to its segment, so none is kept.
      if (!Array.isArray(results) || results.length !== texts.length) {
        throw new ProviderError(NAME, 'bad-response', `DeepL answered ${Array.isArray(results) ? results.length : 'no'} translations for ${texts.length} texts.`, { possiblyBilledCharacters: characters });
      }
      const missing: ProviderSegment[] = [];
      sendable.forEach((segment, i) => {
        const result = results[i]!;
        if (typeof result.text !== 'string') return void missing.push(segment);
        const billed = Number.isInteger(result.billedCharacters) ? result.billedCharacters : BILLING.characters(segment.text);
        byKey.set(segment.key, { key: segment.key, text: result.text, billedCharacters: billed });
      });
      if (missing.length > 0) {
        throw new ProviderError(NAME, 'bad-response', `DeepL answered no text for ${missing.length} of ${texts.length} texts (${missing.map((s) => s.key).join(', ')}).`, {
          salvaged: [...byKey.values()],
          possiblyBilledCharacters: missing.reduce((n, s) => n + BILLING.characters(s.text), 0),
        });
      }
    }
    return { translations: batch.segments.flatMap((s) => byKey.get(s.key) ?? { key: s.key, text: '', billedCharacters: 0 }) };
  }

  #targetCode(language: TargetLanguage): TargetLanguageCode {
    const code = deeplTargetCode(language, this.#settings.englishVariant);
    // The run asks languageProblem before any request; reaching here without a code is a bug.
    if (code === undefined) throw new Error(`DeepL has no target code for "${language}"`);
    return code;
  }

  /**
   * A call with the retries that are safe. `billable`: the characters a translate request bills; such a request is
   * never re-sent once it may have reached DeepL, and a failure after that counts them as possibly billed.
   */
  async #call<T>(request: () => Promise<T>, translate?: { billable: number; signal?: AbortSignal | undefined }): Promise<T> {
    try {
      return await withAttempts(request, { maxAttempts: this.#settings.maxAttempts, resendMaybeDelivered: !translate, signal: translate?.signal });
    } catch (error) {
      throw error instanceof AttemptsFailed ? this.#mapError(error, translate?.billable ?? 0) : error; // else a bug, or InputError from the glossary
    }
  }

  #mapError(failure: AttemptsFailed, billable: number): ProviderError {
    const { error } = failure;
    const detail = scrubKey(error.message, this.#settings.authKey);
    const cause = new Error(detail);
    cause.name = error.constructor.name;
    const fail = (kind: ProviderError['kind'], message: string, possiblyBilledCharacters = 0) =>
      new ProviderError(NAME, kind, message, { cause, possiblyBilledCharacters });
    if (error instanceof deeplNode().AuthorizationError) {
      return fail('auth', "DeepL rejected the key (HTTP 403). Check DEEPL_AUTH_KEY: a free-API key ends in ':fx'.");
    }
    if (error instanceof deeplNode().QuotaExceededError) return fail('quota', 'DeepL quota for this billing period is used up (HTTP 456).');
    if (error instanceof deeplNode().TooManyRequestsError) return fail('rate-limit', `DeepL still answered 429 Too Many Requests after ${failure.tried}.`);
    if (error instanceof deeplNode().ConnectionError && failure.maybeDelivered && billable > 0) {
      const what = failure.timedOut ? 'gave no answer in time' : 'dropped the connection';
      return fail('unavailable', `DeepL at ${this.#endpoint} ${what} (${failure.tried}): ${detail}. The request was not sent again, since DeepL may have billed it; its ${billable} characters count as possibly billed.`, billable);
    }
    if (error instanceof deeplNode().ConnectionError) return fail('unavailable', `DeepL at ${this.#endpoint} could not be reached (${failure.tried}): ${detail}`);
    if (isServerError(error)) return fail('unavailable', `DeepL at ${this.#endpoint} failed (${failure.tried}): ${detail}`);
    if (isUnreadableAnswer(error)) return fail('bad-response', `DeepL answered HTTP 200 with a body that is no translation: ${detail}`, billable);
    return fail('bad-response', `DeepL refused the request: ${detail}`);
  }
}

/** The pipeline batches within the limits; breaking them is a bug there, not an expected failure. */
function assertWithinLimits(segments: ProviderSegment[], limits: ProviderLimits): void {
  const bytes = segments.reduce((sum, s) => sum + Buffer.byteLength(s.text, 'utf8'), 0);
  if (segments.length > limits.maxSegments || bytes > limits.maxBytes) {
    throw new Error(`DeepL batch of ${segments.length} segments / ${bytes} bytes exceeds ${limits.maxSegments} / ${limits.maxBytes}.`);
  }
  const keys = new Set(segments.map((s) => s.key));
  if (keys.size !== segments.length) throw new Error('DeepL batch holds duplicate segment keys.');
}

/** Replaces the key, the key without ':fx', and every 8-character piece of it. */
export function scrubKey(text: string, key: string): string {
  const pieces = [key, key.replace(/:fx$/, '')];
  for (let i = 0; i + 8 <= key.length; i++) pieces.push(key.slice(i, i + 8));
  return pieces.reduce((scrubbed, piece) => scrubbed.split(piece).join('[key]'), text);
}
