/** XLIFF 1.2 (strict): one `<file>` per translation file, one `<trans-unit>` per entry. */
import type { TargetLanguage } from '../core/translation.ts';
import { XLIFF1_BASE_ORIGIN } from './base.ts';
import { xliff1State, type ExchangeFile } from './formats.ts';
import { attributes, escapeText } from './xml-text.ts';

export const XLIFF1_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';

export function writeXliff1(language: TargetLanguage, files: readonly ExchangeFile[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff${attributes([['version', '1.2'], ['xmlns', XLIFF1_NAMESPACE]])}>`];
  for (const file of files) {
    lines.push(`  <file${attributes([['original', file.path], ['source-language', 'de'], ['target-language', language], ['datatype', 'plaintext'], ['tool-id', 'dolmetsch']])}>`);
    lines.push('    <header>', `      <tool${attributes([['tool-id', 'dolmetsch'], ['tool-name', 'dolmetsch']])}/>`, `      <note from="dolmetsch">${escapeText(`source: ${file.source}`)}</note>`, '    </header>');
    lines.push('    <body>');
    for (const entry of file.entries) {
      const { state, qualifier, approved } = xliff1State(entry.status);
      lines.push(`      <trans-unit${attributes([['id', entry.id], ['approved', approved], ['xml:space', 'preserve']])}>`);
      lines.push(`        <source>${escapeText(entry.source)}</source>`);
      if (entry.target !== '') lines.push(`        <target${attributes([['state', state], ['state-qualifier', qualifier]])}>${escapeText(entry.target)}</target>`);
      if (entry.previousSource !== undefined) lines.push(`        <note from="dolmetsch" annotates="source">${escapeText(`before: ${entry.previousSource}`)}</note>`);
      if (entry.suggestion !== undefined) lines.push(`        <note from="dolmetsch" annotates="target">${escapeText(`suggestion: ${entry.suggestion}`)}</note>`);
      if (entry.review !== undefined) lines.push(`        <note from="dolmetsch">${escapeText(entry.review)}</note>`);
      if (entry.note !== undefined) lines.push(`        <note from="translator">${escapeText(entry.note)}</note>`);
      // The base for a three-way import (base.ts): the standard's "previous version" of the translation.
      // alt-trans defaults to xml:space="default" (unlike the trans-unit it sits in), so preserve is said again.
      const base = xliff1State(entry.status);
      lines.push(`        <alt-trans${attributes([['alttranstype', 'previous-version'], ['origin', XLIFF1_BASE_ORIGIN], ['extradata', entry.status], ['xml:space', 'preserve']])}>`);
      lines.push(`          <target${attributes([['state', base.state], ['state-qualifier', base.qualifier]])}>${escapeText(entry.target)}</target>`);
      lines.push('        </alt-trans>');
      lines.push('      </trans-unit>');
    }
    lines.push('    </body>', '  </file>');
  }
  lines.push('</xliff>');
  return `${lines.join('\n')}\n`;
}
