/** `dolmetsch segment FILE [--explain]`: the sentences of one source file, and why each terminator did or did not end one. */
import { toolFingerprint } from './version.ts';
import { readFile } from 'node:fs/promises';
import { learnedAbbreviations } from '../pipeline/survey/learned-abbreviations.ts';
import { segmentSpans, type BoundaryDecision } from '../segment/index.ts';
import { takeInline } from '../source/block-inline.ts';
import { plainTextOf } from '../source/inline-plain.ts';
import { InputProblems, parseSourceFile } from '../workspace/index.ts';
import { positionAt } from '../source/text-position.ts';
import { parseCommandArgs, textOrJson, UsageError } from './args.ts';
import { EXIT, type Command } from './io.ts';
import { openProject } from './project.ts';

export const SEGMENT_HELP = `Usage: dolmetsch segment FILE [options]

Prints the sentences dolmetsch cuts FILE (a source, .md or .txt) into, one per line with its line and column,
using the abbreviations learned from all of source/ as translate does. With --explain it prints every full stop,
question mark, exclamation mark and ellipsis instead, with the decision and its reason:

  3:41  ‖  …fünf Jahre verlängert.|Die Opposition…   a word before a capital
  5:18  ·  …laut Univ.-Prof.| Huber von der…          a bound abbreviation from the list: bound to what follows

(‖ ends a sentence, · does not, ‖< ends it before a rank: \`9,92 ‖ 5. Mike Rodgers\`.)

Options:
  --explain            every decision with its reason
  --format FORMAT      text (default) or json
  -h, --help           show this help

Examples:
  npm run segment -- source/kim-russland.md
  npm run segment -- source/kim-russland.md --explain
  npm run segment -- source/2025/wahl.md --explain --format json | jq '.[] | select(.boundary)'
`;

interface Explained { line: number; column: number; boundary: boolean; before: boolean; context: string; reason: string }

export const segmentCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    explain: { type: 'boolean' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(SEGMENT_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('name exactly one source file, e.g. `dolmetsch segment source/a.md`');
  const format = textOrJson(values.format);
  const file = positionals[0]!;
  const project = await openProject(io);
  const bytes = await readFile(project.resolve(file)).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${file} (${error.code ?? error.message}); name a source file such as source/a.md`);
  });
  const problems = new InputProblems();
  const document = parseSourceFile(file, bytes, problems, undefined, project.config)?.document;
  problems.throwIfAny();
  const abbreviations = await learnedAbbreviations(project.root, project.config, toolFingerprint());

  const sentences: Array<{ line: number; column: number; text: string }> = [];
  const decisions: Explained[] = [];
  for (const block of document!.blocks) {
    const plain = plainTextOf(block.text, takeInline(block));
    const where = (p: number) => {
      const at = positionAt(block.text, plain.cutOffsets[p] ?? block.text.length);
      return { line: block.line + at.line - 1, column: at.line === 1 ? block.column + at.column - 1 : at.column };
    };
    const explain = (d: BoundaryDecision) => decisions.push({
      ...where(d.at), boundary: d.boundary >= 0, before: d.boundary >= 0 && d.boundary <= d.at,
      context: context(plain.text, d), reason: d.reason,
    });
    for (const span of segmentSpans(plain.text, values.explain ? { abbreviations, explain } : { abbreviations })) {
      sentences.push({ ...where(span.start), text: plain.text.slice(span.start, span.end) });
    }
  }
  if (format === 'json') {
    io.stdout(`${JSON.stringify(values.explain ? decisions : sentences, null, 2)}\n`);
  } else if (values.explain) {
    for (const d of decisions) io.stdout(`${`${d.line}:${d.column}`.padEnd(7)} ${d.before ? '‖<' : d.boundary ? '‖ ' : '· '}  ${d.context}   ${d.reason}\n`);
  } else {
    for (const s of sentences) io.stdout(`${`${s.line}:${s.column}`.padEnd(7)} ${s.text}\n`);
  }
  return EXIT.ok;
};

/** Up to 24 characters either side of the cluster's end, marked with |, on one line. */
function context(text: string, d: BoundaryDecision): string {
  const from = Math.max(0, d.at - 24);
  const to = Math.min(text.length, d.end + 24);
  const left = text.slice(from, d.end).replace(/\s+/g, ' ');
  const right = text.slice(d.end, to).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${left}|${right}${to < text.length ? '…' : ''}`;
}
