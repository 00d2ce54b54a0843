/** cleanEnv keeps the developer's shell out of CLI tests: every variable a provider declares, whichever provider. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROVIDERS, registerProvider } from '../../src/providers/registry.ts';
import { FREE } from '../../src/providers/declaration.ts';
import type { ProviderFactory } from '../../src/providers/types.ts';
import { cleanEnv } from './cli.ts';

const kestrel: ProviderFactory = {
  name: 'kestrel',
  description: 'a throwaway provider whose variables share no prefix with any other',
  environment: [
    { name: 'KESTREL_TOKEN', secret: true, help: 'its key' },
    { name: 'KESTREL_ENDPOINT', help: 'its server' },
  ],
  billing: FREE,
  limits: { maxSegments: 1, maxBytes: 1024 },
  isConfigured: () => false,
  create: () => ({ translate: async () => ({ translations: [] }) }),
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('cleanEnv', () => {
  it('drops every variable a registered provider declares, a newly registered one\'s too, and keeps the rest of the shell', () => {
    const unregister = registerProvider(kestrel);
    try {
      const declared = PROVIDERS.flatMap((provider) => provider.environment.map((variable) => variable.name));
      expect(declared).toContain('KESTREL_TOKEN');
      for (const name of declared) vi.stubEnv(name, 'from-the-shell');
      vi.stubEnv('DOLMETSCH_ENGLISH', 'en-GB');
      vi.stubEnv('SOME_TOOL_HOME', '/opt/tool');

      const env = cleanEnv({ KESTREL_ENDPOINT: 'http://127.0.0.1:1' });
      for (const name of declared.filter((name) => name !== 'KESTREL_ENDPOINT')) expect(env, name).not.toHaveProperty(name);
      expect(env.KESTREL_ENDPOINT).toBe('http://127.0.0.1:1');
      expect(env).not.toHaveProperty('DOLMETSCH_ENGLISH');
      expect(env.SOME_TOOL_HOME).toBe('/opt/tool');
      expect(env.CI).toBe('true');
    } finally {
      unregister();
    }
  });
});
