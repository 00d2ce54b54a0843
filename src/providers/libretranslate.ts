/**
 * `libretranslate`: a (usually self-hosted) LibreTranslate server. POST /translate with `q` as an array (one request
 * per batch) and `format: 'html'`, so markup survives as elements. The provider's XML tags become HTML it can parse:
 * em/strong/del/a stay elements, empty tags (`<code id="2"/>` …) become empty `<span translate="no" data-tag data-id>`.
 * LibreTranslate has no glossary: each glossary and do-not-translate term found in the German (base form, whole word)
 * is replaced by its target inside `<span translate="no" data-term="n">`, which the engine leaves alone, and put back
 * by number afterwards. Inflected forms are not replaced; the post-check (tags, terms) flags what came back wrong with
 * a `review` reason. The engine is deterministic, so a failing segment is not asked for again.
 */
import type { GlossaryTerm } from '../core/glossary-terms.ts';
import { escapeXmlText, parseTagged } from '../source/tagged-text.ts';
import type { TaggedNode } from '../source/tagged-text.ts';
import { detailOf, postJson, readBaseUrl, retryAfterMs, scrub } from './openai-http.ts';
import { readPositiveInteger } from './env-settings.ts';
import type { JsonResponse } from './openai-http.ts';
import { translationProblems } from './openai-validation.ts';
import { FREE } from './declaration.ts';
import { ProviderError } from './types.ts';
import type { BatchResult, ProviderClient, ProviderFactory, ProviderSettings, TranslateBatch } from './types.ts';

const NAME = 'libretranslate';

export interface LibreTranslateSettings {
  url: string;
  apiKey?: string | undefined;
  timeoutMs: number;
  maxAttempts: number;
  backoffMs: number;
}

export const libretranslateFactory: ProviderFactory = {
  name: NAME,
  description: 'self-hosted LibreTranslate (LIBRETRANSLATE_URL, optional LIBRETRANSLATE_API_KEY); free',
  examples: [{ command: 'LIBRETRANSLATE_URL=http://localhost:5000 npm run translate -- --provider libretranslate', does: 'with your own LibreTranslate server' }],
  environment: [
    { name: 'LIBRETRANSLATE_URL', help: 'your server, e.g. http://localhost:5000' },
    { name: 'LIBRETRANSLATE_API_KEY', secret: true, help: 'its API key, if it wants one' },
    { name: 'DOLMETSCH_LIBRETRANSLATE_MAX_RETRIES', help: 'attempts per request (default 3)' },
    { name: 'DOLMETSCH_LIBRETRANSLATE_TIMEOUT_MS', help: 'wait per request in ms (default 60000)' },
    { name: 'DOLMETSCH_LIBRETRANSLATE_BACKOFF_MS', help: 'wait before the second attempt in ms, doubling after (default 1000)' },
  ],
  billing: FREE,
  /** A CPU-bound engine: modest batches keep one request well under the timeout. */
  limits: { maxSegments: 25, maxBytes: 32 * 1024 },
  isConfigured: (settings) => Boolean(settings.env.LIBRETRANSLATE_URL?.trim()),
  create: (settings) => new LibreTranslateProvider(readLibreTranslateSettings(settings)),
};

export function readLibreTranslateSettings({ env }: ProviderSettings): LibreTranslateSettings {
  const raw = env.LIBRETRANSLATE_URL?.trim();
  if (!raw) throw new ProviderError(NAME, 'config', 'LIBRETRANSLATE_URL is not set. Point it at your server, e.g. http://localhost:5000.');
  return {
    url: readBaseUrl(NAME, 'LIBRETRANSLATE_URL', raw, 'http://localhost:5000'),
    apiKey: env.LIBRETRANSLATE_API_KEY?.trim() || undefined,
    maxAttempts: readPositiveInteger(NAME, env, 'DOLMETSCH_LIBRETRANSLATE_MAX_RETRIES', 3),
    timeoutMs: readPositiveInteger(NAME, env, 'DOLMETSCH_LIBRETRANSLATE_TIMEOUT_MS', 60_000),
    backoffMs: readPositiveInteger(NAME, env, 'DOLMETSCH_LIBRETRANSLATE_BACKOFF_MS', 1000),
  };
}

export class LibreTranslateProvider implements ProviderClient {
  readonly #settings: LibreTranslateSettings;

  constructor(settings: LibreTranslateSettings) {
    this.#settings = settings;
  }

  get #service(): string {
    return `LibreTranslate at ${this.#settings.url}`;
  }

  async translate(batch: TranslateBatch): Promise<BatchResult> {
    batch.signal?.throwIfAborted();
    const sendable = batch.segments.filter((s) => s.text.trim() !== '');
    const prepared = sendable.map((s) => toHtml(s.text, s.terms));
    const texts = new Map<string, string>();
    if (sendable.length > 0) {
      const secrets = this.#settings.apiKey ? [this.#settings.apiKey] : [];
      const answer = await postJson({
        provider: NAME,
        service: this.#service,
        url: `${this.#settings.url}/translate`,
        body: { q: prepared.map((p) => p.html), source: 'de', target: batch.targetLanguage, format: 'html', ...(this.#settings.apiKey ? { api_key: this.#settings.apiKey } : {}) },
        signal: batch.signal,
        timeoutMs: this.#settings.timeoutMs,
        maxAttempts: this.#settings.maxAttempts,
        backoffMs: this.#settings.backoffMs,
        secrets,
      });
      if (answer.status !== 200) throw this.#failure(answer, secrets);
      const translated = (answer.json as { translatedText?: unknown } | undefined)?.translatedText;
      if (!Array.isArray(translated) || translated.length !== sendable.length || translated.some((t) => typeof t !== 'string')) {
        const found = Array.isArray(translated) ? `${translated.length} texts` : answer.json === undefined ? 'no JSON' : 'no translatedText list';
        throw new ProviderError(NAME, 'bad-response', `${this.#service} answered ${found} for ${sendable.length} texts.`);
      }
      sendable.forEach((s, i) => texts.set(s.key, fromHtml(translated[i] as string, prepared[i]!.placeholders)));
    }
    return {
      translations: batch.segments.map((segment) => {
        const text = texts.get(segment.key) ?? '';
        const problems = text === '' ? [] : translationProblems(segment.text, text, segment.terms, batch.targetLanguage);
        const review = problems.length > 0 ? `LibreTranslate's text failed the checks: ${problems.join('; ')}.` : undefined;
        return { key: segment.key, text, billedCharacters: 0, ...(review ? { review } : {}) };
      }),
    };
  }

  #failure(answer: JsonResponse, secrets: string[]): ProviderError {
    const detail = detailOf(answer, secrets);
    if (answer.status === 403 || (answer.status === 400 && /api key/i.test(detail))) {
      return new ProviderError(NAME, 'auth', `${this.#service} refused the API key (HTTP ${answer.status}${detail}). Check LIBRETRANSLATE_API_KEY.`);
    }
    if (answer.status === 429) {
      const wait = retryAfterMs(answer.headers);
      return new ProviderError(NAME, 'rate-limit', `${this.#service} answered 429 Too Many Requests${detail}.`, wait === undefined ? {} : { retryAfterMs: wait });
    }
    return new ProviderError(NAME, 'bad-response', scrub(`${this.#service} refused the request (HTTP ${answer.status}${detail}).`, secrets));
  }
}

/** The segment as HTML for LibreTranslate, with the target text of each protected term by placeholder number. */
export function toHtml(text: string, terms: readonly GlossaryTerm[]): { html: string; placeholders: string[] } {
  const parsed = parseTagged(text);
  if (!parsed.ok) return { html: text, placeholders: [] }; // the pipeline never sends broken markup; the post-check would say so
  const placeholders: string[] = [];
  const ordered = [...terms].filter((t) => t.source.trim() !== '').sort((a, b) => b.source.length - a.source.length);
  const pattern = ordered.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${ordered.map((t) => escapeRegExp(t.source)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const protect = (value: string): string => {
    if (!pattern) return escapeXmlText(value);
    let html = '';
    let at = 0;
    for (const match of value.matchAll(pattern)) {
      const term = ordered.find((t) => t.source === match[0])!;
      placeholders.push(term.doNotTranslate ? term.source : term.target);
      html += `${escapeXmlText(value.slice(at, match.index))}<span translate="no" data-term="${placeholders.length - 1}">${escapeXmlText(placeholders.at(-1)!)}</span>`;
      at = match.index + match[0].length;
    }
    return html + escapeXmlText(value.slice(at));
  };
  const render = (nodes: readonly TaggedNode[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') return protect(node.value);
        const id = node.id === undefined ? '' : ` id="${escapeAttribute(node.id)}"`;
        if (node.name === 'em' || node.name === 'strong' || node.name === 'del' || node.name === 'a') return `<${node.name}${id}>${render(node.children)}</${node.name}>`;
        return `<span translate="no" data-tag="${node.name}"${node.id === undefined ? '' : ` data-id="${escapeAttribute(node.id)}"`}></span>`;
      })
      .join('');
  return { html: render(parsed.nodes), placeholders };
}

/** LibreTranslate's HTML back to the provider's XML tags, each protected term replaced by its target. */
export function fromHtml(html: string, placeholders: readonly string[]): string {
  const open: Array<'keep' | 'skip' | 'drop'> = []; // per open <span>: skip its content, or drop only the span itself
  let out = '';
  for (const token of html.split(/(<[^>]*>)/)) {
    const tag = /^<(\/?)([A-Za-z][\w-]*)([^>]*?)(\/?)>$/.exec(token);
    const skipping = open.includes('skip');
    if (!tag) {
      if (!skipping) out += token.replace(/&nbsp;/g, '\u00a0');
      continue;
    }
    const [, closing, rawName, rawAttributes, selfClosing] = tag;
    const name = rawName!.toLowerCase();
    const attributes = attributesOf(rawAttributes ?? '');
    if (name === 'span') {
      if (closing) open.pop();
      else if (!skipping && attributes['data-term'] !== undefined) out += escapeXmlText(placeholders[Number(attributes['data-term'])] ?? '');
      else if (!skipping && attributes['data-tag'] !== undefined) {
        out += `<${attributes['data-tag']}${attributes['data-id'] === undefined ? '' : ` id="${escapeAttribute(attributes['data-id'])}"`}/>`;
      }
      if (!closing && !selfClosing) open.push(attributes['data-term'] !== undefined || attributes['data-tag'] !== undefined ? 'skip' : 'drop');
      continue;
    }
    if (skipping) continue;
    const id = attributes.id === undefined ? '' : ` id="${escapeAttribute(attributes.id)}"`;
    out += closing ? `</${name}>` : `<${name}${name === 'a' ? id : ''}${selfClosing ? '/' : ''}>`;
  }
  return out;
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    attributes[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeAttribute = (text: string) => escapeXmlText(text).replace(/"/g, '&quot;');
const decodeEntities = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
