import { formatDateLabel } from '../knowledge/dates.ts';
import type { KnownBlock } from '@slack/types';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { InsightsReport } from '../records/insights.ts';
import { context, divider, fieldsSection, header, section } from './elements.ts';
import { SLACK_LIMITS } from './limits.ts';
import { theSources } from './parts.ts';
import { clip, escapeText } from './text.ts';

/** How many unanswered questions the App Home lists; the CLI has the full report. */
const UNANSWERED_SHOWN = 5;
/** A question in the list is cut to this; the whole one is in `npm run insights`. */
const QUESTION_CHARS = 150;

const share = (n: number, total: number) => (total === 0 ? '' : ` (${Math.round((n / total) * 100)} %)`);

/** Sources past their review date: their facts may no longer be right, and a person should check them. */
function overdueBlocks(report: InsightsReport): KnownBlock[] {
  if (report.overdueSources.length === 0) return [];
  const lines = report.overdueSources.map(
    (s) =>
      `⚠ Review overdue: *${escapeText(s.title)}*, last reviewed ${formatDateLabel(s.reviewed)} by ${escapeText(s.reviewer)}, due ${formatDateLabel(s.due)}`,
  );
  return [
    section(clip(lines.join('\n'), SLACK_LIMITS.sectionText), 'insights-overdue'),
    context(
      ['After checking a source, set its `reviewed` date and `reviewer`; `npm run kb -- check` lists what is due.'],
      'insights-overdue-how',
    ),
  ];
}

/** How a question was asked, as the App Home names it. */
const SURFACE_NAMES: Record<string, string> = {
  slash: '/career',
  mention: 'Mention',
  dm: 'DM',
  button: 'Button',
  shortcut: 'Shortcut',
  unprompted: 'Unasked (ANSWER_CHANNELS)',
};

/**
 * The insights summary for the App Home of the users in INSIGHTS_ADMINS: the counts, the topics asked about,
 * and the top unanswered questions (declined, or not covered by the sources). Question text is user text:
 * escaped. `days` is the period the report covers.
 */
export function insightsBlocks(report: InsightsReport, kb: KnowledgeBase, days: number): KnownBlock[] {
  const q = report.questions;
  const title = (topic: string) => kb.topics[topic as keyof KnowledgeBase['topics']]?.title ?? topic;
  const unanswered = report.unanswered.slice(0, UNANSWERED_SHOWN);
  const list = unanswered.length
    ? unanswered
        .map((u) => `• ${u.count}× “${escapeText(clip(u.question, QUESTION_CHARS))}” _(${u.reason})_`)
        .join('\n')
    : `_None: every question got an answer from ${theSources(kb).name}._`;
  return [
    divider('insights-divider'),
    header(`Insights: the last ${days} days`, 'insights-header'),
    context(
      ['Only the people listed in INSIGHTS_ADMINS see this. Nobody is named: who asked is never stored.'],
      'insights-who',
    ),
    fieldsSection(
      [
        `*Questions*\n${q}`,
        `*Answered*\n${report.answered}${share(report.answered, q)}`,
        `*Not covered by ${theSources(kb).name}*\n${report.notCovered}${share(report.notCovered, q)}`,
        `*Declined*\n${report.declined}${share(report.declined, q)}`,
        `*Small talk*\n${report.smalltalk}`,
        `*Feedback*\n:thumbsup: ${report.feedback.up}  :thumbsdown: ${report.feedback.down}`,
        `*Feedback on unasked answers*\n:thumbsup: ${report.unpromptedFeedback.up}  :thumbsdown: ${report.unpromptedFeedback.down}`,
      ],
      'insights-counts',
    ),
    section(
      `*How asked*\n${report.surfaces.map((s) => `${SURFACE_NAMES[s.surface] ?? escapeText(s.surface)} ${s.count}`).join(' · ') || '_nothing yet_'}`,
      'insights-surfaces',
    ),
    section(
      clip(
        `*Asked about*\n${report.topics.map((t) => `${escapeText(title(t.topic))} ${t.count}`).join(' · ') || '_nothing yet_'}`,
        SLACK_LIMITS.sectionText,
      ),
      'insights-topics',
    ),
    section(clip(`*Top unanswered questions*\n${list}`, SLACK_LIMITS.sectionText), 'insights-unanswered'),
    ...overdueBlocks(report),
    context(['The full report, grouped and per day: `npm run insights` where the bot runs.'], 'insights-more'),
  ];
}
