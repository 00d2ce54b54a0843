/** A fresh copy of tests/e2e/fixtures/small-repo, and the options of a pseudo run over it in English. */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TranslateOptions } from '../../src/pipeline/translate-run.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;

export async function smallRepo(prefix = 'dolmetsch-small-'): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), prefix));
  await cp(FIXTURE, root, { recursive: true });
  return root;
}

export const pseudoEnglishRun = (root: string): TranslateOptions => ({
  root,
  paths: [],
  languages: ['en'],
  provider: 'pseudo',
  providerSettings: { env: {}, englishVariant: 'en-US' },
  dryRun: false,
  concurrency: 1,
  force: false,
});

/** A run in English against a fake OpenAI-compatible server (tests/fakes/openai-server.ts), retrying fast. */
export const openaiEnglishRun = (root: string, serverUrl: string): TranslateOptions => ({
  root,
  paths: [],
  languages: ['en'],
  provider: 'openai',
  providerSettings: { env: { OPENAI_BASE_URL: serverUrl, DOLMETSCH_OPENAI_BACKOFF_MS: '10' }, englishVariant: 'en-US', model: 'test-model' },
  dryRun: false,
  concurrency: 1,
  force: true,
});
