import type { App } from '@slack/bolt';
import { homeView } from '../../blocks/index.ts';
import type { ListenerDeps } from './deps.ts';

/** Opening the app's Home tab publishes the overview: it is the same for everyone, so no state. */
export function register(app: App, { answerer }: ListenerDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await client.views.publish({ user_id: event.user, view: homeView(answerer.kb) });
  });
}
