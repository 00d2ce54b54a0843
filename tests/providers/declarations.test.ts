/**
 * What every provider declares is what the CLI and the pipeline rely on: its environment (the keys among it are
 * redacted, and a provider receives nothing else), its limits and billing rule, and its capabilities.
 */
import { describe, expect, it } from 'vitest';
import { FREE } from '../../src/providers/declaration.ts';
import { PROVIDERS, registerProvider } from '../../src/providers/registry.ts';
import type { ProviderFactory } from '../../src/providers/types.ts';
import { cleanEnv, copyFixture, runCli } from '../helpers/cli.ts';

const FIXTURE = new URL('../e2e/fixtures/small-repo', import.meta.url).pathname;

/** A value each declared variable accepts, so create() gets past its checks and reads everything it wants. */
function plausible(name: string): string {
  if (name.endsWith('_URL')) return 'http://127.0.0.1:9/v1';
  if (/_(RETRIES|MS)$/.test(name)) return '1';
  return 'value-0123456789';
}

/** The names a factory reads from its environment while deciding whether it is configured and while being created. */
function variablesRead(factory: ProviderFactory): string[] {
  const read = new Set<string>();
  const values: Record<string, string> = { UNDECLARED_API_KEY: 'value-0123456789', PATH: '/usr/bin' };
  for (const { name } of factory.environment) values[name] = plausible(name);
  const env = new Proxy(values, {
    get: (target, name) => (typeof name === 'string' && read.add(name), Reflect.get(target, name)),
  });
  const settings = { env, englishVariant: 'en-US' as const, model: 'm' };
  factory.isConfigured(settings);
  factory.create(settings);
  return [...read].sort();
}

const throwaway = (overrides: Partial<ProviderFactory>): ProviderFactory => ({
  name: 'throwaway',
  description: 'a test provider',
  environment: [],
  billing: FREE,
  limits: { maxSegments: 10, maxBytes: 1024 },
  isConfigured: () => true,
  create: () => ({ translate: async () => ({ translations: [] }) }),
  ...overrides,
});

describe('provider declarations', () => {
  it.each(PROVIDERS.map((factory) => [factory.name, factory] as const))('%s reads no environment variable it does not declare', (_, factory) => {
    const declared = factory.environment.map((v) => v.name);
    expect(variablesRead(factory).filter((name) => !declared.includes(name))).toEqual([]);
  });

  it('the registry refuses a declaration that could not work, and takes a sound one back out', () => {
    expect(() => registerProvider(throwaway({ name: 'deepl' }))).toThrow('another provider has that name');
    expect(() => registerProvider(throwaway({ environment: [{ name: 'THROWAWAY_API_KEY', help: 'the key' }] }))).toThrow('THROWAWAY_API_KEY looks like a credential: declare it secret: true');
    expect(() => registerProvider(throwaway({ limits: { maxSegments: 0, maxBytes: 1024 } }))).toThrow('its limits need a whole maxSegments and maxBytes above 0');
    expect(() => registerProvider(throwaway({ name: 'Throw Away' }))).toThrow('its name must be lower-case letters');
    const count = PROVIDERS.length;
    const unregister = registerProvider(throwaway({ environment: [{ name: 'THROWAWAY_TOKEN', secret: true, help: 'the token' }] }));
    expect(PROVIDERS.map((p) => p.name)).toContain('throwaway');
    unregister();
    expect(PROVIDERS).toHaveLength(count);
  });

  it('a provider declared memory-only is sent nothing, and the summary says how to get the rest translated', async () => {
    let requests = 0;
    const unregister = registerProvider(throwaway({ name: 'recall', memoryOnly: true, create: () => ({ translate: async () => (requests++, { translations: [] }) }) }));
    try {
      const repo = await copyFixture(FIXTURE);
      const result = await runCli(repo, ['translate', '--provider', 'recall'], cleanEnv());
      expect(result.code, result.stderr).toBe(0);
      expect(requests).toBe(0);
      expect(result.stdout).toContain('14 segment(s) are waiting for a provider');
      expect(result.stdout).toContain(`To translate them, set DEEPL_AUTH_KEY (your DeepL API key; free-API keys end in ':fx') and run again, or preview with --provider pseudo.`);
    } finally {
      unregister();
    }
  });
});
