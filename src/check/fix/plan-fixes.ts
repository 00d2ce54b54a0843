/**
 * `check --fix`: the fixes that are mechanical and certain — German quotation marks in an English or
 * Korean target turned into that language's (quote-style), and a Korean particle after a glossary term
 * that disagrees with the term's final sound (korean-particle). Only `target:` values change, through the
 * store's comment-preserving serializer; `machine` segments always, `edited` and `reviewed` ones only with
 * scope `all`, `new` and `stale` never, and never a rule the segment suppresses. Pure: the caller writes.
 */
import type { TranslationEntry } from '../../core/translation.ts';
import { parseTranslationFile, serializeTranslationFile, type ParsedTranslationFile } from '../../store/index.ts';
import { createContext } from '../context.ts';
import { particleProblems } from '../korean/particle-problems.ts';
import { plainWithOffsets } from '../plain-text.ts';
import { germanMarks, withTargetQuotes } from '../quotes/quotation-marks.ts';
import type { CheckInput, SegmentView } from '../types.ts';
import { effectiveStatus } from '../../core/person-edit.ts';

export type FixScope = 'machine' | 'all';

export interface SegmentFix {
  id: string;
  /** 1-based line of the segment's target in the file before the fix. */
  line: number;
  before: string;
  after: string;
  rules: string[];
}

export interface FileFix {
  path: string;
  /** The file's text as read: a writer must find it unchanged on disk before replacing it. */
  before: string;
  after: string;
  segments: SegmentFix[];
}

export function planFixes(input: CheckInput, scope: FixScope): FileFix[] {
  const context = createContext(input);
  const byFile = new Map<ParsedTranslationFile, SegmentFix[]>();
  for (const segment of context.segments) {
    const fix = fixSegment(segment, scope);
    if (fix === undefined) continue;
    byFile.set(segment.file, [...(byFile.get(segment.file) ?? []), fix]);
  }
  return [...byFile].map(([file, segments]) => fileFix(file, segments));
}

function fixSegment(segment: SegmentView, scope: FixScope): SegmentFix | undefined {
  const { entry } = segment;
  // A target a person changed under `status: machine` is theirs (core/person-edit.ts): only `--fix=all` touches it.
  const status = effectiveStatus(entry);
  const allowed = status === 'machine' || (scope === 'all' && (status === 'edited' || status === 'reviewed'));
  if (!allowed || !segment.hasTarget) return undefined;
  // As the check itself counts them: a suppression silences its rule only with a reason.
  const silenced = (rule: string) => entry.suppress?.some((s) => s.rule === rule && s.reason.trim() !== '') ?? false;
  let target = entry.target;
  const rules: string[] = [];
  if (segment.language === 'ko' && !silenced('korean-particle')) {
    const termsOnly = particleProblems(segment.targetPlain, segment.targetMatches).filter((p) => p.entry !== undefined);
    const plain = plainWithOffsets(target);
    // From the end, so earlier offsets stay valid.
    for (const p of termsOnly.reverse()) {
      const start = plain.markdownOffset(p.start);
      if (target.slice(start, start + p.written.length) !== p.written) continue;
      target = target.slice(0, start) + p.expected + target.slice(start + p.written.length);
      if (!rules.includes('korean-particle')) rules.push('korean-particle');
    }
  }
  if (!silenced('quote-style') && germanMarks(target, segment.language).length > 0) {
    const quoted = withTargetQuotes(target, segment.language);
    if (quoted !== undefined) {
      target = quoted;
      rules.push('quote-style');
    }
  }
  if (target === entry.target) return undefined;
  return { id: entry.id, line: segment.at('target').line, before: entry.target, after: target, rules };
}

function fileFix(file: ParsedTranslationFile, fixes: SegmentFix[]): FileFix {
  const fixed = new Map(fixes.map((f) => [f.id, f.after]));
  const segments: TranslationEntry[] = file.model.segments.map((s) => (fixed.has(s.id) ? { ...s, target: fixed.get(s.id)! } : s));
  const after = serializeTranslationFile({ ...file.model, segments }, file);
  assertOnlyTargetsChanged(file, after, fixed);
  return { path: file.path, before: file.text, after, segments: fixes };
}

/** A bug guard: the rewritten file must read back as the same model with only the fixed targets changed. */
function assertOnlyTargetsChanged(file: ParsedTranslationFile, after: string, fixed: ReadonlyMap<string, string>): void {
  const reread = parseTranslationFile(after, file.path).model;
  const expected = { ...file.model, segments: file.model.segments.map((s) => (fixed.has(s.id) ? { ...s, target: fixed.get(s.id)! } : s)) };
  if (JSON.stringify(reread) !== JSON.stringify(expected)) throw new Error(`check --fix would change more than targets in ${file.path}`);
}
