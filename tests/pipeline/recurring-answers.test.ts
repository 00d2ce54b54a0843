/** Answers to recurring sentences while a streamed survey is still counting their places, and after. */
import { describe, expect, it } from 'vitest';
import { RecurringAnswers } from '../../src/pipeline/plan/recurring-answers.ts';
import { sentenceHash } from '../../src/pipeline/sentence-key.ts';

const answer = (source: string) => ({ language: 'en' as const, source, target: `EN ${source}`, provider: 'deepl' });

describe('RecurringAnswers', () => {
  it('keeps every answer while the counts are unknown, then only those with places still to come', () => {
    const answers = new RecurringAnswers();
    expect(answers.provisional).toBe(true);
    answers.keep(answer('Einmal.'), 1);
    answers.keep(answer('Dreimal.'), 1);
    answers.keep(answer('Zweimal.'), 1);
    // A later place of a sentence the survey has not counted yet still finds its answer: never paid twice.
    expect(answers.take('en', 'Zweimal.')?.target).toBe('EN Zweimal.');
    expect(answers.size).toBe(3);

    // The survey's counts: "Dreimal." has three places (one served), "Zweimal." two (both served), "Einmal." one.
    answers.settle(new Map([[sentenceHash('en', 'Dreimal.'), 3], [sentenceHash('en', 'Zweimal.'), 2]]));
    expect(answers.provisional).toBe(false);
    expect(answers.size).toBe(1);
    expect(answers.take('en', 'Einmal.')).toBeUndefined();
    expect(answers.take('en', 'Zweimal.')).toBeUndefined();
    expect(answers.take('en', 'Dreimal.')?.target).toBe('EN Dreimal.');
    expect(answers.take('en', 'Dreimal.')?.target).toBe('EN Dreimal.');
    expect(answers.size).toBe(0); // its last place has taken it
  });
});
