import { SIGNATURE_WINDOW_S } from './request-guard.ts';

/**
 * Tells a request Slack signed once from the same request sent again (a replay: someone who saw it, in a
 * proxy's log say, sends it back). A signature covers the body and its timestamp, and a timestamp is accepted
 * for SIGNATURE_WINDOW_S either way of now, so a signature needs remembering only that long. Slack's own retries
 * (X-Slack-Retry-Num) are signed anew with a new timestamp: they are not replays.
 *
 * The receiver asks once per signed request, after the signature is checked (so forgeries never fill it) and
 * before Bolt sees the request; `false` means "seen before": the request is acknowledged and ignored.
 * An implementation shared by several instances (a database table with the signature as its key) makes a
 * replay sent to another instance fail too; the in-process one below covers one instance.
 */
export type ReplayGuard = {
  /** true the first time `signature` is seen, false every time after, for as long as `timestampSec` is in the window. */
  firstSight(signature: string, timestampSec: number): Promise<boolean> | boolean;
};

/** Signatures kept at most: Slack sends a busy workspace's app a few requests a second, this is over 300 a second for the whole window. */
const MAX_SIGNATURES = 100_000;

export type InProcessReplayGuardOptions = { maxSignatures?: number; now?: () => number };

/**
 * The signatures seen, grouped by their timestamp (a replay carries the same one), so what leaves the window is
 * dropped a whole second at a time. Bounded: past `maxSignatures` the oldest second is forgotten first (it is
 * the closest to leaving the window anyway).
 */
export function inProcessReplayGuard(options: InProcessReplayGuardOptions = {}): ReplayGuard {
  const { maxSignatures = MAX_SIGNATURES, now = Date.now } = options;
  const bySecond = new Map<number, Set<string>>();
  let size = 0;
  let prunedAt = Number.NEGATIVE_INFINITY;

  const forget = (second: number) => {
    size -= bySecond.get(second)?.size ?? 0;
    bySecond.delete(second);
  };
  const prune = (nowSec: number) => {
    if (nowSec === prunedAt) return;
    prunedAt = nowSec;
    for (const second of bySecond.keys()) if (second < nowSec - SIGNATURE_WINDOW_S) forget(second);
  };

  return {
    firstSight(signature, timestampSec) {
      prune(Math.floor(now() / 1000));
      const seen = bySecond.get(timestampSec);
      if (seen?.has(signature)) return false;
      if (seen) seen.add(signature);
      else bySecond.set(timestampSec, new Set([signature]));
      size++;
      while (size > maxSignatures) forget(Math.min(...bySecond.keys()));
      return true;
    },
  };
}
