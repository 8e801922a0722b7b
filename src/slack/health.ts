import type { CustomRoute } from '@slack/bolt';
import type { Knowledge } from '../search/live.ts';

export const HEALTH_PATH = '/healthz';

/** Whether this instance should get traffic; shutdown flips it so the load balancer drains it first. */
export type Health = { draining: boolean };

/**
 * `GET /healthz` for load balancers and orchestrators: 200 while serving (the app only starts once its whole
 * knowledge base loaded, so serving means answering; `topics` counts what it answers from now), 503 once shutdown began. No Slack call and no
 * signature: a probe must be cheap and must not depend on Slack being up.
 */
export function healthRoute(health: Health, knowledge: Knowledge): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ['GET', 'HEAD'],
    handler: (req, res) => {
      const status = health.draining ? 503 : 200;
      const topics = Object.keys(knowledge.current().kb.topics).length;
      const body = JSON.stringify(health.draining ? { status: 'draining' } : { status: 'ok', knowledge: { topics } });
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    },
  };
}
