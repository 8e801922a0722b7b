import type { KnownBlock, ModalView } from '@slack/types';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { AskedWhere, Escalation } from '../records/escalation.ts';
import { mention } from './ask-hr.ts';
import { actions, button, context, fallback, header, section, type Message } from './elements.ts';
import { rolesLabel, theSources } from './parts.ts';
import { clip, escapeText } from './text.ts';

// What the HR team sees: the question's card in their channel, the modal to answer it, and the modal's result.
// Nothing about the asker but a mention of them, and only while the escalation is open.

/** The modal's callback_id, for `app.view(...)`. */
export const ANSWER_MODAL = 'hr-answer-modal';
/** The answer field, as view_submission's state.values[block][action] carries it. */
export const ANSWER_INPUT = { block: 'answer', action: 'text' } as const;
/** Slack's plain_text_input takes at most 3000 characters; a section shows as many. */
export const MAX_ANSWER_CHARS = 3000;
const MODAL_TITLE = 'Answer for HR';

/** A link to a message in a thread, as Slack writes permalinks; a channel mention when the workspace is unknown. */
function threadLink(where: AskedWhere, teamDomain?: string): string {
  if (!teamDomain || !where.threadTs || !/^[\w-]+$/.test(teamDomain)) return `a thread in <#${where.channel}>`;
  const ts = where.threadTs.replace('.', '');
  return `<https://${teamDomain}.slack.com/archives/${where.channel}/p${ts}|a thread> in <#${where.channel}>`;
}

/** Where the question was asked, as the experts' card says it. */
function whereAsked(where: AskedWhere | null, teamDomain?: string): string {
  if (!where) return 'in a conversation with career-bot';
  if (where.kind === 'dm') return 'in a direct message with career-bot';
  if (where.kind === 'thread') return `in ${threadLink(where, teamDomain)}`;
  return where.channel.startsWith('D') ? 'with /career in a direct message' : `with /career in <#${where.channel}>`;
}

/** What the bot answered and why it fell short. */
function botFellShort(kb: KnowledgeBase, e: Pick<Escalation, 'reason' | 'topic' | 'roles' | 'gap'>): string {
  const answered = e.topic
    ? `${rolesLabel(kb, e.roles.length ? e.roles : kb.settings.mainPair)} · ${kb.topics[e.topic]?.title ?? e.topic}`
    : null;
  const sources = theSources(kb);
  if (e.reason === 'declined' || !answered) {
    return `*career-bot declined it:* it could not match the question to what ${sources.name} ${sources.one ? 'covers' : 'cover'}.`;
  }
  if (e.reason === 'not-covered') {
    return `*career-bot answered with* ${escapeText(answered)}, *and said ${sources.name} ${sources.one ? 'does' : 'do'} not cover it*${e.gap ? `: _${escapeText(e.gap)}_` : '.'}`;
  }
  if (e.reason === 'unprompted')
    return `*career-bot answered with* ${escapeText(answered)} *unasked, in a channel it listens to; someone there wants a person's answer.*`;
  return `*career-bot answered with* ${escapeText(answered)}; *the asker marked it not helpful.*`;
}

const when = (at: Date) =>
  `<!date^${Math.floor(at.getTime() / 1000)}^{date_short_pretty} at {time}|${at.toISOString().slice(0, 16).replace('T', ' ')} UTC>`;

/** The answered part of the card: who, when, what, and whether it reached the asker. */
function answeredBlocks(e: Escalation): KnownBlock[] {
  const delivery = e.deliveredAt
    ? ':white_check_mark: Delivered to the asker.'
    : e.deliveryError
      ? `:warning: *Not delivered to the asker:* ${escapeText(e.deliveryError)}`
      : ':hourglass_flowing_sand: Being delivered to the asker…';
  const blocks: KnownBlock[] = [
    section(
      `*Answered by ${mention(e.answeredBy)}* ${e.answeredAt ? when(e.answeredAt) : ''}\n${escapeText(e.answer ?? '')}`,
      'answered',
    ),
    context([delivery], 'delivery'),
  ];
  if (e.deliveryError && e.askerId)
    blocks.push(
      actions([button('answer', 'retry', ':repeat: Try delivering again', { id: e.id, question: '' })], 'retry'),
    );
  return blocks;
}

/** The question's card in the experts' channel; once answered, who answered, when, and the answer. */
export function expertsCard(kb: KnowledgeBase, e: Escalation, teamDomain?: string): Message {
  const asked = `Asked by ${mention(e.askerId, 'someone')} ${whereAsked(e.where, teamDomain)}`;
  const blocks: KnownBlock[] = [
    header(':raising_hand: A question for the HR team'),
    section(`*“${escapeText(e.question)}”*`, 'question'),
    context([asked], 'asked-where'),
    context([botFellShort(kb, e)], 'bot-said'),
  ];
  if (e.answeredAt === null) {
    blocks.push(
      actions([button('answer', 'open', ':pencil: Answer', { id: e.id, question: e.question }, 'primary')], 'answer'),
      context(
        ["Your answer goes to the asker where they asked, as from you and the HR team, not from career-bot's sources."],
        'answer-note',
      ),
    );
  } else {
    blocks.push(...answeredBlocks(e));
  }
  const status = e.answeredAt === null ? 'Waiting for an answer.' : `Answered by ${mention(e.answeredBy)}.`;
  return { text: fallback([`A question for the HR team: “${escapeText(e.question)}”`, status]), blocks };
}

/** The modal an expert answers in: the question, and a text field. */
export function answerModal(id: string, question: string): ModalView {
  return {
    type: 'modal',
    callback_id: ANSWER_MODAL,
    private_metadata: JSON.stringify({ id }),
    title: { type: 'plain_text', text: MODAL_TITLE },
    submit: { type: 'plain_text', text: 'Send answer' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      section(`*Question:*\n“${escapeText(question)}”`, 'question'),
      {
        type: 'input',
        block_id: ANSWER_INPUT.block,
        label: { type: 'plain_text', text: 'Your answer' },
        hint: { type: 'plain_text', text: 'Sent to the asker where they asked, marked as from you and the HR team.' },
        element: {
          type: 'plain_text_input',
          action_id: ANSWER_INPUT.action,
          multiline: true,
          max_length: MAX_ANSWER_CHARS,
        },
      },
    ],
  };
}

/** A modal that only tells something (sending, sent, already answered, not delivered): closed with one button. */
function modalNotice(text: string): ModalView {
  return {
    type: 'modal',
    callback_id: `${ANSWER_MODAL}-result`,
    title: { type: 'plain_text', text: MODAL_TITLE },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [section(clip(text, 3000), 'result')],
  };
}

export const modalNotices = {
  sending: () => modalNotice(':hourglass_flowing_sand: Sending your answer to the asker…'),
  delivered: () => modalNotice(':white_check_mark: Your answer was delivered to the asker.'),
  failed: (reason: string) =>
    modalNotice(
      `:warning: *Your answer could not be delivered:* ${escapeText(reason)}\nIt is saved on the question's card, where you can try again.`,
    ),
  alreadyAnswered: (e: Escalation) =>
    modalNotice(
      `This question was already answered by ${mention(e.answeredBy)}${e.answeredAt ? ` ${when(e.answeredAt)}` : ''}:\n${escapeText(e.answer ?? '')}`,
    ),
  gone: () => modalNotice('This question is no longer open: it was answered, or it is too old to deliver an answer.'),
  /** A submission from a form career-bot did not open for this person and this question. */
  refused: () =>
    modalNotice(
      ":no_entry: This answer was not accepted: career-bot relays only answers written in the form it opened from the question's Answer button in the HR team's channel, by the person who clicked it.",
    ),
  /** Opened, but the database could not record it: an answer typed here could not be accepted. */
  notReady: () =>
    modalNotice(':warning: career-bot cannot take answers just now. Close this and click Answer again in a minute.'),
};

/** Under the answer, when it could not be saved: the modal stays open with what was typed. */
export const ANSWER_NOT_SAVED =
  'Your answer could not be saved just now, so it was not sent. Nothing is lost: press Send again in a moment.';

const clickerNote = (line: string, blockId: string): Message => ({
  text: fallback([line]),
  blocks: [context([line], blockId)],
});

/** Only the clicker sees these, next to an Answer button clicked where answers are not taken. */
export const answerRefusals = {
  outsideChannel: (channel: string) =>
    clickerNote(
      `:no_entry: Answers to the HR team's questions are given from <#${channel}>: click Answer on the question there.`,
      'answer-refused',
    ),
  notMember: (channel: string) =>
    clickerNote(
      `:no_entry: Only members of <#${channel}> answer as the HR team. Ask to be added there to answer this question.`,
      'answer-refused',
    ),
  cannotCheck: (channel: string) =>
    clickerNote(
      `:warning: career-bot could not check just now that you are in <#${channel}>. Please click Answer again in a moment.`,
      'answer-unchecked',
    ),
};
