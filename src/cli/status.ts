/** `dolmetsch status`: how far each article is in each language. */
import { checkGate, formatStatusTable, statusTable } from '../publish/index.ts';
import { parseCommandArgs, textOrJson } from './args.ts';
import { EXIT, type Command } from './io.ts';
import { unlessInterrupted } from './interrupt.ts';
import { loadProjectWorkspace, openProject, unreadableReport } from './project.ts';
import { parseLanguages, projectLanguages } from './languages.ts';

export const STATUS_HELP = `Usage: dolmetsch status [paths…] [options]

Prints a table of articles × languages: segments per status (new, machine, edited, reviewed, stale, and
"missing" when the translation file lacks a sentence of the article or is older than it), the share reviewed,
and whether \`dolmetsch publish\` would publish it without --drafts (every segment edited or reviewed, and no
error from \`dolmetsch check\` in its translation file).

Options:
  --to LANGS           languages, comma-separated (default: the config's languages; en,ko without one)
  --format FORMAT      text (default) or json
  -h, --help           show this help

Examples:
  npm run status
  npm run status -- --format json | jq '.[] | select(.percentReviewed < 100)'
`;

export const statusCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    to: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(STATUS_HELP);
    return EXIT.ok;
  }
  const format = textOrJson(values.format);
  const given = parseLanguages(values.to, '--to');
  const project = await openProject(io);
  const languages = projectLanguages(project.config, given, '--to');
  const { articles, glossary, unreadable } = await unlessInterrupted(io, loadProjectWorkspace(project, positionals, languages));
  const gate = checkGate(glossary, articles.flatMap((article) => Object.values(article.parsed)), languages);
  const rows = statusTable(articles, languages, gate.errorsOf, project.config);
  io.stdout(format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : rows.length > 0 ? formatStatusTable(rows) : unreadable.length > 0 ? 'No article could be read.\n' : 'No articles found.\n');
  io.stderr(unreadableReport(unreadable, 'they are not in the table.'));
  return unreadable.length > 0 ? EXIT.badInput : EXIT.ok;
};
