/**
 * The account's dolmetsch glossary brought in line with the glossary export. Unless the last run prepared a glossary
 * of this very name (`expected`: the account most likely holds it still), the create does not wait for the account's
 * list: both leave at once (the list usually earlier still, from the provider's warm-up), so a run whose glossary is
 * new to the account has it one round trip sooner. The list then decides:
 * - it holds one named for the same entries (made by an earlier run): that one is used at once, and the one just
 *   created is deleted as soon as its create answers (`housekeeping`, which the run waits for before it ends);
 * - it holds none: the one just created is used.
 * Every other `dolmetsch-*` glossary is deleted (outdated entries, or a duplicate). An attempt that fails leaves
 * nothing it created behind. Errors from deepl-node pass through unchanged; the provider maps and retries them.
 */
import type { DeepLClient, MultilingualGlossaryInfo } from 'deepl-node';
import { settle, type Settled } from '../core/settled.ts';
import { deeplNode } from './deepl-node.ts';
import type { GlossaryExport } from '../core/glossary-terms.ts';
import { cleanGlossary, glossaryName, GLOSSARY_NAME_PREFIX, type GlossaryDictionary, type PreparedGlossary } from './deepl-glossary.ts';
import { deeplGlossaryCode } from './deepl-languages.ts';

export interface GlossarySync {
  prepared: PreparedGlossary | undefined;
  /** The surplus create's deletion, still under way when a listed glossary was taken. Never rejects. */
  housekeeping: Promise<void>;
}

/**
 * `list`: the client's list, or one asked for earlier; `expected`: the name of the glossary the last run prepared.
 * Asks for nothing for an empty glossary; refuses entries DeepL cannot store (InputError) before asking for anything.
 */
export async function syncGlossary(
  client: DeepLClient,
  glossary: GlossaryExport,
  list: () => Promise<MultilingualGlossaryInfo[]>,
  expected?: string,
): Promise<GlossarySync> {
  const dictionaries = cleanGlossary(glossary);
  if (dictionaries.length === 0) return { prepared: undefined, housekeeping: Promise.resolve() };
  const name = glossaryName(dictionaries);
  const early = name === expected ? undefined : settle(create(client, name, dictionaries));
  const listed = await settle(list());
  if ('error' in listed) {
    if (early) await deleteCreated(client, await early);
    throw listed.error;
  }
  const ours = listed.ok.filter((g) => g.name.startsWith(GLOSSARY_NAME_PREFIX));
  const prepared = (id: string): PreparedGlossary => ({ id, name, languages: new Set(dictionaries.map((d) => d.targetLanguage)) });
  const listedMatch = ours.find((g) => g.name === name && holdsAll(g, dictionaries));
  if (listedMatch) {
    // The list may already hold the one just created (its answer came after the create's): taken as any other.
    const deleting = new Set<string>();
    const surplus = (early ?? Promise.resolve(undefined))
      .then(async (created) => {
        const id = created && 'ok' in created ? created.ok.glossaryId : undefined;
        if (id !== undefined && id !== listedMatch.glossaryId && !deleting.has(id)) await deleteIfStillThere(client, id);
      })
      .catch(() => undefined); // a surplus left behind is a dolmetsch glossary the next run deletes
    try {
      await deleteAllBut(client, ours, listedMatch.glossaryId, deleting);
    } catch (error) {
      await surplus;
      throw error;
    }
    return { prepared: prepared(listedMatch.glossaryId), housekeeping: surplus };
  }
  const created = await (early ?? settle(create(client, name, dictionaries)));
  if ('error' in created) throw created.error;
  await deleteAllBut(client, ours, created.ok.glossaryId);
  return { prepared: prepared(created.ok.glossaryId), housekeeping: Promise.resolve() };
}

function create(client: DeepLClient, name: string, dictionaries: GlossaryDictionary[]): Promise<MultilingualGlossaryInfo> {
  return client.createMultilingualGlossary(
    name,
    dictionaries.map((d) => ({
      sourceLangCode: 'de',
      targetLangCode: deeplGlossaryCode(d.targetLanguage),
      entries: new (deeplNode().GlossaryEntries)({ entries: Object.fromEntries(d.entries) }),
    })),
  );
}

/** An attempt that failed removes what it created (the next attempt creates again); a failure to do so is left to the next run. */
async function deleteCreated(client: DeepLClient, created: Settled<MultilingualGlossaryInfo>): Promise<void> {
  if ('ok' in created) await deleteIfStillThere(client, created.ok.glossaryId).catch(() => undefined);
}

/** `deleting`: filled with each id before its delete leaves. */
async function deleteAllBut(client: DeepLClient, ours: MultilingualGlossaryInfo[], keep: string, deleting = new Set<string>()): Promise<void> {
  for (const other of ours) {
    if (other.glossaryId === keep) continue;
    deleting.add(other.glossaryId);
    await deleteIfStillThere(client, other.glossaryId);
  }
}

function holdsAll(info: MultilingualGlossaryInfo, dictionaries: GlossaryDictionary[]): boolean {
  return dictionaries.every((d) =>
    info.dictionaries.some(
      (held) =>
        held.sourceLangCode.toLowerCase() === 'de' &&
        held.targetLangCode.toLowerCase() === deeplGlossaryCode(d.targetLanguage) &&
        held.entryCount === d.entries.size,
    ),
  );
}

/** Another run may have deleted it a moment ago; that is fine. */
async function deleteIfStillThere(client: DeepLClient, glossaryId: string): Promise<void> {
  try {
    await client.deleteMultilingualGlossary(glossaryId);
  } catch (error) {
    if (!(error instanceof deeplNode().GlossaryNotFoundError)) throw error;
  }
}
