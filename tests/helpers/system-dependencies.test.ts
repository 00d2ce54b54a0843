import { describe, expect, it } from 'vitest';
import { MissingSystemDependency, missingDependency } from './system-dependencies.ts';

describe('a missing system dependency', () => {
  it('fails the tests that need it, naming the package and the set-up command', () => {
    expect(() => missingDependency('xmllint', 'libxml2-utils')).toThrow(MissingSystemDependency);
    expect(() => missingDependency('xmllint', 'libxml2-utils')).toThrow(/libxml2-utils.*npm run setup:system/);
  });
});
