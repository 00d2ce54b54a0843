import { describe, expect, it, vi } from 'vitest';
import { MissingSystemDependency, missingDependency } from './system-dependencies.ts';

describe('a missing system dependency', () => {
  it('fails under CI=true, naming the package and the set-up command', () => {
    expect(() => missingDependency('xmllint', 'libxml2-utils', { CI: 'true' })).toThrow(MissingSystemDependency);
    expect(() => missingDependency('xmllint', 'libxml2-utils', { CI: 'true' })).toThrow(/libxml2-utils.*npm run setup:system/);
  });

  it('elsewhere warns loudly and returns the reason for the skip', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(missingDependency('/usr/bin/chromium', 'chromium', {})).toMatch(/chromium.*npm run setup:system/);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^SKIPPED tests: \/usr\/bin\/chromium is missing/));
    } finally {
      warn.mockRestore();
    }
  });
});
