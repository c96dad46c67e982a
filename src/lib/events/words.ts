/**
 * The words an event is told in, the same on a page, on paper, in a calendar file and on
 * the screen: when, where, and how to sign up. Every word comes from the dictionary.
 */
import type { DateTime } from 'luxon';
import { t } from '../../i18n';
import { lowerFirst, upperFirst } from '../profileText';
import { at, clock, longDate, shortDate } from './dates';
import { signUpState, type Meeting, type ResolvedEvent } from './events';

/** «Tirsdag 12. januar 2027, kl. 18.00–20.30». */
export const meetingText = (meeting: Meeting): string =>
  upperFirst(t('event.time', { date: longDate(meeting.start), start: clock(meeting.start), end: clock(meeting.end) }));

/** A contact's name mid-sentence: «Spør tjenestekontoret», but «Spør NAV». */
export const nameInSentence = (name: string): string => (/^\p{Lu}{2}/u.test(name) ? name : lowerFirst(name));

/** «Kulturhuset, sal 2, Storgata 4, 0000 Eksempelby». */
export const placeText = (event: ResolvedEvent): string => `${event.data.place.name}, ${event.data.place.address}`;

/** A way to sign up, as a link. */
export interface SignUpWay {
  kind: 'phone' | 'email' | 'url';
  href: string;
  text: string;
  /** For a phone: the number, which never wraps inside the text. */
  phone?: string;
}

export interface SignUpWords {
  state: ReturnType<typeof signUpState>;
  /** «Meld deg på innen 5. januar.», «Du trenger ikke melde deg på. Bare kom.» … */
  text: string;
  ways: SignUpWay[];
}

/** Whether and how to sign up, as a relative reads it on the build's day. */
export function signUpWords(event: ResolvedEvent, now: DateTime): SignUpWords {
  const state = signUpState(event, now);
  const { signUp } = event.data;
  const ways: SignUpWay[] = [];
  if (state === 'apen') {
    if (signUp.phone) ways.push({ kind: 'phone', href: `tel:${signUp.phone.replace(/\s+/g, '')}`, text: t('event.signUpPhone', { phone: signUp.phone }), phone: signUp.phone });
    if (signUp.email) ways.push({ kind: 'email', href: `mailto:${signUp.email}`, text: t('event.signUpEmail', { email: signUp.email }) });
    if (signUp.url) ways.push({ kind: 'url', href: signUp.url, text: t('event.signUpForm') });
  }
  const text =
    state === 'ikke-nodvendig'
      ? t('event.signUpNotNeeded')
      : state === 'stengt'
        ? t('event.signUpClosed')
        : event.deadline
          ? t('event.signUpBy', { date: shortDate(at(event.deadline, '12:00')) })
          : t('event.signUpNeeded');
  return { state, text, ways };
}

/** The name of one meeting in a calendar: a course's meetings are numbered, «Pårørendeskole (2 av 5)». */
export function meetingTitle(event: ResolvedEvent, meeting: Meeting): string {
  const { title } = event.data;
  if (event.data.format !== 'kurs' || event.meetings.length < 2) return title;
  return t('event.meetingOf', { title, number: event.meetings.indexOf(meeting) + 1, count: event.meetings.length });
}

/** The text in a calendar entry: what it is, how to sign up, whom to ask, and the page. */
export function calendarDescription(
  event: ResolvedEvent,
  now: DateTime,
  context: { url: string; contact: { name: string; phone?: string | undefined }; example: boolean },
): string {
  const signUp = signUpWords(event, now);
  const name = nameInSentence(context.contact.name);
  const ask = context.contact.phone ? `${t('contact.call', { name, phone: context.contact.phone })}.` : t('event.ask', { name });
  return [
    context.example ? t('event.example') : '',
    event.data.text ?? '',
    [signUp.text, ...signUp.ways.map((way) => (way.kind === 'url' ? `${way.text}: ${way.href}` : `${way.text}.`))].join(' '),
    event.data.price ? `${t('event.price')}: ${event.data.price}` : '',
    `${t('event.questions')} ${ask}`,
    context.url,
  ]
    .filter(Boolean)
    .join('\n\n');
}
