/** For tests that register a throwaway format in a copied repository: both are undone after each test. */
import { rm } from 'node:fs/promises';
import { afterEach } from 'vitest';
import { copyFixture } from './cli.ts';

export function throwawayScope(): { copy(fixture: string): Promise<string>; keep(unregister: () => void): void } {
  const undo: Array<() => unknown> = [];
  afterEach(async () => {
    for (const step of undo.splice(0).reverse()) await step();
  });
  return {
    copy: async (fixture) => {
      const repo = await copyFixture(fixture);
      undo.push(() => rm(repo, { recursive: true, force: true }));
      return repo;
    },
    keep: (unregister) => void undo.push(unregister),
  };
}
