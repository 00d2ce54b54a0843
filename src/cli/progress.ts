/** Progress on stderr: a redrawn bar on a terminal, plain lines (every tenth) in CI logs. */
import type { RunEvent } from '../pipeline/events.ts';
import type { CliIO } from './io.ts';

export function progressReporter(io: CliIO, enabled: boolean): (event: RunEvent) => void {
  if (!enabled) return () => undefined;
  let lastTenth = -1;
  let barShown = false;
  const clearBar = () => {
    if (barShown) io.stderr('\r\x1b[2K');
    barShown = false;
  };
  return (event) => {
    switch (event.type) {
      case 'loaded':
        io.stderr(`Read ${event.articles} article(s), ${event.segments} segment(s).\n`);
        break;
      case 'sending':
        io.stderr(`Sending ${event.segments} segment(s) to ${event.provider} in ${event.batches} request(s).\n`);
        break;
      case 'batch': {
        if (io.isTTY) {
          const width = 30;
          const filled = Math.round((event.done / event.total) * width);
          io.stderr(`\r\x1b[2K[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${event.done}/${event.total} requests · ${event.segmentsDone}/${event.segmentsTotal} segments`);
          barShown = true;
          if (event.done === event.total) clearBar();
        } else {
          const tenth = Math.floor((event.done / event.total) * 10);
          if (tenth !== lastTenth) {
            lastTenth = tenth;
            io.stderr(`progress: ${event.done}/${event.total} requests, ${event.segmentsDone}/${event.segmentsTotal} segments\n`);
          }
        }
        break;
      }
      case 'retry':
        clearBar();
        io.stderr(`rate limited: waiting ${(event.waitMs / 1000).toFixed(1)} s, concurrency now ${event.concurrency}\n`);
        break;
      case 'written':
        break;
    }
  };
}
