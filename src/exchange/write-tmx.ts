/** TMX 1.4: one `<tu>` per entry that has a target, German and the target language side by side. */
import type { TargetLanguage } from '../core/translation.ts';
import type { ExchangeFile } from './formats.ts';
import { TMX_BASE_TARGET_PROP, TMX_STATUS_PROP } from './base.ts';
import { attributes, escapeText } from './xml-text.ts';

export const TMX_FILE_PROP = 'x-dolmetsch-file';

export function writeTmx(language: TargetLanguage, files: readonly ExchangeFile[], toolVersion: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header${attributes([
      ['creationtool', 'dolmetsch'], ['creationtoolversion', toolVersion], ['segtype', 'sentence'], ['o-tmf', 'dolmetsch-yaml'],
      ['adminlang', 'en'], ['srclang', 'de'], ['datatype', 'plaintext'],
    ])}/>`,
    '  <body>',
  ];
  for (const file of files) {
    for (const entry of file.entries) {
      if (entry.target === '') continue;
      lines.push(`    <tu${attributes([['tuid', entry.id]])}>`);
      lines.push(`      <prop type="${TMX_FILE_PROP}">${escapeText(file.path)}</prop>`);
      lines.push(`      <prop type="${TMX_STATUS_PROP}">${entry.status}</prop>`);
      lines.push(`      <prop type="${TMX_BASE_TARGET_PROP}">${escapeText(entry.target)}</prop>`);
      lines.push(`      <tuv xml:lang="de"><seg>${escapeText(entry.source)}</seg></tuv>`);
      lines.push(`      <tuv${attributes([['xml:lang', language]])}><seg>${escapeText(entry.target)}</seg></tuv>`);
      lines.push('    </tu>');
    }
  }
  lines.push('  </body>', '</tmx>');
  return `${lines.join('\n')}\n`;
}
