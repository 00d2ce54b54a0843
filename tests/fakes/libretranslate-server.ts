/**
 * A fake LibreTranslate on 127.0.0.1: `POST /translate` with JSON `{q, source, target, format, api_key}` →
 * `{translatedText}` (a list for a list `q`), errors as `{error: "…"}` with LibreTranslate's statuses (400, 403 for a
 * missing or wrong key, 429, 500). It "translates" text outside tags and outside `translate="no"` elements word by
 * word: a few German words from a small dictionary, every other word in capitals — so an unprotected name visibly
 * changes (`Pjöngjang` → `PJÖNGJANG`), while markup and protected spans come back as sent (as translate-html keeps them).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, readBody, replier } from './listen.ts';

export type LibreFault =
  | { status: 400 | 403 | 500 | 503; message?: string }
  | { status: 429; retryAfter?: string }
  | { drop: true }
  | { delayMs: number }
  | { malformed: true }
  | { omitTranslations: number }
  /** Loses every `translate="no"` element with its content (an engine that mangles placeholders). */
  | { loseProtected: true }
  /** Loses every em/strong/del/a element (keeps the text). */
  | { dropTags: true };

export interface LibreRequestRecord {
  body: { q?: unknown; source?: string; target?: string; format?: string; api_key?: string };
  texts: string[];
  fault?: LibreFault;
  status?: number;
  at: number;
}

export interface FakeLibreTranslateOptions {
  /** When set, requests need `api_key` equal to it (403 otherwise, as with `--api-keys`). */
  apiKey?: string;
  /** Error messages quote the api_key received: a careless server, to prove scrubbing. */
  echoKeyInErrors?: boolean;
  latencyMs?: number;
}

export interface FakeLibreTranslate {
  url: string;
  requests: LibreRequestRecord[];
  faults: LibreFault[];
  close(): Promise<void>;
}

const DICTIONARY: Record<string, Record<string, string>> = {
  en: { besucht: 'visits', und: 'and', der: 'the', die: 'the', das: 'the', in: 'in', ist: 'is', ein: 'a', eine: 'a', Satz: 'sentence' },
  ko: { besucht: '방문한다', und: '그리고', Satz: '문장' },
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFakeLibreTranslate(options: FakeLibreTranslateOptions = {}): Promise<FakeLibreTranslate> {
  const started = Date.now();
  const requests: LibreRequestRecord[] = [];
  const faults: LibreFault[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    let body: LibreRequestRecord['body'] = {};
    try {
      body = JSON.parse(raw) as LibreRequestRecord['body'];
    } catch {
      body = {};
    }
    const texts = Array.isArray(body.q) ? (body.q as string[]) : typeof body.q === 'string' ? [body.q] : [];
    const record: LibreRequestRecord = { body, texts, at: Date.now() - started };
    requests.push(record);
    const send = replier(res, record);
    const fail = (status: number, message: string, headers?: Record<string, string>) =>
      send(status, { error: options.echoKeyInErrors ? `${message} (api_key=${body.api_key})` : message }, headers);

    if (options.latencyMs) await sleep(options.latencyMs);
    if (req.method !== 'POST' || req.url !== '/translate') return fail(404, 'Not Found');
    const fault = faults.shift();
    if (fault) record.fault = fault;
    if (fault && 'drop' in fault) return void req.socket.destroy();
    if (fault && 'delayMs' in fault) await sleep(fault.delayMs);
    if (fault && 'status' in fault) {
      if (fault.status === 429) return fail(429, 'Too many request limits violations', fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter });
      return fail(fault.status, fault.message ?? (fault.status === 403 ? 'Invalid API key' : `Injected ${fault.status}`));
    }
    if (options.apiKey !== undefined && body.api_key !== options.apiKey) return fail(403, 'Invalid API key');
    if (texts.length === 0) return fail(400, "Invalid request: missing q parameter");
    if (!body.target || !DICTIONARY[body.target] || body.source !== 'de') return fail(400, `${body.target} is not supported`);
    if (fault && 'malformed' in fault) return send(200, '{"translatedText": ["');
    const omit = fault && 'omitTranslations' in fault ? fault.omitTranslations : 0;
    const translated = texts.slice(omit).map((text) => translateHtml(text, DICTIONARY[body.target!]!, fault));
    return send(200, { translatedText: Array.isArray(body.q) ? translated : translated[0] });
  };

  const { origin, close } = await listenOnLoopback(handle);
  return {
    url: origin,
    requests,
    faults,
    close,
  };
}

/** Text nodes outside translate="no" are translated; elements stay (self-closing ones written open+close, as BeautifulSoup does). */
function translateHtml(html: string, dictionary: Record<string, string>, fault: LibreFault | undefined): string {
  const protectedDepth: boolean[] = [];
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => {
      if (i % 2 === 0) {
        if (!protectedDepth.includes(true)) return translateWords(part, dictionary);
        return fault && 'loseProtected' in fault ? '' : part;
      }
      const tag = /^<(\/?)([A-Za-z][\w-]*)([^>]*?)(\/?)>$/.exec(part);
      if (!tag) return part;
      const [, closing, name, attributes, selfClosing] = tag;
      const isNo = /translate="no"/.test(attributes ?? '');
      if (!closing) protectedDepth.push(isNo);
      if (closing || selfClosing) protectedDepth.pop();
      if (fault && 'dropTags' in fault && /^(em|strong|del|a)$/.test(name!)) return '';
      if (fault && 'loseProtected' in fault && (isNo || (closing && name === 'span'))) return '';
      return selfClosing ? `<${name}${attributes}></${name}>` : part;
    })
    .join('');
}

function translateWords(text: string, dictionary: Record<string, string>): string {
  return text.replace(/&#?\w+;|[\p{L}\p{M}]+/gu, (word) => (word.startsWith('&') ? word : dictionary[word] ?? word.toUpperCase()));
}
