// Module hooks (they run on the loader thread) for record-modules.mjs.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  appendFileSync(process.env.DOLMETSCH_RECORD_MODULES, `${url}\n`);
  return nextLoad(url, context);
}
