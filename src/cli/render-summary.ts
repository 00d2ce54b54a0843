/** The end-of-run summary a person reads: one row per article and language, then what to do next. */
import type { RunSummary } from '../pipeline/events.ts';
import { DEFAULT_CHOICE, findProvider } from '../providers/registry.ts';

export function renderSummary(summary: RunSummary): string {
  const lines: string[] = [];
  const header = ['article', 'lang', 'new', 'machine', 'edited', 'reviewed', 'stale', 'billed'];
  const rows = summary.files.map((f) => [
    f.article,
    f.language,
    String(f.counts.new),
    String(f.counts.machine),
    String(f.counts.edited),
    String(f.counts.reviewed),
    String(f.counts.stale),
    String(f.billedCharacters),
  ]);
  if (rows.length > 0) for (const line of table([header, ...rows])) lines.push(line);
  else lines.push(summary.unreadable.length > 0 ? 'No article could be read.' : 'No articles found.');
  lines.push('');

  if (summary.dryRun) {
    lines.push(`Dry run with ${summary.provider}: nothing was sent and no file was written.`);
    for (const c of summary.cost) {
      const money = summary.billable ? `${c.characters} billable characters` : 'free';
      const tokens = c.tokens ? `, about ${c.tokens.promptTokens} prompt + ${c.tokens.completionTokens} completion tokens` : '';
      lines.push(`  ${c.language}: ${c.segments} segment(s) to translate, ${money}, ${c.requests} request(s)${tokens}`);
    }
    const changing = summary.files.filter((f) => f.changed).map((f) => f.path);
    lines.push(changing.length > 0 ? `Would write: ${changing.join(', ')}` : 'Would write no file.');
    const sent = summary.cost.reduce((n, c) => n + c.segments, 0);
    if (summary.untranslated > sent) lines.push(...waitingLines(summary, summary.untranslated - sent, 'would stay'));
    return lines.join('\n') + '\n';
  }
  if (summary.refused) {
    lines.push(`Refused to start: ${summary.refused.message}`);
    lines.push(
      summary.refused.reason === 'max-chars'
        ? 'Raise --max-chars, or translate fewer articles at a time (name them as arguments).'
        : 'Wait for the next billing period, raise the plan, or pass --force to send as much as the quota allows.',
    );
    return lines.join('\n') + '\n';
  }

  const written = summary.files.filter((f) => f.changed).length;
  const fromMemory = summary.files.reduce((n, f) => n + f.fromMemory, 0);
  const flagged = summary.files.reduce((n, f) => n + f.flagged, 0);
  const possibly = summary.possiblyBilled;
  const uncertain = possibly ? ` (${possibly.characters} of them possibly: ${possibly.requests} request(s) got no usable answer after the provider may have billed them)` : '';
  const billed = summary.billable ? `, ${summary.billedCharacters} characters billed${uncertain}` : '';
  const tokens = summary.tokens ? `, ${summary.tokens.promptTokens} prompt + ${summary.tokens.completionTokens} completion tokens` : '';
  lines.push(`${summary.provider}: ${summary.requests} request(s)${billed}${tokens}; ${fromMemory} segment(s) from the translation memory; ${written} file(s) written.`);
  const stale = summary.files.reduce((n, f) => n + f.counts.stale, 0);
  const machine = summary.files.filter((f) => f.counts.machine > 0);
  const awaitingReview = machine.reduce((n, f) => n + f.counts.machine, 0);
  const settled = summary.untranslated === 0 && !summary.stopped && summary.unreadable.length === 0;
  if (settled && written === 0) lines.push(awaitingReview + stale === 0 ? 'Everything is up to date.' : 'Translations are up to date: nothing new to translate.');
  if (awaitingReview > 0) {
    lines.push(`${awaitingReview} machine-translated segment(s) in ${machine.length} file(s) await review: \`dolmetsch status\` shows where; ` +
      'edit the target where needed and set `status: reviewed` (or use `dolmetsch export` for a CAT tool). ' +
      '`dolmetsch publish` publishes an article once all its segments are edited or reviewed.');
  }
  if (flagged > 0) lines.push(`${flagged} machine translation(s) flagged for review (see \`review:\` in the files).`);
  if (stale > 0) lines.push(`${stale} segment(s) are stale: the German changed under a person's translation; compare previous_source, source and suggestion.`);
  if (summary.untranslated > 0) lines.push(...waitingLines(summary, summary.untranslated, 'are'));
  if (summary.stopped) lines.push(`Stopped: ${summary.stopped.message} ${written > 0 ? 'Everything translated before that was written.' : 'No file was written.'}`);
  for (const source of summary.changedDuringRun ?? []) lines.push(`note: ${source} changed while the run worked; it was left as it is for the next run.`);
  for (const orphan of summary.orphans) lines.push(`note: ${orphan} has no source article any more; it was left as it is.`);
  return lines.join('\n') + '\n';
}

function waitingLines(summary: RunSummary, count: number, verb: string): string[] {
  const lines = [`${count} segment(s) ${verb} waiting for a provider (status: new, empty target).`];
  if (findProvider(summary.provider)?.memoryOnly) lines.push(howToTranslate());
  return lines;
}

/** For a run whose provider only repeats the memory: the provider a key would bring in, and the preview. */
function howToTranslate(): string {
  const { preferred, preview } = DEFAULT_CHOICE;
  const keys = preferred.environment.filter((v) => v.secret).map((v) => `${v.name} (${v.help})`);
  const set = keys.length > 0 ? `set ${keys.join(' or ')} and run again` : `run again with --provider ${preferred.name}`;
  return `To translate them, ${set}, or preview with --provider ${preview.name}.`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => rows.reduce((widest, row) => Math.max(widest, row[column]!.length), 0));
  return rows.map((row) =>
    row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd(),
  );
}
