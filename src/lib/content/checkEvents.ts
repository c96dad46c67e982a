/**
 * What an event file's schema cannot check alone: that its offer and contact exist (an
 * offer that is a draft counts: the event is left out with it, see check.ts), that
 * no meeting ends before it starts, that the sign-up deadline is not after the first
 * meeting, and that only the example municipality counts days from the build (`+14d`).
 * Pure; every problem starts with the field, as in the rest of the content check.
 */
import type { EventData } from '../../schemas/event';
import { isRelativeDate, resolveDate } from '../events/dates';
import type { ContentProblem } from './issues';

export interface EventCheckContext {
  offerIds: ReadonlySet<string>;
  contactIds: ReadonlySet<string>;
  /** True when the profile says `example: true`. */
  example: boolean;
  /** The build date, `ÅÅÅÅ-MM-DD`, to count `+14d` from when dates are compared. */
  today: string;
}

/** The folders under `/kalender/` that hold the filter pages; no event may take these names. */
export const RESERVED_EVENT_IDS = ['behov', 'for'] as const;

export function checkEvent(file: string, id: string, data: EventData, context: EventCheckContext, problems: ContentProblem[]): void {
  const add = (problem: string) => problems.push({ file, problem });

  if ((RESERVED_EVENT_IDS as readonly string[]).includes(id)) {
    add(`filnavnet «${id}» er opptatt av filtrene i kalenderen. Gi arrangementet et annet navn`);
  }
  if (!context.offerIds.has(data.offer)) add(`offer: tilbudet «${data.offer}» finnes ikke i tilbud/. Lag tilbudet, eller slett arrangementet`);
  if (!context.contactIds.has(data.contact)) add(`contact: kontakten «${data.contact}» finnes ikke i kontakter/ eller profilen`);

  const dates: [string, string][] = data.sessions.map((session, index) => [`sessions[${index}].date`, session.date]);
  if (data.signUp.deadline) dates.push(['signUp.deadline', data.signUp.deadline]);
  if (!context.example) {
    for (const [field, value] of dates) {
      if (isRelativeDate(value)) {
        add(`${field}: «${value}» regnes fra dagen nettstedet bygges, og kan bare brukes av eksempelkommunen (example: true i profil.yaml). Skriv datoen som ÅÅÅÅ-MM-DD`);
      }
    }
  }

  data.sessions.forEach((session, index) => {
    if (session.end <= session.start) add(`sessions[${index}].end: «${session.end}» må være etter start («${session.start}»)`);
  });

  const { signUp } = data;
  if (signUp.required && !signUp.phone && !signUp.email && !signUp.url) {
    add('signUp: skriv hvordan folk melder seg på: phone, email eller url');
  }
  if (!signUp.required && signUp.deadline) add('signUp.deadline: en påmeldingsfrist trenger «required: true»');
  if (signUp.deadline) {
    const first = data.sessions.map((session) => resolveDate(session.date, context.today)).sort()[0];
    const deadline = resolveDate(signUp.deadline, context.today);
    if (first && deadline > first) add(`signUp.deadline: fristen (${signUp.deadline}) er etter første møte (${data.sessions.find((session) => resolveDate(session.date, context.today) === first)?.date ?? first})`);
  }
}
