/** The check's plain text equals toPlain, with or without markup, and maps matches back into the Markdown. */
import { expect, it } from 'vitest';
import { plainWithOffsets } from '../../src/check/plain-text.ts';
import { toPlain } from '../../src/source/index.ts';

const samples = [
  'Sergei Shoigu visited Pyongyang.',
  '김정은은 평양에서 쇼이구를 맞았다.',
  'Kim Jong Un received *Shoigu*.',
  'See [the report](https://example.org) by **RENEWZ.de** &amp; `code`.',
  'Escaped \\*stars\\* and a line\nbreak',
  ' leading and trailing ',
  'Tom &auml; Jerry &#x41;',
];

it.each(samples)('%j', (markdown) => {
  const plain = plainWithOffsets(markdown);
  expect(plain.text).toBe(toPlain(markdown));
});

it('maps a plain offset back to the Markdown', () => {
  const markdown = 'Kim Jong Un received *Shoigu*.';
  const plain = plainWithOffsets(markdown);
  const start = plain.text.indexOf('Shoigu');
  expect(markdown.slice(plain.markdownOffset(start + 1), plain.markdownOffset(start + 1) + 5)).toBe('hoigu');
});
