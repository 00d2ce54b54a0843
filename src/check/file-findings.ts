/**
 * One translation file checked on its own: the findings of every rule that looks at one file at a time, and what
 * the rules across files and the suppressions need of it later (`FileFacts`). Both can be kept (check-cache.ts):
 * the facts hold no YAML, so a repository's worth of them is small, and an unchanged file is never parsed again.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { TargetLanguage, TranslationEntry } from '../core/translation.ts';
import type { Glossary, TermMatch } from '../glossary/index.ts';
import type { ParsedTranslationFile } from '../store/index.ts';
import { createContext } from './context.ts';
import type { GermanMemo } from './german-side.ts';
import { segmentOf } from './rules/finding.ts';
import { RULES } from './rules/index.ts';
import { KeptStrings } from './kept-strings.ts';
import { listItemLocation } from './scalar-position.ts';
import type { CheckOptions, CheckRule, Location, SegmentView } from './types.ts';

/** Rules whose findings depend on more than one file (or on no file): run over every file's facts each time. */
export const ACROSS_FILES: ReadonlySet<string> = new Set(['glossary-example-fails', 'glossary-language-missing', 'inconsistent-translation', 'term-inconsistent']);

export interface SegmentFacts {
  entry: TranslationEntry;
  sourcePlain: string;
  targetPlain: string;
  germanMatches: TermMatch[];
  /** Where the target is (`at('target')`): the rules across files point there. */
  targetAt: Location;
  /** Where each of the segment's suppressions is, for the notes about them. */
  suppressAt: Location[];
}

export interface FileFacts {
  path: string;
  article: string;
  language: TargetLanguage;
  /** By the segment's index; a segment no rule across files and no suppression needs is left out (a hole). */
  segments: SegmentFacts[];
  /** Findings of the one-file rules, before suppressions: the rule's place in RULES and the segment's index. */
  findings: Array<{ rule: number; segment: number; diagnostic: Diagnostic }>;
}

/**
 * `strings`: shared by the files of one check, so a text they have in common is kept once; `german`: what the rules
 * worked out from the German of the file checked before (an article's other language).
 */
export function checkFile(file: ParsedTranslationFile, glossary: Glossary, options: CheckOptions, strings = new KeptStrings(), german?: GermanMemo): FileFacts {
  const context = createContext({ glossary, files: [file], options }, german);
  const findings: FileFacts['findings'] = [];
  RULES.forEach((rule: CheckRule, ruleIndex) => {
    if (ACROSS_FILES.has(rule.id)) return;
    for (const diagnostic of rule.run(context)) {
      const segment = segmentOf(diagnostic);
      if (segment === undefined) throw new Error(`rule ${rule.id} reported a finding on no segment`);
      // A copy: the rule's diagnostic keeps its segment view, and with it the file's whole YAML document, alive.
      findings.push({ rule: ruleIndex, segment: segment.index, diagnostic: keptDiagnostic(diagnostic, strings) });
    }
  });
  const segments: SegmentFacts[] = [];
  for (const view of context.segments) {
    // The rules across files skip a segment without a target or a stale one; suppressions need those that have any.
    const needed = (view.hasTarget && view.entry.status !== 'stale') || (view.entry.suppress?.length ?? 0) > 0;
    if (needed) segments[view.index] = segmentFacts(view, file, strings);
  }
  return { path: strings.keep(file.path), article: strings.keep(file.model.article), language: strings.keep(file.model.language), segments, findings };
}

/** Every string kept flat and shared: none keeps the file's text or the YAML document alive. */
function segmentFacts(view: SegmentView, file: ParsedTranslationFile, strings: KeptStrings): SegmentFacts {
  const { entry } = view;
  const targetAt = view.at('target');
  // A target and a machine hash are the segment's own: copied, not looked up among the shared strings.
  const target = strings.copy(entry.target);
  const id = strings.keep(entry.id);
  const source = strings.keep(entry.source);
  const status = strings.keep(entry.status) as TranslationEntry['status'];
  // Only what effectiveStatus, the rules across files and the suppressions read (facts-codec.ts keeps the same),
  // each shape written out whole so V8 keeps every field in the object.
  const kept: TranslationEntry = entry.machine
    ? { id, source, target, status, machine: { provider: strings.keep(entry.machine.provider), hash: strings.copy(entry.machine.hash) } }
    : { id, source, target, status };
  if (entry.suppress) kept.suppress = entry.suppress.map(({ rule, reason }) => ({ rule: strings.keep(rule), reason: strings.keep(reason) }));
  return {
    entry: kept,
    sourcePlain: strings.keep(view.sourcePlain),
    targetPlain: view.targetPlain === entry.target ? target : strings.copy(view.targetPlain),
    germanMatches: view.germanMatches.length === 0 ? NONE : view.germanMatches.map((m) => ({ entry: strings.keep(m.entry), start: m.start, end: m.end, text: strings.keep(m.text) })),
    targetAt: { file: strings.keep(targetAt.file), line: targetAt.line, column: targetAt.column, endLine: targetAt.endLine, endColumn: targetAt.endColumn },
    suppressAt: entry.suppress ? entry.suppress.map((_, index) => listItemLocation(file, view.index, 'suppress', index)) : NONE,
  };
}

/** Shared by every segment with no glossary match or suppression (most of them). */
const NONE: never[] = Object.freeze([]) as never[];

function keptDiagnostic(diagnostic: Diagnostic, strings: KeptStrings): Diagnostic {
  const { ruleId, message, file, hint, entry } = diagnostic;
  return {
    ...diagnostic,
    ruleId: strings.keep(ruleId), message: strings.keep(message), file: strings.keep(file),
    ...(hint === undefined ? {} : { hint: strings.keep(hint) }),
    ...(entry === undefined ? {} : { entry: strings.keep(entry) }),
  };
}
