/**
 * Events as a relative meets them: the meetings in time order, which of them are still
 * to come, what to list on which day, and whether sign-up is still open. Pure: the
 * build's «now» is passed in, so a build decides what is past (it drops out).
 *
 * A `kurs` is listed once, under its next meeting, with all the meetings still to come;
 * a `treff` is listed once per meeting, since each one stands alone.
 */
import type { DateTime } from 'luxon';
import type { EventData } from '../../schemas/event';
import { at, monthHeading, monthKey, resolveDate } from './dates';

/** One meeting, as moments in Oslo. */
export interface Meeting {
  /** `ÅÅÅÅ-MM-DD`. */
  date: string;
  start: DateTime;
  end: DateTime;
}

export interface ResolvedEvent<D extends EventData = EventData> {
  /** The file name, also the address: `/kalender/<id>/`. */
  id: string;
  data: D;
  /** Every meeting, first first. */
  meetings: Meeting[];
  /** The meetings that have not ended by the build's «now». */
  upcoming: Meeting[];
  /** The last day to sign up, if any, `ÅÅÅÅ-MM-DD`. */
  deadline?: string;
}

/** The meetings and the deadline of an event, with `+14d`-dates counted from `today`. */
export function resolveEvent<D extends EventData>(id: string, data: D, today: string, now: DateTime): ResolvedEvent<D> {
  const meetings = data.sessions
    .map((session) => {
      const date = resolveDate(session.date, today);
      return { date, start: at(date, session.start), end: at(date, session.end) };
    })
    .sort((a, b) => a.start.toMillis() - b.start.toMillis());
  const deadline = data.signUp.deadline ? resolveDate(data.signUp.deadline, today) : undefined;
  return {
    id,
    data,
    meetings,
    upcoming: meetings.filter((meeting) => meeting.end > now),
    ...(deadline ? { deadline } : {}),
  };
}

/** True when the event still has a meeting to come. */
export const isUpcoming = (event: ResolvedEvent): boolean => event.upcoming.length > 0;

/** True when a course has had its first meeting but has more to come. */
export const hasStarted = (event: ResolvedEvent): boolean => event.upcoming.length > 0 && event.upcoming.length < event.meetings.length;

/** Whether people can still sign up: needed, and the deadline (the whole day) has not passed. */
export function signUpState(event: ResolvedEvent, now: DateTime): 'ikke-nodvendig' | 'apen' | 'stengt' {
  if (!event.data.signUp.required) return 'ikke-nodvendig';
  if (event.deadline && at(event.deadline, '23:59').endOf('minute') < now) return 'stengt';
  return 'apen';
}

/** One line in a calendar: an event, and the meetings this line stands for. */
export interface Occurrence<E extends ResolvedEvent = ResolvedEvent> {
  event: E;
  /** A `kurs`: all its meetings to come. A `treff`: one meeting. */
  meetings: Meeting[];
  /** When the line is: its first meeting. */
  start: DateTime;
}

/** Every line of the calendar, in time order. */
export function occurrences<E extends ResolvedEvent>(events: readonly E[]): Occurrence<E>[] {
  return events
    .flatMap((event) => {
      if (event.upcoming.length === 0) return [];
      if (event.data.format === 'treff') return event.upcoming.map((meeting) => ({ event, meetings: [meeting], start: meeting.start }));
      return [{ event, meetings: event.upcoming, start: event.upcoming[0]!.start }];
    })
    .sort((a, b) => a.start.toMillis() - b.start.toMillis() || a.event.data.title.localeCompare(b.event.data.title, 'nb'));
}

/** The lines that start within `weeks` weeks of `now`. */
export function within<L extends Occurrence>(lines: readonly L[], now: DateTime, weeks: number): L[] {
  const limit = now.plus({ weeks });
  return lines.filter((line) => line.start <= limit);
}

export interface Month<L extends Occurrence = Occurrence> {
  /** `2027-01`. */
  key: string;
  /** «januar 2027». */
  label: string;
  lines: L[];
}

/** The lines grouped by the month they start in, in order. */
export function byMonth<L extends Occurrence>(lines: readonly L[]): Month<L>[] {
  const months = new Map<string, Month<L>>();
  for (const line of lines) {
    const key = monthKey(line.start);
    const month = months.get(key) ?? { key, label: monthHeading(line.start), lines: [] };
    month.lines.push(line);
    months.set(key, month);
  }
  return [...months.values()];
}
