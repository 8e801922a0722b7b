/**
 * Fault injection for the Slack stand-in. Test code only: the stand-in in src/ (which the playground bundles) has
 * just a hook (`intercept`); the faults themselves live here.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  startSlackStandIn,
  type Interception,
  type SlackStandIn,
  type StandInOptions,
} from '../../src/emulator/index.ts';

/** How the next call(s) to a method fail. `drop` closes the connection without a reply. */
export type Fault =
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'status'; status: number }
  | { kind: 'slow'; ms: number }
  | { kind: 'drop' }
  /** Slack's answer to a call it refuses for good (not retried): HTTP 200, `ok: false` and the error code. */
  | { kind: 'error'; error: string };

/** Where a fault applies: a Web API method name, or `response_url` for every response URL. */
export type FaultTarget = string;

export type FaultyStandIn = SlackStandIn & {
  /** Makes the next `times` calls to `target` fail this way. */
  fail(target: FaultTarget, fault: Fault, times?: number): void;
  /** Removes pending faults (all, or for one target). */
  heal(target?: FaultTarget): void;
};

/** Answers a call as the fault says; false when the call is then served as usual (a slow one, after its delay). */
async function answeredWithFault(fault: Fault, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  switch (fault.kind) {
    case 'rate-limit':
      res.writeHead(429, { 'retry-after': String(fault.retryAfterSeconds), 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return true;
    case 'status':
      res.writeHead(fault.status, { 'content-type': 'text/plain' }).end('stand-in fault');
      return true;
    case 'drop':
      req.socket.destroy();
      return true;
    case 'error':
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: fault.error }));
      return true;
    case 'slow':
      await sleep(fault.ms);
      // After the delay the call is served as usual (recorded once more, unfaulted, when it completes).
      return false;
  }
}

/** The stand-in, with `fail` and `heal`. */
export async function startFaultyStandIn(options: StandInOptions = {}): Promise<FaultyStandIn> {
  const faults = new Map<string, Fault[]>();
  const intercept = (method: string, req: IncomingMessage, res: ServerResponse): Interception => {
    const fault = faults.get(method)?.shift();
    return fault ? { fault: fault.kind, answer: () => answeredWithFault(fault, req, res) } : null;
  };
  const standIn = await startSlackStandIn({ ...options, intercept });
  return Object.assign(standIn, {
    fail(target: FaultTarget, fault: Fault, times = 1) {
      const queue = faults.get(target) ?? [];
      for (let i = 0; i < times; i++) queue.push(fault);
      faults.set(target, queue);
    },
    heal(target?: FaultTarget) {
      if (target === undefined) faults.clear();
      else faults.delete(target);
    },
  });
}
