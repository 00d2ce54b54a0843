/** The exit codes every command shares, as `--help` shows them (README "Exit codes" holds the same table). */
import { EXIT } from './io.ts';

const MEANING: ReadonlyArray<[string, string]> = [
  [`${EXIT.ok}`, 'done; check: no errors'],
  [`${EXIT.findings}`, 'check: errors found · translate --require-complete: segments left untranslated · publish: an article refused'],
  [`${EXIT.badInput}`, 'bad input, option or configuration (nothing written), or a file that cannot be read (named; the rest is done)'],
  [`${EXIT.quota}`, 'translate: quota used up or cost limit reached; finished work written'],
  [`${EXIT.unavailable}`, 'translate: provider unavailable, a broken answer or a key rejected mid-run; finished work written'],
  [`${EXIT.locked}`, 'translate: another run holds the lock (.dolmetsch/lock)'],
  [`${EXIT.interrupted} / ${EXIT.terminated}`, 'interrupted by SIGINT / SIGTERM; nothing written after the signal'],
];

export function exitCodesHelp(): string {
  const width = Math.max(...MEANING.map(([code]) => code.length));
  return `Exit codes:\n${MEANING.map(([code, meaning]) => `  ${code.padEnd(width)}  ${meaning}`).join('\n')}\n`;
}
