import type { RequestListener, ServerResponse } from 'node:http';
import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';

/**
 * What the app is still doing, so shutdown can wait for it: HTTP requests until their response is sent,
 * and listener work, which for events goes on after the acknowledgement (the answer is posted later).
 */
export function createInFlight() {
  const responses = new Set<ServerResponse>();
  let work = 0;
  let draining = false;
  const waiters = new Set<() => void>();
  const settle = () => {
    if (responses.size > 0 || work > 0) return;
    for (const wake of waiters) wake();
    waiters.clear();
  };
  const during = async <T>(run: () => Promise<T>): Promise<T> => {
    work++;
    try {
      return await run();
    } finally {
      work--;
      settle();
    }
  };
  // A kept-alive connection would carry new requests past shutdown: each response now closes its connection.
  const closeAfter = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('connection', 'close');
  };

  return {
    trackRequests(inner: RequestListener): RequestListener {
      return (req, res) => {
        responses.add(res);
        if (draining) closeAfter(res);
        res.once('close', () => {
          responses.delete(res);
          settle();
        });
        inner(req, res);
      };
    },
    /** Counts `run` as work in flight until it settles. */
    during,
    /** The same as Bolt global middleware, for a receiver that is not ours (Socket Mode): a request's listeners until they are done. */
    middleware: (({ next }) => during(next)) as Middleware<AnyMiddlewareArgs>,
    get count() {
      return responses.size + work;
    },
    /** From now on connections close after their response. */
    drain() {
      draining = true;
      responses.forEach(closeAfter);
    },
    /** Resolves true once nothing is in flight, false if that takes longer than `timeoutMs`. */
    idle(timeoutMs: number): Promise<boolean> {
      return responses.size === 0 && work === 0 ? Promise.resolve(true) : woken(waiters, timeoutMs);
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
