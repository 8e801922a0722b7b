/**
 * Modals as Slack keeps them: views.open (only within TRIGGER_TTL_MS of the click, once per trigger),
 * views.update (by id, optionally guarded by hash), and the submit button, sent back to the app as a signed
 * view_submission whose response_action (update, clear, errors) is applied as Slack applies it.
 */
import { DEFAULT_IDS, messageTs, viewSubmission, type ViewStateValues } from './requests.ts';
import { sendToApp } from './send.ts';

type Json = Record<string, unknown>;
type Result = Record<string, unknown>;

/** How long Slack accepts a trigger_id for views.open after the click. */
export const TRIGGER_TTL_MS = 3_000;
/** Slack's limits a modal is checked against here. */
const TITLE_MAX = 24;
const BLOCKS_MAX = 100;

export type SubmitTarget = { appUrl: string; signingSecret: string };

/** What submitting a modal led to: Slack's reading of the app's acknowledgement. */
export type SubmitOutcome =
  | { outcome: 'closed' }
  | { outcome: 'updated'; view: Json }
  | { outcome: 'errors'; errors: Record<string, string> }
  | { outcome: 'failed'; status: number };

const plainText = (v: unknown, max: number) =>
  typeof v === 'object' &&
  v !== null &&
  (v as Json).type === 'plain_text' &&
  typeof (v as Json).text === 'string' &&
  ((v as Json).text as string).length <= max;

/** Slack refuses a modal without a title or blocks, or beyond its limits, with invalid_arguments. */
function invalidView(view: unknown): string | null {
  if (typeof view !== 'object' || view === null) return 'view is missing';
  const v = view as Json;
  if (v.type !== 'modal') return 'view.type must be modal';
  if (!plainText(v.title, TITLE_MAX)) return `view.title must be plain_text of at most ${TITLE_MAX} characters`;
  if (!Array.isArray(v.blocks) || v.blocks.length > BLOCKS_MAX)
    return `view.blocks must be a list of at most ${BLOCKS_MAX}`;
  return null;
}

const refuse = (error: string, detail?: string): Result => ({
  ok: false,
  error,
  ...(detail ? { response_metadata: { messages: [`[ERROR] ${detail}`] } } : {}),
});

export class ModalViews {
  private readonly views = new Map<string, Json>();
  private readonly usedTriggers = new Set<string>();
  private count = 0;

  /** An open modal, as views.open / views.update last answered with it. */
  get(id: string): Json | undefined {
    return this.views.get(id);
  }

  /** The open modals, oldest first. */
  get open(): Json[] {
    return [...this.views.values()];
  }

  readonly handlers = {
    'views.open': (args: Json): Result => {
      const trigger = typeof args.trigger_id === 'string' ? args.trigger_id : '';
      const issued = Number(/^(\d+)\./.exec(trigger)?.[1]);
      if (!trigger || !Number.isFinite(issued)) return refuse('invalid_trigger_id');
      if (this.usedTriggers.has(trigger)) return refuse('exchanged_trigger_id');
      if (Date.now() - issued > TRIGGER_TTL_MS) return refuse('expired_trigger_id');
      const problem = invalidView(args.view);
      if (problem) return refuse('invalid_arguments', problem);
      this.usedTriggers.add(trigger);
      const id = `V0MODAL${++this.count}`;
      return { ok: true, view: this.store(id, args.view as Json) };
    },
    'views.update': (args: Json): Result => {
      const id = typeof args.view_id === 'string' ? args.view_id : '';
      const current = this.views.get(id);
      if (!current) return refuse('not_found');
      if (typeof args.hash === 'string' && args.hash !== current.hash) return refuse('hash_conflict');
      const problem = invalidView(args.view);
      if (problem) return refuse('invalid_arguments', problem);
      return { ok: true, view: this.store(id, args.view as Json) };
    },
  };

  /** The person pressed the modal's submit button: Slack posts view_submission and reads the acknowledgement. */
  async submit(
    viewId: string,
    values: ViewStateValues,
    target: SubmitTarget,
    userId: string = DEFAULT_IDS.userId,
  ): Promise<SubmitOutcome> {
    const view = this.views.get(viewId);
    if (!view) throw new Error(`stand-in: no open modal ${viewId}`);
    const response = await sendToApp(
      target.appUrl,
      target.signingSecret,
      viewSubmission({ view, values, user_id: userId }),
    );
    if (!response.ok) return { outcome: 'failed', status: response.status };
    const body = await response.text();
    const ack = body.trim() === '' ? {} : (JSON.parse(body) as Json);
    if (ack.response_action === 'update' && invalidView(ack.view) === null) {
      return { outcome: 'updated', view: this.store(viewId, ack.view as Json) };
    }
    if (ack.response_action === 'errors' && typeof ack.errors === 'object' && ack.errors !== null) {
      return { outcome: 'errors', errors: ack.errors as Record<string, string> };
    }
    // An empty acknowledgement (or response_action clear) closes the modal.
    this.views.delete(viewId);
    return { outcome: 'closed' };
  }

  /** The person closed the modal. */
  close(viewId: string): void {
    this.views.delete(viewId);
  }

  private store(id: string, view: Json): Json {
    const stored = {
      ...view,
      id,
      team_id: DEFAULT_IDS.teamId,
      app_id: DEFAULT_IDS.apiAppId,
      bot_id: DEFAULT_IDS.botId,
      root_view_id: id,
      previous_view_id: null,
      state: { values: {} },
      hash: messageTs(),
      private_metadata: typeof view.private_metadata === 'string' ? view.private_metadata : '',
      callback_id: typeof view.callback_id === 'string' ? view.callback_id : '',
    };
    this.views.set(id, stored);
    return stored;
  }
}
