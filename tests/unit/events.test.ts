/**
 * Events as a relative meets them on the day the site is built: what is past drops out, a
 * course is listed once and a café once per meeting, sign-up closes after the deadline,
 * the example's «+21d tirsdag» lands on a Tuesday, and times are told in Norwegian and
 * written for machines with Oslo's offset, summer time included.
 */
import { describe, expect, it } from 'vitest';
import { eventSchema, type EventData } from '../../src/schemas/event';
import { buildMoment, resolveDate } from '../../src/lib/events/dates';
import { byMonth, occurrences, resolveEvent, signUpState, within } from '../../src/lib/events/events';
import { eventJsonLd, scriptJson } from '../../src/lib/events/jsonLd';
import { calendarDescription, meetingText, meetingTitle, signUpWords } from '../../src/lib/events/words';
import { language } from '../../src/i18n';
import type { SiteLanguage } from '../../src/siteConfig';

/** The words say it in the site's written language (the profile's `language`): bokmål in the example, nynorsk in a nynorsk municipality. */
const said = (words: Record<SiteLanguage, string>) => words[language];

const event = (fields: Record<string, unknown>): EventData =>
  eventSchema.parse({
    offer: 'parorendeskole',
    title: 'Pårørendeskole om demens',
    place: { name: 'Kulturhuset', address: 'Storgata 4, 9999 Testby' },
    contact: 'tjenestekontor',
    ...fields,
  });

const course = event({
  format: 'kurs',
  sessions: [
    { date: '2027-03-30', start: '18:00', end: '20:30' },
    { date: '2027-03-23', start: '18:00', end: '20:30' },
    { date: '2027-04-06', start: '18:00', end: '20:00' },
  ],
  signUp: { required: true, deadline: '2027-03-16', phone: '12 34 56 78' },
  text: 'Tre kvelder om demens.',
});
const cafe = event({
  title: 'Pårørendekafé',
  format: 'treff',
  sessions: [
    { date: '2027-02-11', start: '17:00', end: '19:00' },
    { date: '2027-05-20', start: '17:00', end: '19:00' },
  ],
});

const on = (day: string, time = '00:00') => buildMoment(day).plus({ hours: Number(time.slice(0, 2)), minutes: Number(time.slice(3)) });

describe('datoer regnet fra byggedagen', () => {
  it('«+14d» er 14 dager etter byggedagen, og «+21d tirsdag» er første tirsdag fra og med dag 21', () => {
    // 1 December 2026 is a Tuesday.
    expect(resolveDate('+14d', '2026-12-01')).toBe('2026-12-15');
    expect(resolveDate('+21d tirsdag', '2026-12-01')).toBe('2026-12-22');
    expect(resolveDate('+21d onsdag', '2026-12-01')).toBe('2026-12-23');
    expect(resolveDate('+21d mandag', '2026-12-01')).toBe('2026-12-28');
    expect(resolveDate('-1d', '2026-12-01')).toBe('2026-11-30');
    expect(resolveDate('2027-01-12', '2026-12-01')).toBe('2027-01-12');
  });

  it('holder ukedagen i en ukentlig serie uansett hvilken dag det bygges', () => {
    for (const today of ['2026-12-01', '2026-12-03', '2026-12-06']) {
      const days = ['+21d tirsdag', '+28d tirsdag', '+35d tirsdag'].map((value) => resolveDate(value, today));
      const dates = days.map((day) => new Date(`${day}T12:00:00Z`));
      expect(dates.map((date) => date.getUTCDay())).toEqual([2, 2, 2]);
      expect((dates[1]!.getTime() - dates[0]!.getTime()) / 86_400_000).toBe(7);
    }
  });
});

describe('det som er over, forsvinner', () => {
  it('viser alle møtene før kurset begynner, i tidsrekkefølge', () => {
    const resolved = resolveEvent('skole', course, '2027-03-01', on('2027-03-01'));
    expect(resolved.upcoming.map((meeting) => meeting.date)).toEqual(['2027-03-23', '2027-03-30', '2027-04-06']);
  });

  it('tar bort et møte når det er slutt, ikke før', () => {
    expect(resolveEvent('skole', course, '2027-03-23', on('2027-03-23', '20:29')).upcoming).toHaveLength(3);
    expect(resolveEvent('skole', course, '2027-03-23', on('2027-03-23', '20:30')).upcoming).toHaveLength(2);
    expect(resolveEvent('skole', course, '2027-04-07', on('2027-04-07')).upcoming).toHaveLength(0);
  });

  it('lister et kurs én gang, under sitt neste møte, og en kafé én gang per møte', () => {
    const today = '2027-01-01';
    const lines = occurrences([resolveEvent('skole', course, today, on(today)), resolveEvent('kafe', cafe, today, on(today))]);
    expect(lines.map((line) => `${line.event.id} ${line.start.toISODate()} (${line.meetings.length})`)).toEqual([
      'kafe 2027-02-11 (1)',
      'skole 2027-03-23 (3)',
      'kafe 2027-05-20 (1)',
    ]);
    expect(byMonth(lines).map((month) => month.label)).toEqual(['februar 2027', 'mars 2027', 'mai 2027']);
    expect(within(lines, on(today), 8).map((line) => line.event.id)).toEqual(['kafe']);
  });
});

describe('påmelding', () => {
  it('er åpen til og med fristen, og stengt dagen etter', () => {
    expect(signUpState(resolveEvent('skole', course, '2027-03-16', on('2027-03-16', '23:00')), on('2027-03-16', '23:00'))).toBe('apen');
    expect(signUpState(resolveEvent('skole', course, '2027-03-17', on('2027-03-17')), on('2027-03-17'))).toBe('stengt');
    expect(signUpState(resolveEvent('kafe', cafe, '2027-01-01', on('2027-01-01')), on('2027-01-01'))).toBe('ikke-nodvendig');
  });

  it('sier fristen og hvordan, og tar bort måtene å melde seg på når fristen er ute', () => {
    const open = signUpWords(resolveEvent('skole', course, '2027-03-01', on('2027-03-01')), on('2027-03-01'));
    expect(open.text).toBe(said({ nb: 'Meld deg på innen 16. mars.', nn: 'Meld deg på innan 16. mars.' }));
    expect(open.ways).toEqual([{ kind: 'phone', href: 'tel:12345678', text: 'Ring 12 34 56 78', phone: '12 34 56 78' }]);
    const closed = signUpWords(resolveEvent('skole', course, '2027-03-20', on('2027-03-20')), on('2027-03-20'));
    expect(closed.text).toBe(said({ nb: 'Fristen for å melde seg på har gått ut. Spør om det er ledige plasser.', nn: 'Fristen for å melde seg på har gått ut. Spør om det er ledige plassar.' }));
    expect(closed.ways).toEqual([]);
  });
});

describe('ordene', () => {
  const resolved = resolveEvent('skole', course, '2027-03-01', on('2027-03-01'));

  it('sier dag, dato og klokkeslett på norsk', () => {
    expect(meetingText(resolved.upcoming[0]!)).toBe(said({ nb: 'Tirsdag 23. mars 2027, kl. 18.00–20.30', nn: 'Tysdag 23. mars 2027, kl. 18.00–20.30' }));
    expect(meetingTitle(resolved, resolved.meetings[1]!)).toBe('Pårørendeskole om demens (2 av 3)');
  });

  it('skriver en beskrivelse til kalenderen med eksempelmerke, tekst, påmelding og hvem du spør', () => {
    const text = calendarDescription(resolved, on('2027-03-01'), {
      url: 'https://www.testby.example/kalender/skole/',
      contact: { name: 'Tjenestekontoret', phone: '12 34 56 78' },
      example: true,
    });
    expect(text.split('\n\n')).toEqual([
      said({ nb: 'Eksempel: datoene, stedet og kontaktinformasjonen er ikke ekte.', nn: 'Døme: datoane, staden og kontaktinformasjonen er ikkje ekte.' }),
      'Tre kvelder om demens.',
      said({ nb: 'Meld deg på innen 16. mars. Ring 12 34 56 78.', nn: 'Meld deg på innan 16. mars. Ring 12 34 56 78.' }),
      'Spørsmål? Ring tjenestekontoret på 12 34 56 78.',
      'https://www.testby.example/kalender/skole/',
    ]);
  });
});

describe('schema.org Event', () => {
  const context = { url: 'https://www.testby.example/kalender/skole/', inLanguage: 'nb', organizer: { name: 'Testby kommune', url: 'https://www.testby.example/' } };

  it('er ett Event for et kurs, med et delarrangement per møte og Oslos tidssone før og etter sommertid', () => {
    const ld = eventJsonLd(resolveEvent('skole', course, '2027-03-01', on('2027-03-01')), context) as { '@graph': Record<string, unknown>[] };
    expect(ld['@graph']).toHaveLength(1);
    const [main] = ld['@graph'];
    expect(main).toMatchObject({
      '@type': 'Event',
      name: 'Pårørendeskole om demens',
      startDate: '2027-03-23T18:00:00+01:00',
      endDate: '2027-04-06T20:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Kulturhuset', address: { '@type': 'PostalAddress', streetAddress: 'Storgata 4, 9999 Testby' } },
      organizer: { '@type': 'Organization', name: 'Testby kommune' },
      inLanguage: 'nb',
    });
    expect((main!.subEvent as { startDate: string }[]).map((sub) => sub.startDate)).toEqual([
      '2027-03-23T18:00:00+01:00',
      '2027-03-30T18:00:00+02:00',
      '2027-04-06T18:00:00+02:00',
    ]);
  });

  it('er ett Event per kafé som kommer, og tomt når alt er over', () => {
    const ld = eventJsonLd(resolveEvent('kafe', cafe, '2027-03-01', on('2027-03-01')), context) as { '@graph': { startDate: string }[] };
    expect(ld['@graph'].map((item) => item.startDate)).toEqual(['2027-05-20T17:00:00+02:00']);
    expect((eventJsonLd(resolveEvent('kafe', cafe, '2027-06-01', on('2027-06-01')), context) as { '@graph': unknown[] })['@graph']).toEqual([]);
  });

  it('kan ikke lukke script-elementet den står i', () => {
    expect(scriptJson({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
