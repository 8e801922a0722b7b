import type { Source } from './schema.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_MS = 24 * 60 * 60 * 1000;

/** "2021-06-03" as people read it: "June 3, 2021". */
export function formatDateLabel(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${MONTHS[month! - 1]} ${day}, ${year}`;
}

/** The day a source's review falls due: its last review plus its interval. */
export function reviewDue(source: Pick<Source, 'reviewed' | 'reviewEveryDays'>): string {
  return new Date(Date.parse(`${source.reviewed}T00:00:00Z`) + source.reviewEveryDays * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** Sources whose review is past due on `today`, most overdue first. */
export function overdueSources(
  sources: Record<string, Source>,
  today: Date = new Date(),
): Array<{ source: Source; due: string; daysOverdue: number }> {
  const day = today.toISOString().slice(0, 10);
  return Object.values(sources)
    .map((source) => ({ source, due: reviewDue(source) }))
    .filter(({ due }) => due < day)
    .map(({ source, due }) => ({ source, due, daysOverdue: Math.round((Date.parse(day) - Date.parse(due)) / DAY_MS) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
}

/** An overdue source as reports list it: plain values, so storage and cards need not know the knowledge types. */
export type OverdueSource = {
  id: string;
  title: string;
  reviewed: string;
  reviewer: string;
  due: string;
  daysOverdue: number;
};

/** The sources past their review on `today`, most overdue first, as the insights report and App Home list them. */
export function overdueList(sources: Record<string, Source>, today: Date = new Date()): OverdueSource[] {
  return overdueSources(sources, today).map(({ source, due, daysOverdue }) => ({
    id: source.id,
    title: source.title,
    reviewed: source.reviewed,
    reviewer: source.reviewer,
    due,
    daysOverdue,
  }));
}
