/**
 * Bytes of a source file → text: UTF-8 only, BOM stripped, line endings normalised to LF, characters to NFC (macOS
 * and some editors write NFD: the same German must be the same sentence, or it is paid for twice).
 */
import { InputError } from '../core/diagnostic.ts';
import { invalidUtf8Diagnostic, positionOfByte } from '../text-input/invalid-utf8.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * A news article is tens of kilobytes. Far beyond that is a paste or an export accident, and reading it would take
 * minutes and gigabytes (a 10 MB paragraph: 73 s, 870 MB), so it is refused before any parsing.
 */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export function decodeSource(path: string, bytes: Uint8Array): string {
  const fail = (message: string, hint: string, at = 0, ruleId = 'source-encoding'): never => {
    const { line, column } = positionOfByte(bytes, at);
    throw new InputError([{ ruleId, severity: 'error', message, file: path, line, column, hint }]);
  };

  if (bytes.length > MAX_SOURCE_BYTES) {
    fail(
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; an article may have at most ${MAX_SOURCE_BYTES / 1024 / 1024} MB`,
      'Split it into several articles, or remove the pasted data (a table, an encoded image) that made it this large.',
      0,
      'source-too-large',
    );
  }
  if (hasPrefix(bytes, [0xff, 0xfe]) || hasPrefix(bytes, [0xfe, 0xff])) {
    fail(
      'the file is UTF-16, not UTF-8',
      `Convert it to UTF-8, e.g. \`iconv -f utf-16 -t utf-8 ${path} > ${path}.utf8 && mv ${path}.utf8 ${path}\`.`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    fail(
      'binary file: it contains a NUL byte, which no text article has',
      'Check that this is the article text (Markdown or plain text) and not a binary or a word-processor file; export it as plain UTF-8 text.',
      nul,
    );
  }
  const start = hasPrefix(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  let decoded: string;
  try {
    decoded = utf8.decode(bytes.subarray(start));
  } catch (error) {
    // Only a file that is not UTF-8 pays for the walk that says where and why.
    const invalid = invalidUtf8Diagnostic(path, bytes, 'source-encoding');
    throw invalid === undefined ? error : new InputError([invalid]);
  }
  const text = decoded.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') {
    fail(
      bytes.length === 0 ? 'empty file' : 'the file holds only whitespace',
      'Put the article text in the file, or delete the file.',
      0,
      'source-empty',
    );
  }
  return text;
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
