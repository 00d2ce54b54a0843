/**
 * A fake OpenAI-compatible chat endpoint on 127.0.0.1 (`POST {url}/chat/completions`, url ending in /v1), speaking
 * the wire format of OpenAI and Ollama's /v1: Bearer auth, `response_format`, `choices[0].message.content`, `usage`,
 * errors as `{error: {message, type, param, code}}`. It reads the JSON data in the user message and "translates"
 * deterministically: `[EN] ` / `[KO] ` + the text with the glossary's `use` put in for each `term` outside tags.
 * It records every request and fails on demand; with `obeyInjections` it does what an instruction-like
 * source sentence says instead of translating it, as a gullible model would.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, readBody, replier } from './listen.ts';

export type ResponseFormatType = 'json_schema' | 'json_object' | 'none';

export type OpenAIFault =
  | { status: 401 | 403 | 500 | 503 }
  | { status: 429; retryAfter?: string; quota?: boolean }
  | { drop: true }
  | { delayMs: number }
  /** Answers 200 with this body as it is (empty, an HTML page from a proxy…). */
  | { rawBody: string }
  /** `body`: the HTTP body is not JSON; `content`: the message content is not JSON. */
  | { malformed: 'body' | 'content' }
  | { omitId: true }
  | { extraId: true }
  | { duplicateId: true }
  /** Strips every markup tag from the translations. */
  | { dropTags: true }
  /** Obeys an instruction-like sentence in this one request. */
  | { obey: true };

export interface ChatRequestRecord {
  path: string;
  authorization: string | undefined;
  body: {
    model?: string;
    temperature?: number;
    messages?: Array<{ role: string; content: string }>;
    response_format?: { type: string; json_schema?: { name: string; strict: boolean; schema: unknown } };
  };
  system: string;
  user: string;
  /** The user message parsed as JSON (undefined when it is not JSON). */
  data?: { segments?: Array<{ id: string; text: string; before?: string; after?: string }>; glossary?: Array<{ term: string; use: string; keep?: boolean }> };
  responseFormat: ResponseFormatType;
  fault?: OpenAIFault;
  status?: number;
  /** ms since the server started. */
  at: number;
}

export interface FakeOpenAIOptions {
  /** When set, only `Bearer <apiKey>` is accepted; when not, anything is (a local Ollama). */
  apiKey?: string;
  /** The response formats the endpoint accepts; others get a 400 naming `response_format`. Default: all. */
  supports?: ResponseFormatType[];
  /** Models served; others get a 404 as Ollama sends it. Default: any. */
  models?: string[];
  obeyInjections?: boolean;
  /** Wrap the content in a ```json fence when no response_format was asked for (as chat models like to). */
  fenceUnstructured?: boolean;
  /** Error messages quote the Authorization header: a careless server, to prove scrubbing. */
  echoAuthorizationInErrors?: boolean;
  latencyMs?: number;
}

export interface FakeOpenAI {
  /** Base URL, ending in /v1 (what OPENAI_BASE_URL holds). */
  url: string;
  requests: ChatRequestRecord[];
  faults: OpenAIFault[];
  close(): Promise<void>;
}

const INJECTION = /ignore all previous instructions|ignoriere alle (?:vorherigen|bisherigen) anweisungen/i;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const started = Date.now();
  const requests: ChatRequestRecord[] = [];
  const faults: OpenAIFault[] = [];
  const supports = options.supports ?? ['json_schema', 'json_object', 'none'];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    const body = (parse(raw) ?? {}) as ChatRequestRecord['body'];
    const messages = body.messages ?? [];
    const system = messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n');
    const user = messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
    const data = parse(user) as ChatRequestRecord['data'];
    const record: ChatRequestRecord = {
      path: req.url ?? '', authorization: req.headers.authorization, body, system, user, responseFormat: (body.response_format?.type ?? 'none') as ResponseFormatType, at: Date.now() - started,
      ...(data ? { data } : {}),
    };
    requests.push(record);
    const send = replier(res, record);
    const fail = (status: number, message: string, extra: { type?: string; code?: string; param?: string } = {}, headers?: Record<string, string>) =>
      send(status, { error: { message: options.echoAuthorizationInErrors ? `${message} (got ${req.headers.authorization})` : message, type: extra.type ?? 'invalid_request_error', param: extra.param ?? null, code: extra.code ?? null } }, headers);

    if (options.latencyMs) await sleep(options.latencyMs);
    if (req.method !== 'POST' || record.path !== '/v1/chat/completions') return fail(404, `No route ${req.method} ${record.path}`);
    const fault = faults.shift();
    if (fault) record.fault = fault;
    if (fault && 'drop' in fault) return void req.socket.destroy();
    if (fault && 'delayMs' in fault) await sleep(fault.delayMs);
    if (fault && 'status' in fault) {
      if (fault.status === 429 && fault.quota) return fail(429, 'You exceeded your current quota, please check your plan and billing details.', { type: 'insufficient_quota', code: 'insufficient_quota' });
      if (fault.status === 429) return fail(429, 'Rate limit reached for requests', { type: 'requests', code: 'rate_limit_exceeded' }, fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter });
      if (fault.status === 401) return fail(401, 'Incorrect API key provided.', { code: 'invalid_api_key' });
      return fail(fault.status, `Injected ${fault.status}`, { type: 'server_error' });
    }
    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) return fail(401, 'Incorrect API key provided.', { code: 'invalid_api_key' });
    if (options.models && !options.models.includes(body.model ?? '')) return fail(404, `model "${body.model}" not found, try pulling it first`, { type: 'api_error' });
    if (!supports.includes(record.responseFormat)) {
      return fail(400, `Invalid parameter: 'response_format' of type '${record.responseFormat}' is not supported with this model.`, { param: 'response_format' });
    }
    if (fault && 'malformed' in fault && fault.malformed === 'body') return send(200, '{"id": "chatcmpl-1", "choices": [');
    if (fault && 'rawBody' in fault) return send(200, fault.rawBody);
    if (!data?.segments) return fail(400, 'The user message holds no segments (the fake understands only dolmetsch requests).');

    const language = /Korean/.test(system) ? 'KO' : 'EN';
    const glossary = data.glossary ?? [];
    let items = data.segments.map((s) => ({ id: s.id, text: `[${language}] ${applyGlossary(s.text, glossary)}` }));
    const injected = data.segments.find((s) => INJECTION.test(s.text));
    if (injected && (options.obeyInjections || (fault && 'obey' in fault))) {
      items = [{ id: injected.id, text: 'OK' }, { id: 'note', text: 'As instructed, I ignored all previous instructions.' }];
    }
    if (fault && 'omitId' in fault) items = items.slice(0, -1);
    if (fault && 'extraId' in fault) items = [...items, { id: String(items.length + 1), text: '[EN] An extra sentence.' }];
    if (fault && 'duplicateId' in fault) items = [...items, items[0]!];
    if (fault && 'dropTags' in fault) items = items.map((item) => ({ ...item, text: item.text.replace(/<[^>]*>/g, '') }));
    let content = JSON.stringify({ translations: items });
    if (fault && 'malformed' in fault) content = content.slice(0, -3);
    else if (record.responseFormat === 'none' && options.fenceUnstructured) content = `\`\`\`json\n${content}\n\`\`\``;
    return send(200, {
      id: `chatcmpl-${requests.length}`,
      object: 'chat.completion',
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: Math.ceil((system.length + user.length) / 4), completion_tokens: Math.ceil(content.length / 4), total_tokens: 0 },
    });
  };

  const { origin, close } = await listenOnLoopback(handle);
  return {
    url: `${origin}/v1`,
    requests,
    faults,
    close,
  };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Puts each glossary `use` in for its `term` (whole words only: an inflected form stays), outside tags, longest term first. */
function applyGlossary(xml: string, glossary: Array<{ term: string; use: string }>): string {
  if (glossary.length === 0) return xml;
  const sorted = [...glossary].sort((a, b) => b.term.length - a.term.length);
  const pattern = new RegExp(`(?<!\\p{L})(?:${sorted.map((g) => g.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?!\\p{L})`, 'gu');
  return xml
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, (term) => sorted.find((g) => g.term === term)!.use)))
    .join('');
}
