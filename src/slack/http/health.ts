import type { CustomRoute } from '@slack/bolt';
import type { Knowledge } from '../../search/live.ts';
import type { DatabaseStatus } from '../../storage/index.ts';
import { lostLogLines } from '../../runtime/line-writer.ts';

export const HEALTH_PATH = '/healthz';

/** Whether this instance should get traffic; shutdown flips it so the load balancer drains it first. */
export type Health = {
  draining: boolean;
  /** The database's state as the last queries found it; absent when the storage given does not report one. */
  database?: () => DatabaseStatus;
};

/** What /healthz says beyond its status: the database when it is away, log lines lost to a broken stdout. */
function details(health: Health): Record<string, unknown> {
  const database = health.database?.();
  const lost = lostLogLines();
  return {
    ...(database && !database.available
      ? { database: { available: false, since: database.since.toISOString(), reason: database.reason } }
      : {}),
    ...(lost > 0 ? { log: { lostLines: lost } } : {}),
  };
}

/**
 * `GET /healthz` for load balancers and orchestrators: 200 while serving (the app only starts once its whole
 * knowledge base loaded, so serving means answering; `topics` counts what it answers from now), 503 once
 * shutdown began. While the database is away the app still answers (without what it would keep there), so the
 * status is `degraded`, still 200 so the balancer keeps sending traffic, with the reason in the body. No Slack
 * call and no signature: a probe must be cheap and must not depend on Slack (or the database) being up.
 */
export function healthRoute(health: Health, knowledge: Knowledge): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ['GET', 'HEAD'],
    handler: (req, res) => {
      const status = health.draining ? 503 : 200;
      const topics = Object.keys(knowledge.current().kb.topics).length;
      const more = details(health);
      const body = JSON.stringify(
        health.draining
          ? { status: 'draining' }
          : { status: 'database' in more ? 'degraded' : 'ok', knowledge: { topics }, ...more },
      );
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    },
  };
}
