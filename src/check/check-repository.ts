/**
 * The check of a whole repository, incremental: a translation file whose facts are kept for exactly these inputs
 * (check-cache.ts) is neither read nor parsed nor checked again; the others are checked one at a time and dropped,
 * so memory holds the facts, not the YAML. The rules across files then run over every file's facts, and the
 * suppressions apply to all findings, as `runCheck` does in one piece — the result is the same, finding for finding.
 */
import { sortDiagnostics, type Diagnostic } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { bytesHash } from '../workspace/file-stamps.ts';
import { DEFAULT_LAYOUT, glossaryAndBytes, InputProblems, listTranslationFiles, parseTranslationBytes, translationDir, type Layout } from '../workspace/index.ts';
import { CheckCache, factsKey } from './check-cache.ts';
import type { AcrossFinding } from './facts-codec.ts';
import { factsViews, keptSuppressionAt } from './facts-view.ts';
import { GermanMemo } from './german-side.ts';
import { ACROSS_FILES, checkFile, type FileFacts } from './file-findings.ts';
import { KeptStrings } from './kept-strings.ts';
import { readForCheck } from './line-positions.ts';
import { segmentOf } from './rules/finding.ts';
import { RULES } from './rules/index.ts';
import { applySuppressions } from './suppressions.ts';
import type { CheckOptions, CheckResult, SegmentView } from './types.ts';

export interface RepositoryCheck {
  result: CheckResult;
  /** Problems of the input files themselves (bad YAML, a bad glossary, not UTF-8). */
  problems: Diagnostic[];
  /** Translation files checked (read now or taken from the cache). */
  files: number;
  /** Of those, taken from the cache: unchanged, with the same glossary, options, rules and tool. */
  fromCache: number;
  /** Writes what this check learned to .dolmetsch/check-cache.json; the caller does it once the check is not interrupted. */
  saveCache: () => Promise<void>;
}

export interface RepositoryCheckOptions extends CheckOptions {
  /** What else the result depends on (tool version, configuration): part of every cache key. */
  settings: string;
}

export async function checkRepository(
  root: string, languages: readonly TargetLanguage[], options: RepositoryCheckOptions, layout: Layout = DEFAULT_LAYOUT,
): Promise<RepositoryCheck> {
  const { settings, ...checkOptions } = options;
  const problems = new InputProblems();
  const { glossary, bytes: glossaryBytes } = await glossaryAndBytes(root, problems, layout);
  const keySettings = `${settings}\u0000${RULES.map((rule) => rule.id).join(',')}\u0000${JSON.stringify(checkOptions)}`;
  const glossaryHash = bytesHash(glossaryBytes);
  const cache = await CheckCache.read(root, bytesHash(`${keySettings}\u0000${glossaryHash}`));

  const strings = new KeptStrings();
  const german = new GermanMemo();
  const all: FileFacts[] = [];
  const keys = new Map<FileFacts, string>();
  let fromCache = 0;
  for (const file of articleByArticle(await listTranslationFiles(root, languages, layout), languages, layout)) {
    const known = await problems.attemptAsync(() => cache.stamps.hash(root, file));
    if (known.failed || known.value === undefined) continue;
    const key = factsKey({ file, fileHash: known.value.hash, glossaryHash, settings: keySettings });
    const kept = cache.take(file, key);
    if (kept) {
      all.push(kept);
      keys.set(kept, key);
      fromCache += 1;
      continue;
    }
    const read = known.value.bytes ? { hash: known.value.hash, bytes: known.value.bytes } : await cache.stamps.read(root, file);
    if (read === undefined) continue;
    const parsed = parseTranslationBytes(file, read.bytes, problems, readForCheck);
    if (!parsed) continue;
    const facts = checkFile(parsed, glossary, checkOptions, strings, german);
    german.nextFile();
    const freshKey = factsKey({ file, fileHash: read.hash, glossaryHash, settings: keySettings });
    cache.keep(file, freshKey, facts);
    all.push(facts);
    keys.set(facts, freshKey);
  }
  cache.dropUntaken();
  all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // The rules across files depend on every file: their findings are kept for exactly this set of files.
  const acrossKey = bytesHash(`${keySettings}\u0000${glossaryHash}\u0000${all.map((facts) => `${facts.path}\u0000${keys.get(facts)}`).join('\u0000')}`);
  const result = assemble(all, glossary, checkOptions, cache, acrossKey);
  return { result, problems: problems.diagnostics, files: all.length, fromCache, saveCache: () => cache.write(root) };
}

/**
 * An article's files one after another (`en/x.yaml`, `ko/x.yaml`, `en/y.yaml`, …), so the German they share is worked
 * out once (german-side.ts). Only the order of the work: the facts are sorted by path after.
 */
export function articleByArticle(files: readonly string[], languages: readonly TargetLanguage[], layout: Layout = DEFAULT_LAYOUT): string[] {
  const folders = languages.map((language) => `${translationDir(language, layout)}/`);
  const article = (file: string) => {
    const folder = folders.find((prefix) => file.startsWith(prefix));
    return folder === undefined ? file : file.slice(folder.length);
  };
  const keyed = files.map((file) => ({ file, article: article(file) }));
  // Stable: an article's files stay in the order of the languages.
  keyed.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
  return keyed.map(({ file }) => file);
}

/** Every rule's findings in the order runCheck makes them, then the suppressions over all of them. */
function assemble(all: readonly FileFacts[], glossary: Parameters<typeof factsViews>[1], options: CheckOptions, cache: CheckCache, acrossKey: string): CheckResult {
  const segments: SegmentView[] = [];
  const viewOf = new Map<Diagnostic, SegmentView>();
  const viewsOf = new Map<string, SegmentView[]>();
  const byRule = new Map<number, Diagnostic[]>();
  for (const facts of all) {
    const views = factsViews(facts, glossary);
    viewsOf.set(facts.path, views);
    views.forEach((view) => segments.push(view));
    for (const { rule, segment, diagnostic } of facts.findings) {
      viewOf.set(diagnostic, views[segment]!);
      let list = byRule.get(rule);
      if (!list) byRule.set(rule, (list = []));
      list.push(diagnostic);
    }
  }
  const viewAt = (at: { file: string; index: number }) => viewsOf.get(at.file)?.[at.index];
  const across = acrossFindings(segments, viewAt, glossary, options, cache, acrossKey);
  for (const { segment, diagnostic } of across) {
    if (segment) viewOf.set(diagnostic, viewAt(segment)!);
  }
  const findings = RULES.flatMap((rule, index) => (ACROSS_FILES.has(rule.id) ? across.filter((f) => f.rule === index).map((f) => f.diagnostic) : (byRule.get(index) ?? [])));
  const { diagnostics, suppressed } = applySuppressions(findings, segments, {
    segmentOf: (diagnostic) => viewOf.get(diagnostic) ?? segmentOf(diagnostic),
    suppressionAt: keptSuppressionAt,
  });
  return { diagnostics: sortDiagnostics(diagnostics, glossary.path), suppressed };
}

/** The rules across files over every kept segment, or their kept findings when every file is as it was. */
function acrossFindings(
  segments: SegmentView[], viewAt: (at: { file: string; index: number }) => SegmentView | undefined, glossary: Parameters<typeof factsViews>[1], options: CheckOptions, cache: CheckCache, key: string,
): AcrossFinding[] {
  const kept = cache.takeAcross(key);
  if (kept && kept.every(({ segment }) => segment === undefined || viewAt(segment) !== undefined)) return kept;
  const context = { glossary, options, segments };
  const found: AcrossFinding[] = [];
  RULES.forEach((rule, index) => {
    if (!ACROSS_FILES.has(rule.id)) return;
    for (const diagnostic of rule.run(context)) {
      const view = segmentOf(diagnostic);
      found.push({ rule: index, ...(view ? { segment: { file: view.file.path, index: view.index } } : {}), diagnostic });
    }
  });
  cache.keepAcross(key, found);
  return found;
}
