import type { RequestListener, ServerResponse } from 'node:http';
import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';

/** What is in flight: open responses and listener work, and who waits for them to end. */
type Tracked = { responses: Set<ServerResponse>; work: number; draining: boolean; waiters: Set<() => void> };

/** Wakes the waiters once nothing is in flight. */
function settle(tracked: Tracked): void {
  if (tracked.responses.size > 0 || tracked.work > 0) return;
  for (const wake of tracked.waiters) wake();
  tracked.waiters.clear();
}

async function during<T>(tracked: Tracked, run: () => Promise<T>): Promise<T> {
  tracked.work++;
  try {
    return await run();
  } finally {
    tracked.work--;
    settle(tracked);
  }
}

// A kept-alive connection would carry new requests past shutdown: each response now closes its connection.
const closeAfter = (res: ServerResponse) => {
  if (!res.headersSent) res.setHeader('connection', 'close');
};

function trackRequests(tracked: Tracked, inner: RequestListener): RequestListener {
  return (req, res) => {
    tracked.responses.add(res);
    if (tracked.draining) closeAfter(res);
    res.once('close', () => {
      tracked.responses.delete(res);
      settle(tracked);
    });
    inner(req, res);
  };
}

/**
 * What the app is still doing, so shutdown can wait for it: HTTP requests until their response is sent,
 * and listener work, which for events goes on after the acknowledgement (the answer is posted later).
 */
export function createInFlight() {
  const tracked: Tracked = { responses: new Set(), work: 0, draining: false, waiters: new Set() };
  const duringWork = <T>(run: () => Promise<T>): Promise<T> => during(tracked, run);
  return {
    trackRequests: (inner: RequestListener): RequestListener => trackRequests(tracked, inner),
    /** Counts `run` as work in flight until it settles. */
    during: duringWork,
    /** The same as Bolt global middleware, for a receiver that is not ours (Socket Mode): a request's listeners until they are done. */
    middleware: (({ next }) => duringWork(next)) as Middleware<AnyMiddlewareArgs>,
    get count() {
      return tracked.responses.size + tracked.work;
    },
    /** From now on connections close after their response. */
    drain() {
      tracked.draining = true;
      tracked.responses.forEach(closeAfter);
    },
    /** Resolves true once nothing is in flight, false if that takes longer than `timeoutMs`. */
    idle(timeoutMs: number): Promise<boolean> {
      return tracked.responses.size === 0 && tracked.work === 0
        ? Promise.resolve(true)
        : woken(tracked.waiters, timeoutMs);
    },
  };
}

/** Resolves true when `settle` wakes the waiters, false if `timeoutMs` passes first. */
function woken(waiters: Set<() => void>, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      waiters.delete(wake);
      resolve(false);
    }, timeoutMs);
    waiters.add(wake);
  });
}

export type InFlight = ReturnType<typeof createInFlight>;
