import type { App } from '@slack/bolt';
import { homeView } from '../../../blocks/index.ts';
import { insightsBlocks } from '../../../blocks/insights-blocks.ts';
import { context } from '../../../blocks/elements.ts';
import { overdueList } from '../../../knowledge/dates.ts';
import type { ListenerDeps } from '../deps.ts';

/** The period the admins' App Home summarises. */
const INSIGHTS_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Opening the app's Home tab publishes the overview, the same for everyone. The users listed in INSIGHTS_ADMINS
 * also see the insights summary (counts and the top unanswered questions); everyone else sees no one's questions.
 */
export function register(app: App, { knowledge, insights, insightsAdmins = [] }: ListenerDeps): void {
  app.event('app_home_opened', async ({ event, client, logger }) => {
    if (event.tab !== 'home') return;
    const answerer = knowledge.current();
    const view = homeView(answerer.kb);
    if (insights && insightsAdmins.includes(event.user)) {
      const extra = await insights({
        since: Date.now() - INSIGHTS_DAYS * DAY_MS,
        limit: 5,
        overdueSources: overdueList(answerer.kb.sources),
      }).then(
        (report) => insightsBlocks(report, answerer.kb, INSIGHTS_DAYS),
        (error: unknown) => {
          logger.warn(
            `insights: could not read the report for App Home (${error instanceof Error ? error.message : String(error)})`,
          );
          return [
            context(
              ['Insights cannot be read right now (the database is not answering). Try again in a moment.'],
              'insights-unavailable',
            ),
          ];
        },
      );
      view.blocks = [...view.blocks, ...extra];
    }
    await client.views.publish({ user_id: event.user, view });
  });
}
