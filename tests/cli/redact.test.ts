/** The redaction every command's output passes through, fed by the providers' declared secrets. */
import { describe, expect, it } from 'vitest';
import { secretRedactor } from '../../src/cli/redact.ts';
import { FREE } from '../../src/providers/declaration.ts';
import { registerProvider } from '../../src/providers/registry.ts';

describe('secretRedactor', () => {
  it('scrubs a registered provider\'s secrets whole, also when one key contains another', () => {
    const unregister = registerProvider({
      name: 'two-keys',
      description: 'a test provider with two keys',
      environment: [
        { name: 'TWO_KEYS_API_KEY', secret: true, help: 'the short key' },
        { name: 'TWO_KEYS_ADMIN_TOKEN', secret: true, help: 'the long key, which starts with the short one' },
        { name: 'TWO_KEYS_URL', help: 'not a secret' },
      ],
      billing: FREE,
      limits: { maxSegments: 1, maxBytes: 1024 },
      isConfigured: () => true,
      create: () => ({ translate: async () => ({ translations: [] }) }),
    });
    try {
      const redact = secretRedactor({ TWO_KEYS_API_KEY: 'k3y-5h0rt', TWO_KEYS_ADMIN_TOKEN: 'k3y-5h0rt-and-more', TWO_KEYS_URL: 'http://host' });
      expect(redact('admin k3y-5h0rt-and-more, user k3y-5h0rt at http://host')).toBe('admin [redacted], user [redacted] at http://host');
    } finally {
      unregister();
    }
    expect(secretRedactor({ TWO_KEYS_API_KEY: 'k3y-5h0rt' })('k3y-5h0rt')).toBe('k3y-5h0rt'); // no longer registered
  });
});
