/** `dolmetsch export`: translation files → XLIFF 2.1, XLIFF 1.2 or TMX 1.4 for CAT tools. */
import path from 'node:path';
import { SEGMENT_STATUSES, type SegmentStatus } from '../core/translation.ts';
import { exportExchange, exportFileName, withStatus, writableExchangeFormats, type ExchangeFile } from '../exchange/index.ts';
import { closestKey } from '../store/closest-key.ts';
import { writeFileAtomic } from '../store/index.ts';
import { parseCommandArgs, UsageError } from './args.ts';
import { EXIT, type Command } from './io.ts';
import { stopIfInterrupted, unlessInterrupted } from './interrupt.ts';
import { prepareOutputFolder, writeFailed } from './output-path.ts';
import { parseLanguages, projectLanguages } from './languages.ts';
import { loadProjectWorkspace, openProject, unreadableReport } from './project.ts';

export const EXPORT_HELP = `Usage: dolmetsch export --format FORMAT [paths…] [options]

Writes the translation files of the articles, one exchange file per target language, for translators who work
in a CAT tool (OmegaT, Trados, memoQ, Phrase, Weblate). Bring their work back with \`dolmetsch import FILE\`.

  xliff2   XLIFF 2.1 → dist/exchange/<lang>.xliff2.xlf   state: new/machine/stale = initial, edited = translated,
                                                         reviewed = reviewed
  xliff1   XLIFF 1.2 → dist/exchange/<lang>.xliff1.xlf   state: machine = needs-review-translation (mt-suggestion),
                                                         edited = translated, reviewed = signed-off + approved
  tmx      TMX 1.4   → dist/exchange/<lang>.tmx          segments that have a target, as a translation memory

Segment text is the inline Markdown of the YAML (keep *, ** and [links](…) as they are). Each unit also records
the target and status it had at export, so \`dolmetsch import\` can tell the translator's changes from newer work
in the YAML (XLIFF 2: mda:metadata; XLIFF 1.2: alt-trans "previous-version"; TMX: props).

Options:
  --format FORMAT      xliff2 | xliff1 | tmx (required)
  --lang LANGS         target languages, comma-separated (default: the config's languages; en,ko without one)
  --status STATUSES    only segments of these statuses, comma-separated: new, machine, edited, reviewed, stale
                       (a target a person changed counts as edited, whatever its status line says)
  --out DIR            output folder (default: dist/exchange)
  -h, --help           show this help

Examples:
  node bin/dolmetsch.js export --format xliff2 --lang ko
  node bin/dolmetsch.js export --format tmx --out /tmp/tm
  node bin/dolmetsch.js export --format tmx --status reviewed   the file to upload as a DeepL translation memory
`;

export const exportCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' },
    lang: { type: 'string' },
    status: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(EXPORT_HELP);
    return EXIT.ok;
  }
  const formats = writableExchangeFormats();
  if (values.format === undefined) throw new UsageError(`--format is required: ${formats.join(', ')}.`);
  if (!formats.includes(values.format)) throw new UsageError(`--format is ${formats.join(', ')}, not "${values.format}".`);
  const format = values.format;
  const statuses = values.status !== undefined ? parseStatuses(values.status) : undefined;
  const given = parseLanguages(values.lang, '--lang');
  const project = await openProject(io);
  const languages = projectLanguages(project.config, given, '--lang');
  const out = values.out !== undefined ? project.resolve(values.out) : path.join(project.root, 'dist/exchange');
  await prepareOutputFolder('--out', values.out ?? 'dist/exchange', out, 'dist/exchange');
  const { articles, unreadable } = await unlessInterrupted(io, loadProjectWorkspace(project, positionals, languages));
  for (const language of languages) {
    const all: ExchangeFile[] = articles.flatMap((article) => {
      const parsed = article.parsed[language];
      return parsed ? [{ path: parsed.path, source: article.document.path, language, entries: parsed.model.segments }] : [];
    });
    const files = statuses ? withStatus(all, statuses) : all;
    stopIfInterrupted(io);
    const target = path.join(out, exportFileName(format, language));
    await writeFileAtomic(target, exportExchange(format, language, files)).catch((error: unknown) => {
      throw writeFailed('--out', values.out ?? 'dist/exchange', error);
    });
    const segments = files.reduce((sum, file) => sum + file.entries.length, 0);
    const only = statuses ? ` (status ${[...statuses].join(', ')})` : '';
    io.stdout(`${project.shown(target)}: ${files.length} file(s), ${segments} segment(s)${only}\n`);
  }
  io.stderr(unreadableReport(unreadable, 'they are not in the exported files.'));
  return unreadable.length > 0 ? EXIT.badInput : EXIT.ok;
};

function parseStatuses(value: string): Set<SegmentStatus> {
  const statuses = value.split(',').map((part) => part.trim()).filter(Boolean);
  for (const status of statuses) {
    if (!(SEGMENT_STATUSES as readonly string[]).includes(status)) {
      const meant = closestKey(status, SEGMENT_STATUSES);
      throw new UsageError(`--status: "${status}" is not a status; use ${SEGMENT_STATUSES.join(', ')}${meant ? ` (did you mean ${meant}?)` : ''}.`);
    }
  }
  if (statuses.length === 0) throw new UsageError('--status needs at least one status, e.g. --status reviewed.');
  return new Set(statuses as SegmentStatus[]);
}
