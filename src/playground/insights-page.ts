/**
 * The playground's insights page: the report `npm run insights` prints, for this session's questions, with
 * bar charts of questions per day and per topic (a picture reads faster than a table there). Plain HTML and
 * SVG, no script; every piece of user text is escaped.
 */
import type { InsightsReport } from '../storage/report.ts';
import { escapeHtml } from './render-text.ts';

const html = escapeHtml;

/** Geometry of the charts, in SVG units. */
const BAR_HEIGHT = 22;
const LABEL_WIDTH = 220;
const CHART_WIDTH = 640;

/** A horizontal bar chart: one labelled bar per row, its count at the end. */
export function barChartSvg(rows: Array<{ label: string; count: number }>, title: string): string {
  if (rows.length === 0) return '<p><em>Nothing yet: ask the bot something in the playground.</em></p>';
  const max = Math.max(...rows.map((r) => r.count));
  const room = CHART_WIDTH - LABEL_WIDTH - 50;
  const bars = rows.map((r, i) => {
    const y = i * BAR_HEIGHT;
    const width = Math.max(2, Math.round((r.count / max) * room));
    return (
      `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end" font-size="13">${html(r.label)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width}" height="${BAR_HEIGHT - 6}" rx="3" fill="#1264a3"></rect>` +
      `<text x="${LABEL_WIDTH + width + 6}" y="${y + 15}" font-size="13">${r.count}</text>`
    );
  });
  return `<svg role="img" aria-label="${html(title)}" width="${CHART_WIDTH}" height="${rows.length * BAR_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${rows.length * BAR_HEIGHT}" font-family="sans-serif">${bars.join('')}</svg>`;
}

const list = (rows: Array<{ question: string; count: number }>, note: (i: number) => string = () => '') =>
  rows.length === 0
    ? '<p><em>None.</em></p>'
    : `<ol>${rows.map((r, i) => `<li>${r.count}× “${html(r.question)}”${note(i)}</li>`).join('')}</ol>`;

/** `sources`: what the bot answers from, as a sentence names it ("the article"). */
export function insightsPage(report: InsightsReport, titles: Record<string, string>, sources = 'the article'): string {
  const r = report;
  const title = (topic: string | null) => html(topic ? (titles[topic] ?? topic) : '(no topic)');
  const counts = [
    ['Questions', r.questions],
    ['Answered', r.answered],
    [`Not covered by ${html(sources)}`, r.notCovered],
    ['Declined', r.declined],
    ['Small talk', r.smalltalk],
    ['Read in context', r.usedContext],
    ['👍 / 👎', `${r.feedback.up} / ${r.feedback.down}`],
    ['👍 / 👎 on unasked answers', `${r.unpromptedFeedback.up} / ${r.unpromptedFeedback.down}`],
    ['How asked', html(r.surfaces.map((s) => `${s.surface} ${s.count}`).join(', ') || 'nothing yet')],
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>career-bot · insights of this session</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/static/readme.css"></head>
<body><p class="back"><a href="/">← Back to the playground</a></p><main data-testid="insights">
<h1>Insights of this session</h1>
<p>What the knowledge owners see with <code>npm run insights</code> (and admins in their Slack App Home), for the
questions asked in this playground since it started. Nothing of it is kept after it stops.</p>
<table data-testid="insights-counts"><tbody>${counts.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>
<h2>Questions per day</h2>
${barChartSvg(
  r.days.map((d) => ({ label: d.day, count: d.count })),
  'Questions per day',
)}
<h2>Questions per topic</h2>
${barChartSvg(
  r.topics.map((t) => ({ label: titles[t.topic] ?? t.topic, count: t.count })),
  'Questions per topic',
)}
<h2>Most asked</h2>
${list(r.mostAsked)}
<h2>Top unanswered: declined, or not covered by ${html(sources)}</h2>
${list(r.unanswered, (i) => ` <em>(${r.unanswered[i]!.reason})</em>`)}
<h2>👎 answers, with their question</h2>
${list(r.downvoted, (i) => ` → ${title(r.downvoted[i]!.topic)}`)}
<h2>Sources overdue for review</h2>
${
  r.overdueSources.length === 0
    ? '<p><em>None: every source was checked within its review interval.</em></p>'
    : `<ul data-testid="insights-overdue">${r.overdueSources.map((s) => `<li>⚠ Review overdue: <strong>${html(s.title)}</strong>, last reviewed ${html(s.reviewed)} by ${html(s.reviewer)}, due ${html(s.due)}</li>`).join('')}</ul>`
}
</main></body></html>`;
}
