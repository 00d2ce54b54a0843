/**
 * The fake DeepL server in a process of its own, as the real service is: its CPU does not count against the run
 * being measured. Prints its URL; answers "stats" on stdin with the request counts and the translate requests'
 * timeline (ms since the epoch: when each arrived and when its answer was sent) as JSON, then exits.
 */
import { createInterface } from 'node:readline';
import { startFakeDeepL } from '../tests/fakes/deepl-server.ts';

const latencyMs = Number(process.argv[2] ?? 200);
const server = await startFakeDeepL({ authKey: 'bench-key:fx', latencyMs, quota: 1e11, marker: (lang) => `${lang.toUpperCase()}: ` });
process.stdout.write(`${server.url}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'stats') continue;
  const translate = server.requests.filter((r) => r.path === '/v2/translate');
  const epoch = (ms: number | undefined) => (ms === undefined ? undefined : server.startedAt + ms);
  process.stdout.write(
    `${JSON.stringify({
      translate: translate.length,
      other: server.requests.length - translate.length,
      largest: Math.max(0, ...translate.map((r) => r.texts.length)),
      sizes: translate.map((r) => r.texts.length),
      firstRequestAt: epoch(server.requests[0]?.at),
      timeline: translate.map((r) => ({ at: epoch(r.at), answeredAt: epoch(r.answeredAt) })),
    })}\n`,
  );
  await server.close();
  process.exit(0);
}
