/**
 * What a fake server's request timeline says about how a run kept its slots full: the share of the sending time
 * with every slot busy, and the gaps between an answer and the request that took its slot.
 */
export interface TimedRequest {
  /** When the request arrived and when its answer was sent (ms, one clock). */
  at: number;
  answeredAt: number;
}

export interface SlotUse {
  /** From the first request's arrival to the last answer. */
  sendingMs: number;
  /** Share of the sending time with `concurrency` (or more) requests in flight. */
  fullShare: number;
  /** Answer → the request that took its slot, ms: the i-th answer's slot goes to request i + concurrency. */
  gaps: { median: number; p90: number; max: number; count: number };
}

export function slotUse(requests: readonly TimedRequest[], concurrency: number): SlotUse {
  const starts = requests.map((r) => r.at).sort((a, b) => a - b);
  const ends = requests.map((r) => r.answeredAt).sort((a, b) => a - b);
  const events = [...starts.map((t) => [t, 1] as const), ...ends.map((t) => [t, -1] as const)].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let inFlight = 0;
  let last = starts[0] ?? 0;
  let fullMs = 0;
  for (const [time, change] of events) {
    if (inFlight >= concurrency) fullMs += time - last;
    inFlight += change;
    last = time;
  }
  const sendingMs = (ends.at(-1) ?? 0) - (starts[0] ?? 0);
  const gaps: number[] = [];
  for (let i = 0; i + concurrency < starts.length; i++) gaps.push(Math.max(0, starts[i + concurrency]! - ends[i]!));
  gaps.sort((a, b) => a - b);
  const at = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? 0;
  return { sendingMs, fullShare: sendingMs > 0 ? fullMs / sendingMs : 0, gaps: { median: at(0.5), p90: at(0.9), max: gaps.at(-1) ?? 0, count: gaps.length } };
}
