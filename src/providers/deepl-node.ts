/**
 * deepl-node, loaded on first use. With axios and form-data it takes about 0.3 s of CPU to load, more than the rest of
 * a no-op run; every command imports the provider registry, but only a run that talks to DeepL needs the client.
 * Types come from `import type` (erased); values only through `deeplNode()`.
 */
import { createRequire } from 'node:module';
import type * as DeepLNode from 'deepl-node';

let loaded: typeof DeepLNode | undefined;

export function deeplNode(): typeof DeepLNode {
  return (loaded ??= createRequire(import.meta.url)('deepl-node') as typeof DeepLNode);
}
