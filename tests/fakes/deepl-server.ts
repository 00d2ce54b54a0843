/**
 * A fake DeepL API on 127.0.0.1 that speaks what deepl-node 1.28 sends: form-encoded POST bodies, query
 * strings on GET, JSON answers; /v2/translate, /v2/usage, /v2/languages, the v3 glossary endpoints, and the v3 style
 * rule (list, create: a JSON body) and translation memory (list) endpoints.
 * It records every request, translates deterministically (`[EN] ` / `[KO] ` + the text with the glossary
 * applied outside tags and outside ignored tags), bills source code points against a quota, and fails on demand.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { listenOnLoopback, readBody, replier } from './listen.ts';

export type Fault =
  | { status: 429; retryAfter?: number }
  | { status: 400 | 403 | 456 | 500 | 503 }
  | { drop: true }
  | { delayMs: number }
  /** Answers 200 but leaves out this many translations (a broken response). */
  | { omitTranslations: number }
  /** Bills the texts, then answers 200 with this body as it is (not JSON, empty, HTML…): a broken response. */
  | { billedBody: string }
  /** Bills the texts, then answers 200 with the translation at this index lacking its `text`. */
  | { noTextAt: number }
  /** Answers 200 but loses every closing tag in the translations (markup that comes back broken). */
  | { breakTags: true };

/** Faults for the next /v2/translate requests, one per request, in order. */
export type FaultQueue = Fault[];

export interface RecordedRequest {
  method: string;
  path: string;
  /** Form fields (POST/PUT/PATCH) or query parameters (GET/DELETE); repeated fields become arrays. */
  body: Record<string, string | string[]>;
  /** The parsed body of a JSON request (POST /v3/style_rules). */
  json?: unknown;
  /** Size of the request body as received (0 for GET/DELETE). */
  bodyBytes: number;
  authorized: boolean;
  texts: string[];
  context?: string;
  glossaryId?: string;
  tagHandling?: string;
  targetLang?: string;
  /** ms since the server started. */
  at: number;
  fault?: Fault;
  /** HTTP status sent; undefined while pending or when the connection was dropped. */
  status?: number;
  /** ms since the server started, when the answer was sent. */
  answeredAt?: number;
}

export interface FakeDictionary {
  sourceLang: string;
  targetLang: string;
  entries: Map<string, string>;
}

export interface FakeGlossary {
  id: string;
  name: string;
  creationTime: string;
  dictionaries: FakeDictionary[];
}

/** A style rule list as DeepL answers it (wire shape). */
export interface FakeStyleRule {
  style_id: string;
  name: string;
  creation_time: string;
  updated_time: string;
  language: string;
  version: number;
  configured_rules?: Record<string, Record<string, string>>;
  custom_instructions?: Array<{ id: string; label: string; prompt: string }>;
}

/** A translation memory as DeepL answers it (wire shape); made by uploading a TMX in DeepL, not by the API here. */
export interface FakeTranslationMemory {
  translation_memory_id: string;
  name: string;
  source_language: string;
  target_languages: string[];
  segment_count: number;
  creation_time?: string;
  updated_time?: string;
}

export interface FakeDeepLOptions {
  /** The only key accepted (default `test-key:fx`). */
  authKey?: string;
  /** Characters per billing period; translate answers 456 once a request would exceed it. */
  quota?: number;
  /** Added to every request. */
  latencyMs?: number;
  /** Error bodies quote the Authorization header they received: a careless server, to prove scrubbing. */
  echoAuthorizationInErrors?: boolean;
  /** What goes before every translation (default `[EN] ` / `[KO] `); benchmarks use one without Markdown syntax. */
  marker?: (targetLanguage: string) => string;
}

export interface FakeDeepL {
  url: string;
  /** When the server started (ms since the epoch): `at` and `answeredAt` count from here. */
  startedAt: number;
  requests: RecordedRequest[];
  faults: FaultQueue;
  glossaries: Map<string, FakeGlossary>;
  styleRules: FakeStyleRule[];
  translationMemories: FakeTranslationMemory[];
  /** Faults for the next /v3/style_rules and /v3/translation_memories requests (status faults and drops). */
  accountFaults: FaultQueue;
  /** Faults for the next glossary list (GET /v3/glossaries), create (POST) and delete requests (status faults, drops, delays). */
  glossaryFaults: { list: FaultQueue; create: FaultQueue; delete: FaultQueue };
  /** Characters billed so far. */
  readonly used: number;
  close(): Promise<void>;
  /** Client connections still open (a dead client's close once the server has read all it sent). */
  openConnections(): number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFakeDeepL(options: FakeDeepLOptions = {}): Promise<FakeDeepL> {
  const authKey = options.authKey ?? 'test-key:fx';
  const quota = options.quota ?? 500_000;
  const started = Date.now();
  const requests: RecordedRequest[] = [];
  const faults: FaultQueue = [];
  const glossaries = new Map<string, FakeGlossary>();
  const styleRules: FakeStyleRule[] = [];
  const translationMemories: FakeTranslationMemory[] = [];
  const accountFaults: FaultQueue = [];
  const glossaryFaults = { list: [] as FaultQueue, create: [] as FaultQueue, delete: [] as FaultQueue };
  let used = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    const params = req.method === 'GET' || req.method === 'DELETE' ? url.searchParams : new URLSearchParams(raw);
    const isJson = (req.headers['content-type'] ?? '').startsWith('application/json');
    const body = isJson ? {} : toRecord(params);
    const authorization = req.headers.authorization ?? '';
    const record: RecordedRequest = {
      method: req.method ?? 'GET', path: url.pathname, body, bodyBytes: Buffer.byteLength(raw), authorized: authorization === `DeepL-Auth-Key ${authKey}`,
      texts: isJson ? [] : params.getAll('text'), at: Date.now() - started, ...(isJson ? { json: parseJson(raw) } : {}),
      ...optional('context', params.get('context')), ...optional('glossaryId', params.get('glossary_id')),
      ...optional('tagHandling', params.get('tag_handling')), ...optional('targetLang', params.get('target_lang')),
    };
    requests.push(record);
    res.once('finish', () => (record.answeredAt = Date.now() - started));
    const send = replier(res, record);
    const fail = (status: number, message: string, headers?: Record<string, string>) =>
      send(status, { message: options.echoAuthorizationInErrors ? `${message} (got ${authorization})` : message }, headers);

    if (options.latencyMs) await sleep(options.latencyMs);
    let omit = 0;
    let breakTags = false;
    let billedBody: string | undefined;
    let noTextAt = -1;
    if (record.path === '/v2/translate' && faults.length > 0) {
      const fault = faults.shift()!;
      record.fault = fault;
      if ('drop' in fault) return void req.socket.destroy();
      if ('delayMs' in fault) await sleep(fault.delayMs);
      else if ('omitTranslations' in fault) omit = fault.omitTranslations;
      else if ('breakTags' in fault) breakTags = true;
      else if ('billedBody' in fault) billedBody = fault.billedBody;
      else if ('noTextAt' in fault) noTextAt = fault.noTextAt;
      else if (fault.status === 429) return fail(429, 'Too many requests', fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) });
      else return fail(fault.status, `Injected ${fault.status}`);
    }
    // The account's other endpoints and the glossary calls: a fault queue each, taken the same way.
    const otherQueue = /^\/v3\/(style_rules|translation_memories)/.test(record.path) ? accountFaults
      : !record.path.startsWith('/v3/glossaries') ? undefined
      : record.method === 'GET' && record.path === '/v3/glossaries' ? glossaryFaults.list
      : record.method === 'POST' ? glossaryFaults.create
      : record.method === 'DELETE' ? glossaryFaults.delete : undefined;
    if (otherQueue && otherQueue.length > 0) {
      const fault = otherQueue.shift()!;
      record.fault = fault;
      if ('drop' in fault) return void req.socket.destroy();
      if ('delayMs' in fault) await sleep(fault.delayMs);
      else if ('status' in fault) return fail(fault.status, `Injected ${fault.status}`);
    }
    if (!record.authorized) return fail(403, 'Wrong endpoint or invalid auth key');

    const route = `${record.method} ${record.path}`;
    if (route === 'POST /v2/translate') {
      const target = params.get('target_lang');
      if (!target || record.texts.length === 0) return fail(400, 'Parameter target_lang or text missing');
      const glossaryId = params.get('glossary_id');
      const dictionary = glossaryId ? glossaries.get(glossaryId)?.dictionaries.find((d) => d.targetLang === baseLanguage(target)) : undefined;
      if (glossaryId && !dictionary) return fail(400, `Glossary ${glossaryId} has no dictionary de→${target}`);
      const billed = record.texts.map((t) => [...t].length);
      const total = billed.reduce((a, b) => a + b, 0);
      if (used + total > quota) return fail(456, 'Quota exceeded');
      used += total;
      if (billedBody !== undefined) {
        record.status = 200;
        return void res.writeHead(200, { 'Content-Type': billedBody.startsWith('<') ? 'text/html' : 'application/json' }).end(billedBody);
      }
      const ignored = (params.get('ignore_tags') ?? '').split(',').filter(Boolean);
      const prefix = options.marker ? options.marker(baseLanguage(target)) : `[${baseLanguage(target).toUpperCase()}] `;
      return send(200, {
        translations: record.texts.slice(omit).map((text, i) => ({
          detected_source_language: 'DE',
          ...(i === noTextAt ? {} : { text: (prefix + applyGlossary(text, dictionary?.entries, ignored)).replace(breakTags ? /<\/[a-z]+>/g : /$^/, '') }),
          billed_characters: billed[i + omit],
        })),
      });
    }
    if (route === 'GET /v2/usage') return send(200, { character_count: used, character_limit: quota });
    if (route === 'GET /v2/languages') {
      return params.get('type') === 'target'
        ? send(200, [{ language: 'EN-US', name: 'English (American)', supports_formality: false }, { language: 'EN-GB', name: 'English (British)', supports_formality: false }, { language: 'KO', name: 'Korean', supports_formality: false }])
        : send(200, [{ language: 'DE', name: 'German' }]);
    }
    if (route === 'POST /v3/glossaries') {
      const glossary: FakeGlossary = { id: randomUUID(), name: params.get('name') ?? '', creationTime: new Date().toISOString(), dictionaries: [] };
      for (let i = 0; params.has(`dictionaries[${i}].source_lang`); i++) {
        const entries = parseTsv(params.get(`dictionaries[${i}].entries`) ?? '');
        if (!entries) return fail(400, 'Invalid glossary entries');
        glossary.dictionaries.push({ sourceLang: params.get(`dictionaries[${i}].source_lang`)!, targetLang: params.get(`dictionaries[${i}].target_lang`)!, entries });
      }
      if (!glossary.name || glossary.dictionaries.length === 0) return fail(400, 'Missing name or dictionaries');
      glossaries.set(glossary.id, glossary);
      return send(201, glossaryInfo(glossary));
    }
    if (route === 'GET /v3/style_rules') {
      const detailed = params.get('detailed') === 'true';
      return send(200, { style_rules: styleRules.map((r) => (detailed ? r : { ...r, configured_rules: undefined, custom_instructions: undefined })) });
    }
    if (route === 'POST /v3/style_rules') {
      const given = record.json as { name?: string; language?: string; configured_rules?: Record<string, Record<string, string>>; custom_instructions?: Array<{ label: string; prompt: string }> } | undefined;
      if (!given?.name || !given.language) return fail(400, 'Missing name or language');
      if ((given.custom_instructions?.length ?? 0) > 10 || given.custom_instructions?.some((c) => !c.label || !c.prompt || [...c.prompt].length > 300)) {
        return fail(400, 'Invalid custom instructions');
      }
      const now = new Date().toISOString();
      const rule: FakeStyleRule = {
        style_id: randomUUID(), name: given.name, creation_time: now, updated_time: now, language: given.language, version: 1,
        configured_rules: given.configured_rules ?? {}, custom_instructions: (given.custom_instructions ?? []).map((c) => ({ id: randomUUID(), ...c })),
      };
      styleRules.push(rule);
      return send(200, rule);
    }
    if (route === 'GET /v3/translation_memories') return send(200, { translation_memories: translationMemories });
    if (route === 'GET /v3/glossaries') return send(200, { glossaries: [...glossaries.values()].map(glossaryInfo) });
    const match = /^\/v3\/glossaries\/([^/]+)(\/entries)?$/.exec(record.path);
    const glossary = match ? glossaries.get(match[1]!) : undefined;
    if (match && !glossary) return fail(404, 'Glossary not found');
    if (glossary && record.method === 'GET' && !match![2]) return send(200, glossaryInfo(glossary));
    if (glossary && record.method === 'DELETE' && !match![2]) {
      glossaries.delete(glossary.id);
      return send(204);
    }
    if (glossary && record.method === 'GET') {
      const dictionaries = glossary.dictionaries.filter((d) => d.sourceLang === params.get('source_lang') && d.targetLang === params.get('target_lang'));
      return send(200, { dictionaries: dictionaries.map((d) => ({ source_lang: d.sourceLang, target_lang: d.targetLang, entries: [...d.entries].map(([s, t]) => `${s}\t${t}`).join('\n'), entries_format: 'tsv' })) });
    }
    return fail(404, `No route ${route}`);
  };

  const { origin, close, openConnections } = await listenOnLoopback(handle);

  return {
    url: origin,
    startedAt: started,
    requests,
    faults,
    glossaries,
    styleRules,
    translationMemories,
    accountFaults,
    glossaryFaults,
    get used() {
      return used;
    },
    close,
    openConnections,
  };
}

function optional<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value === null ? {} : ({ [key]: value } as Record<K, string>);
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function toRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}

function baseLanguage(code: string): string {
  return code.split('-')[0]!.toLowerCase();
}

function parseTsv(tsv: string): Map<string, string> | undefined {
  const entries = new Map<string, string>();
  for (const line of tsv.split('\n')) {
    const [source, target, extra] = line.split('\t');
    if (!source || !target || extra !== undefined || entries.has(source)) return undefined;
    entries.set(source, target);
  }
  return entries;
}

function glossaryInfo(glossary: FakeGlossary) {
  return {
    glossary_id: glossary.id,
    name: glossary.name,
    creation_time: glossary.creationTime,
    dictionaries: glossary.dictionaries.map((d) => ({ source_lang: d.sourceLang, target_lang: d.targetLang, entry_count: d.entries.size })),
  };
}

/** Replaces glossary terms (longest first) in text outside tags and outside ignored elements; tags stay as sent. */
function applyGlossary(xml: string, entries: Map<string, string> | undefined, ignoredTags: string[]): string {
  if (!entries || entries.size === 0) return xml;
  const terms = [...entries.keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(terms.join('|'), 'g');
  const open: string[] = [];
  return xml
    .split(/(<[^>]*>)/)
    .map((part) => {
      const tag = /^<(\/?)([\w-]+)[^>]*?(\/?)>$/.exec(part);
      if (tag) {
        if (tag[1]) open.pop();
        else if (!tag[3]) open.push(tag[2]!);
        return part;
      }
      return open.some((name) => ignoredTags.includes(name)) ? part : part.replace(pattern, (term) => entries.get(term)!);
    })
    .join('');
}
