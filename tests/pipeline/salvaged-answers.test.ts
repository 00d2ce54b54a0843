/** What a failed request delivered is kept: a batch sent again (after a rate limit) never pays for it twice. */
import { afterEach, describe, expect, it } from 'vitest';
import { translateRun } from '../../src/pipeline/translate-run.ts';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.ts';
import { openaiEnglishRun, smallRepo } from '../helpers/small-repo.ts';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('answers of a failed request', () => {
  it('are kept, and the batch sent again after a rate limit holds only what is still missing', async () => {
    fake = await startFakeOpenAI();
    // The batch answer leaves its last segment out; asking for that one alone hits the rate limit.
    fake.faults.push({ omitId: true }, { status: 429, retryAfter: '0' });
    const root = await smallRepo('dolmetsch-salvage-');
    const summary = await translateRun({ ...openaiEnglishRun(root, fake.url), rateLimitBaseDelayMs: 10 });
    const sizes = fake.requests.map((r) => r.data?.segments?.length);
    expect(sizes[0]).toBe(7);
    expect(sizes.slice(1)).toEqual([1, 1]); // the left-out segment alone (429), then alone again: the other six are kept
    expect(summary.untranslated).toBe(0);
    expect(summary.stopped).toBeUndefined();
  });
});
