/** Examples in glossary.yaml that do not behave as declared; the glossary loader found them. */
import type { CheckRule } from '../types.ts';

export const glossaryExampleFails: CheckRule = {
  id: 'glossary-example-fails',
  severity: 'error',
  summary: 'An example in glossary.yaml does not pass or fail as it declares (the entry’s forms or the example are wrong).',
  run: ({ glossary }) => glossary.exampleFailures.map((d) => ({ ...d, severity: 'error' })),
};
