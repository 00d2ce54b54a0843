/** What the DeepL provider is configured with, read from the settings (the CLI's environment) with clear errors. */
import { readPositiveInteger } from './env-settings.ts';
import { ProviderError, type ProviderSettings } from './types.ts';

const NAME = 'deepl';
/** Total attempts per request (deepl-node's own default): waits of ~1, 1.6, 2.6, 4.1 s between them. */
export const DEFAULT_MAX_ATTEMPTS = 5;
/** Per-attempt timeout floor; 50 sentences with the quality model can take several seconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * Added to a translate request's timeout per character of its texts (a full batch of 50 long sentences, ~15,000
 * characters, gets 40 s): a slow answer to a big batch must not time out, because a timed-out request is not re-sent.
 */
export const TIMEOUT_MS_PER_CHARACTER = 2;
export interface DeepLSettings {
  authKey: string;
  serverUrl?: string;
  maxAttempts: number;
  timeoutMs: number;
  englishVariant: 'en-US' | 'en-GB';
  languageOptions: NonNullable<ProviderSettings['languageOptions']>;
}

export function readDeepLSettings(settings: ProviderSettings): DeepLSettings {
  const { env } = settings;
  const authKey = env.DEEPL_AUTH_KEY?.trim();
  if (!authKey) throw configError('DEEPL_AUTH_KEY is not set. Put your DeepL API key into it (free-API keys end in \':fx\').');
  const serverUrl = env.DEEPL_SERVER_URL?.trim() || undefined;
  if (serverUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(serverUrl)) {
    throw configError(`DEEPL_SERVER_URL must be an http(s) URL such as https://api.deepl.com; found ${JSON.stringify(serverUrl)}.`);
  }
  return {
    authKey,
    serverUrl,
    maxAttempts: readPositiveInteger(NAME, env, 'DOLMETSCH_DEEPL_MAX_RETRIES', DEFAULT_MAX_ATTEMPTS),
    timeoutMs: readPositiveInteger(NAME, env, 'DOLMETSCH_DEEPL_TIMEOUT_MS', DEFAULT_TIMEOUT_MS),
    englishVariant: settings.englishVariant,
    languageOptions: settings.languageOptions ?? {},
  };
}

function configError(message: string): ProviderError {
  return new ProviderError(NAME, 'config', message);
}
