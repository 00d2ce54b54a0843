import { afterEach, describe, expect, it } from 'vitest';
import { deeplFactory } from '../../src/providers/deepl.ts';
import type { ProviderSettings } from '../../src/providers/types.ts';
import { startFakeDeepL } from '../fakes/deepl-server.ts';
import type { FakeDeepL } from '../fakes/deepl-server.ts';

const KEY = 'options-test-key:fx';
let fake: FakeDeepL | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function settings(server: FakeDeepL, languageOptions: ProviderSettings['languageOptions']): ProviderSettings {
  return {
    env: { DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: server.url, DOLMETSCH_DEEPL_MAX_RETRIES: '1' },
    englishVariant: 'en-US',
    ...(languageOptions ? { languageOptions } : {}),
  };
}

const segments = [{ key: 'a', text: 'Guten Tag.', before: '', after: '', terms: [] }];
const translateBodies = (server: FakeDeepL) => server.requests.filter((r) => r.path === '/v2/translate').map((r) => r.body);

describe('deepl provider: house style and translation memory per language', () => {
  it('sends each language its own style rule, custom instructions, memory, threshold, model type and tag handling version', async () => {
    const server = (fake = await startFakeDeepL({ authKey: KEY }));
    const provider = deeplFactory.create(settings(server, {
      en: {
        styleRule: 'style-en-1', customInstructions: ['Use AP style for titles.', 'Write “North Korea”, never “DPRK”.'],
        translationMemory: 'tm-en-1', translationMemoryThreshold: 80, modelType: 'quality_optimized', tagHandlingVersion: 'v1',
      },
      ko: { styleRule: 'style-ko-1', translationMemory: 'tm-ko-1', modelType: 'prefer_quality_optimized' },
    }));
    await provider.translate({ targetLanguage: 'en', segments });
    await provider.translate({ targetLanguage: 'ko', segments });

    const [en, ko] = translateBodies(server);
    expect(en).toMatchObject({
      style_id: 'style-en-1', custom_instructions: ['Use AP style for titles.', 'Write “North Korea”, never “DPRK”.'],
      translation_memory_id: 'tm-en-1', translation_memory_threshold: '80', model_type: 'quality_optimized', tag_handling_version: 'v1',
    });
    expect(ko).toMatchObject({ style_id: 'style-ko-1', translation_memory_id: 'tm-ko-1', model_type: 'prefer_quality_optimized', tag_handling_version: 'v2' });
    expect(ko).not.toHaveProperty('custom_instructions');
    expect(ko).not.toHaveProperty('translation_memory_threshold');
  });

  it('sends one custom instruction as one field, and nothing new for a language without options (today\'s wire)', async () => {
    const server = (fake = await startFakeDeepL({ authKey: KEY }));
    const provider = deeplFactory.create(settings(server, { en: { customInstructions: ['Use AP style for titles.'] } }));
    await provider.translate({ targetLanguage: 'en', segments });
    await provider.translate({ targetLanguage: 'ko', segments });
    const [en, ko] = translateBodies(server);
    expect(en!.custom_instructions).toBe('Use AP style for titles.');
    for (const field of ['style_id', 'custom_instructions', 'translation_memory_id', 'translation_memory_threshold', 'model_type']) {
      expect(ko).not.toHaveProperty(field);
    }
    expect(ko!.tag_handling_version).toBe('v2');
  });
});
