import { theSources } from '../blocks/parts.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { InsightsReport } from '../storage/report.ts';

/** How wide the bars of the per-day and per-topic charts are at most, in characters. */
const BAR_WIDTH = 30;

const percent = (n: number, total: number) => (total === 0 ? '0 %' : `${Math.round((n / total) * 100)} %`);

/** A labelled bar chart in plain text: a picture reads faster than a column of numbers. */
export function barChart(rows: Array<{ label: string; count: number }>): string[] {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const width = Math.max(0, ...rows.map((r) => r.label.length));
  return rows.map(
    (r) =>
      `  ${r.label.padEnd(width)}  ${'█'.repeat(Math.max(r.count > 0 ? 1 : 0, Math.round((r.count / max) * BAR_WIDTH)))} ${r.count}`,
  );
}

const quoted = (rows: Array<{ question: string; count: number }>, extra: (i: number) => string = () => '') =>
  rows.length === 0 ? ['  (none)'] : rows.map((r, i) => `  ${String(r.count).padStart(5)}  “${r.question}”${extra(i)}`);

/** "Ask the HR team": how many went to a person, what they answered (for the knowledge base), what still waits. */
function hrTeamLines(t: InsightsReport): string[] {
  return [
    `Sent to the HR team  ${t.escalated}`,
    'Answered by the HR team (candidates for the knowledge base)',
    ...(t.answeredByHr.length
      ? t.answeredByHr.map(
          (a) =>
            `  ${a.answeredAt.slice(0, 10)}  [add-answer ${a.id}]  “${a.question}”\n              → ${a.answer.replace(/\s+/g, ' ')}`,
        )
      : ['  (none)']),
    'Waiting for the HR team for more than two days',
    ...(t.waiting.length
      ? t.waiting.map((w) => `  ${String(w.days).padStart(3)} days  “${w.question}”`)
      : ['  (none)']),
  ];
}

/** Sources nobody has checked within their review interval: their facts may be out of date. */
function overdueLines(t: InsightsReport): string[] {
  return [
    'Sources overdue for review (npm run kb -- check)',
    ...(t.overdueSources.length
      ? t.overdueSources.map(
          (s) =>
            `  ⚠ ${s.title} (${s.id}): last reviewed ${s.reviewed} by ${s.reviewer}, due ${s.due}, ${s.daysOverdue} days overdue`,
        )
      : ['  (none)']),
  ];
}

/** The report as people read it in a terminal: topics by their title, what is answered from as the App Home names it. */
export function formatInsightsText(report: InsightsReport, kb: KnowledgeBase): string {
  const t = report;
  const title = (topic: string | null) => (topic ? (kb.topics[topic]?.title ?? topic) : '(no topic)');
  const { name: sources, one } = theSources(kb);
  const lines = [
    `career-bot insights ${t.since ? `since ${t.since.slice(0, 16).replace('T', ' ')} UTC` : 'for everything recorded'}`,
    '',
    `Questions            ${t.questions}`,
    `  answered           ${t.answered} (${percent(t.answered, t.questions)})`,
    `  not covered        ${t.notCovered} (${percent(t.notCovered, t.questions)})  answered with the nearest topic; ${sources} ${one ? 'does' : 'do'} not say`,
    `  declined           ${t.declined} (${percent(t.declined, t.questions)})`,
    `  small talk         ${t.smalltalk} (${percent(t.smalltalk, t.questions)})`,
    `  read in context    ${t.usedContext}  follow-ups read with the conversation's earlier question`,
    `Feedback             👍 ${t.feedback.up}   👎 ${t.feedback.down}`,
    `  on unasked answers 👍 ${t.unpromptedFeedback.up}   👎 ${t.unpromptedFeedback.down}  answers given in ANSWER_CHANNELS without being asked`,
    `How asked            ${t.surfaces.map((s) => `${s.surface} ${s.count}`).join(', ') || '(none)'}`,
    '',
    'Per topic (answered and not covered)',
    ...(t.topics.length ? barChart(t.topics.map((r) => ({ label: title(r.topic), count: r.count }))) : ['  (none)']),
    '',
    'Per day (UTC)',
    ...(t.days.length ? barChart(t.days.map((r) => ({ label: r.day, count: r.count }))) : ['  (none)']),
    '',
    'Most asked (the same question in other words counted together)',
    ...quoted(t.mostAsked),
    '',
    `Top unanswered: declined, or not covered by ${sources} (candidates for the knowledge base)`,
    ...quoted(t.unanswered, (i) => `  (${t.unanswered[i]!.reason})`),
    '',
    '👎 answers, with their question',
    ...quoted(t.downvoted, (i) => `  → ${title(t.downvoted[i]!.topic)}`),
    '',
    ...hrTeamLines(t),
    '',
    ...overdueLines(t),
  ];
  return lines.join('\n');
}
