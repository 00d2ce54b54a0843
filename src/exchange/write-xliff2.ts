/** XLIFF 2.1 (core only): one `<file>` per translation file, one `<unit>` with one `<segment>` per entry. */
import type { TargetLanguage } from '../core/translation.ts';
import { MDA_NAMESPACE, XLIFF2_BASE_CATEGORY } from './base.ts';
import { xliff2State, type ExchangeFile } from './formats.ts';
import { attributes, escapeText, escapeTextXliff2 } from './xml-text.ts';

export const XLIFF2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

export function writeXliff2(language: TargetLanguage, files: readonly ExchangeFile[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff${attributes([['xmlns', XLIFF2_NAMESPACE], ['xmlns:mda', MDA_NAMESPACE], ['version', '2.1'], ['srcLang', 'de'], ['trgLang', language]])}>`,
  ];
  files.forEach((file, index) => {
    lines.push(`  <file${attributes([['id', `f${index + 1}`], ['original', file.path]])}>`);
    lines.push('    <notes>', `      <note category="dolmetsch-source">${escapeTextXliff2(file.source)}</note>`, '    </notes>');
    for (const entry of file.entries) {
      // xml:space on the unit reaches the base in mda:meta too (that module declares no xml:space of its own).
      lines.push(`    <unit${attributes([['id', entry.id], ['xml:space', 'preserve']])}>`);
      // The base for a three-way import (base.ts). mda:meta holds text only, so no <cp>: U+FFFD stands in.
      lines.push(
        '      <mda:metadata>',
        `        <mda:metaGroup category="${XLIFF2_BASE_CATEGORY}">`,
        `          <mda:meta type="status">${entry.status}</mda:meta>`,
        `          <mda:meta type="target">${escapeText(entry.target)}</mda:meta>`,
        '        </mda:metaGroup>',
        '      </mda:metadata>',
      );
      const notes = [
        entry.previousSource !== undefined ? ['dolmetsch-previous-source', entry.previousSource] : undefined,
        entry.suggestion !== undefined ? ['dolmetsch-suggestion', entry.suggestion] : undefined,
        entry.review !== undefined ? ['dolmetsch-review', entry.review] : undefined,
        entry.note !== undefined ? ['dolmetsch-note', entry.note] : undefined,
      ].filter((note): note is string[] => note !== undefined);
      if (notes.length > 0) {
        lines.push('      <notes>');
        for (const [category, text] of notes) lines.push(`        <note category="${category}">${escapeTextXliff2(text!)}</note>`);
        lines.push('      </notes>');
      }
      const { state, subState } = xliff2State(entry.status);
      lines.push(`      <segment${attributes([['id', entry.id], ['state', state], ['subState', subState]])}>`);
      lines.push(`        <source xml:space="preserve">${escapeTextXliff2(entry.source)}</source>`);
      if (entry.target !== '') lines.push(`        <target xml:space="preserve">${escapeTextXliff2(entry.target)}</target>`);
      lines.push('      </segment>', '    </unit>');
    }
    lines.push('  </file>');
  });
  lines.push('</xliff>');
  return `${lines.join('\n')}\n`;
}
