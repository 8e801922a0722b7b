import { appendHrDraft, NOT_REVIEWED, writtenFrom } from '../knowledge/drafts.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { BOTH, type KnowledgeBase } from '../knowledge/schema.ts';
import { openDatabase, readStorageConfig } from '../storage/index.ts';
import { createDbEscalationStore } from '../storage/escalations-db.ts';
import { shortId } from '../storage/escalation-report.ts';
import type { Escalation } from '../storage/escalations.ts';

export type AddAnswerArgs = { id: string; role?: string; topic?: string; author?: string; dir: string; today: string };

/** A failure people fix by changing the command: printed without a stack, exit code 1. */
export class UsageError extends Error {}

/** Slack user and channel mentions as the answer's mrkdwn holds them: the knowledge must name no Slack user id. */
const USER_MENTION = /<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g;
const CHANNEL_MENTION = /<#C[A-Z0-9]+(?:\|([^>]*))?>/g;
/** A bare user id always holds a digit, so a capitalised word ("WASHINGTONIAN") is left alone. */
const BARE_USER_ID = /\b[UW](?=[A-Z0-9]*\d)[A-Z0-9]{8,}\b/g;

/** The answer's text without Slack ids; how many were taken out, so the reviewer is told. */
export function withoutSlackIds(text: string): { text: string; removed: number } {
  let removed = 0;
  const counted = (replacement: string) => {
    removed++;
    return replacement;
  };
  const cleaned = text
    .replace(USER_MENTION, () => counted('a colleague'))
    .replace(CHANNEL_MENTION, (_m, name: string | undefined) => counted(name ? `#${name}` : 'a channel'))
    .replace(BARE_USER_ID, () => counted('a colleague'));
  return { text: cleaned.trim(), removed };
}

async function answeredEscalations(env: NodeJS.ProcessEnv): Promise<Escalation[]> {
  const database = await openDatabase(readStorageConfig(env).target);
  try {
    return (await createDbEscalationStore(database).list()).filter((e) => e.answeredAt !== null && e.answer);
  } finally {
    await database.close();
  }
}

function findEscalation(answered: Escalation[], id: string): Escalation {
  const wanted = id.trim().toLowerCase();
  const found = answered.filter((e) => shortId(e.id) === wanted || e.id === wanted);
  if (found.length === 1) return found[0]!;
  const known = answered.map((e) => shortId(e.id));
  if (found.length > 1)
    throw new UsageError(
      `"${id}" names ${found.length} answers; use the full id: ${found.map((e) => e.id).join(', ')}`,
    );
  throw new UsageError(
    `no answer from the HR team with id "${id}" (its text may be deleted after INSIGHTS_RETENTION_DAYS).\n` +
      `Answered ids: ${known.join(', ') || '(none)'}; \`npm run insights\` lists them as [add-answer <id>].`,
  );
}

/** The role the fact is for: --role, else the one the bot answered about ("both" for the main pair). */
function pickRole(kb: KnowledgeBase, escalation: Escalation, role: string | undefined): string {
  const valid = [...kb.roleOrder, BOTH];
  const pair = [...kb.settings.mainPair].sort().join(',');
  const fromBot =
    escalation.roles.length === 1
      ? escalation.roles[0]
      : [...escalation.roles].sort().join(',') === pair
        ? BOTH
        : undefined;
  const chosen = role ?? fromBot;
  if (!chosen)
    throw new UsageError(
      `the bot answered this question for ${escalation.roles.join(', ') || 'no role'}: say which with --role (one of: ${valid.join(', ')})`,
    );
  if (!valid.includes(chosen)) throw new UsageError(`unknown role "${chosen}": one of ${valid.join(', ')}`);
  return chosen;
}

function pickTopic(kb: KnowledgeBase, escalation: Escalation, topic: string | undefined): string {
  const chosen = topic ?? escalation.topic ?? undefined;
  if (!chosen)
    throw new UsageError(
      `the bot matched no topic for this question: say which with --topic (one of: ${kb.topicOrder.join(', ')})`,
    );
  if (!kb.topics[chosen]) throw new UsageError(`unknown topic "${chosen}": one of ${kb.topicOrder.join(', ')}`);
  return chosen;
}

/** Who wrote the answer down, when --author does not say: never the Slack user id of the expert who answered. */
const DEFAULT_AUTHOR = 'HR team';

/** Writes the HR team's answer as a draft fact, checks the folder still loads, and says what to do next. */
export async function addAnswer(args: AddAnswerArgs, env: NodeJS.ProcessEnv): Promise<string> {
  const kb = loadKnowledge(args.dir);
  const escalation = findEscalation(await answeredEscalations(env), args.id);
  const topic = pickTopic(kb, escalation, args.topic);
  const role = pickRole(kb, escalation, args.role);
  const from = shortId(escalation.id);
  const already = writtenFrom(args.dir, from);
  if (already) throw new UsageError(`the answer ${from} is already written down, at ${already}: edit it there`);
  const { text, removed } = withoutSlackIds(escalation.answer!);
  const author = args.author?.trim() || DEFAULT_AUTHOR;
  const written = appendHrDraft(args.dir, { role, topic, text, added: args.today, author, from });
  try {
    loadKnowledge(args.dir);
  } catch (error) {
    written.undo();
    throw error;
  }
  return [
    `Wrote a draft fact to ${written.file} facts[${written.index}]${written.createdFile ? ' (new file)' : ''}:`,
    `  role ${role}, topic ${topic}, added ${args.today} by ${author}`,
    `  “${text}”`,
    ...(written.sourceFile
      ? [
          `Created the internal source ${written.sourceFile} (publisher "HR team", author ${author}), marked not reviewed yet.`,
        ]
      : []),
    ...(removed
      ? [
          `⚠ ${removed} Slack mention${removed === 1 ? '' : 's'} replaced ("a colleague"): the knowledge names no Slack user.`,
        ]
      : []),
    '',
    "Only the HR team's answer was copied, never the question. Before it answers anyone:",
    '  1. Read the text: it must hold no patient details and nothing about the person who asked; make it a general fact.',
    `  2. Remove "draft": true from the fact (and fix role or topic if needed).`,
    ...(written.sourceFile
      ? [
          `     In ${written.sourceFile}, set "reviewed" and "reviewer" (now "${NOT_REVIEWED}") and remove "reviewEveryDays".`,
        ]
      : []),
    '  3. npm run kb -- check',
    '  4. Commit the change; the running app reloads the folder by itself.',
  ].join('\n');
}
