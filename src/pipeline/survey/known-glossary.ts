/**
 * glossary.yaml for a run. Its bytes are always read and hashed (every file's cache key depends on them); parsing
 * it — the slowest thing a no-op run would do — waits until something asks for a term, but only when the index
 * knows these exact bytes loaded without a problem under this version of dolmetsch. Otherwise it is loaded and
 * checked now, and a broken glossary stops the run before anything is read or written, as always. Asked for a term,
 * it is taken from the snapshot the last load kept for these bytes (kept-glossary.ts), else loaded from the file.
 */
import type { Glossary } from '../../glossary/index.ts';
import { DEFAULT_LAYOUT, glossaryFromBytes, readOptional, requireGlossary, type Layout } from '../../workspace/index.ts';
import { readKeptGlossary } from './kept-glossary.ts';
import { bytesHash, type RunCache } from './run-cache.ts';

export async function knownGlossary(root: string, cache: RunCache, layout: Layout = DEFAULT_LAYOUT): Promise<{ glossary: Glossary; bytes: Uint8Array }> {
  const bytes = await readOptional(root, layout.glossaryFile);
  if (bytes === undefined) return requireGlossary(root, layout); // throws, saying the glossary is missing and how to fix it
  const hash = bytesHash(bytes);
  if (cache.isGoodGlossary(hash)) {
    const fromFile = () => glossaryFromBytes(bytes, layout.glossaryFile);
    const load = () => {
      const kept = readKeptGlossary(root, cache.tool, hash, layout.glossaryFile, fromFile);
      if (kept) return kept;
      const loaded = fromFile();
      cache.keepGlossary(hash, loaded);
      return loaded;
    };
    return { glossary: lazyGlossary(layout.glossaryFile, load), bytes };
  }
  // The bytes hashed are the bytes checked: read once (a second read could see a newer file than the hash).
  const glossary = glossaryFromBytes(bytes, layout.glossaryFile);
  cache.rememberGoodGlossary(hash);
  cache.keepGlossary(hash, glossary);
  return { glossary, bytes };
}

/** A Glossary that is parsed on first use. */
function lazyGlossary(path: string, load: () => Glossary): Glossary {
  let loaded: Glossary | undefined;
  const real = () => (loaded ??= load());
  return {
    path,
    get entries() {
      return real().entries;
    },
    get exampleFailures() {
      return real().exampleFailures;
    },
    entry: (id) => real().entry(id),
    matchGerman: (text, options) => real().matchGerman(text, options),
    matchTarget: (lang, text) => real().matchTarget(lang, text),
    forbiddenExceptions: (lang, text) => real().forbiddenExceptions(lang, text),
    termsFor: (ids, lang) => real().termsFor(ids, lang),
    export: () => real().export(),
    locate: (id, keys) => real().locate(id, keys),
  };
}
