/** A library translate run into en and ko against a fake DeepL: one retry, two requests at a time. */
import type { TranslateOptions } from '../../src/pipeline/translate-run.ts';
import type { FakeDeepL } from '../fakes/deepl-server.ts';

export function deeplRunOptions(root: string, server: FakeDeepL, authKey: string, overrides: Partial<TranslateOptions> = {}): TranslateOptions {
  return {
    root,
    paths: [],
    languages: ['en', 'ko'],
    provider: 'deepl',
    providerSettings: { env: { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: server.url, DOLMETSCH_DEEPL_MAX_RETRIES: '1' }, englishVariant: 'en-US' },
    dryRun: false,
    concurrency: 2,
    force: false,
    ...overrides,
  };
}
