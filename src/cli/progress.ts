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
      case 'loaded': {
        const skipped = `${event.unchanged} article(s) unchanged since the last run, skipped unread`;
        if (event.articles === 0) io.stderr(event.unchanged > 0 ? `Nothing to read: ${skipped}.\n` : 'No article to read.\n');
        else io.stderr(`Read ${event.articles} article(s) with ${event.segments} segment(s)${event.unchanged > 0 ? `; ${skipped}` : ''}.\n`);
        break;
      }
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
