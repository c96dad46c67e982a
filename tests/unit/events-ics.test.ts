/**
 * The calendar files, read back as a calendar app reads them (ical.js): each meeting at
 * its time in Oslo, on both sides of the change to and from summer time, with the zone
 * the file itself describes.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { at, buildMoment } from '../../src/lib/events/dates';
import { calendarFile, type CalendarEntry } from '../../src/lib/events/ics';

const entry = (date: string, start: string, end: string, uid = `test-${date}`): CalendarEntry => ({
  uid,
  summary: 'Pårørendeskole om demens',
  description: 'Kurs for pårørende; ta med en venn, om du vil.',
  location: 'Kulturhuset, sal 2, Storgata 4, 0000 Eksempelby',
  url: 'https://www.eksempel.kommune.no/parorende/kalender/parorendeskole/',
  start: at(date, start),
  end: at(date, end),
});

function readBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, zone, events };
}

describe('kalenderfilene', () => {
  // Summer time 2027 starts on Sunday 28 March and ends on Sunday 31 October.
  const file = calendarFile({
    name: 'Pårørendeguiden – Eksempel kommune',
    stamp: buildMoment('2026-12-01'),
    entries: [
      entry('2027-03-23', '18:00', '20:30'),
      entry('2027-03-30', '18:00', '20:30'),
      entry('2027-10-26', '18:00', '20:30'),
      entry('2027-11-02', '18:00', '20:30'),
    ],
  });
  const { calendar, zone, events } = readBack(file);

  it('har sonen Europe/Oslo med vinter- og sommertid', () => {
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Oslo');
    expect(zone?.getAllSubcomponents('daylight')).toHaveLength(1);
    expect(zone?.getAllSubcomponents('standard')).toHaveLength(1);
    expect(file).toContain('DTSTART;TZID=Europe/Oslo:20270330T180000');
  });

  it('legger hvert møte klokken 18 i Oslo, før og etter overgangen til sommertid og tilbake', () => {
    expect(events.map((event) => event.startDate.zone?.tzid)).toEqual(['Europe/Oslo', 'Europe/Oslo', 'Europe/Oslo', 'Europe/Oslo']);
    expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
      '2027-03-23T17:00:00.000Z',
      '2027-03-30T16:00:00.000Z',
      '2027-10-26T16:00:00.000Z',
      '2027-11-02T17:00:00.000Z',
    ]);
    expect(events.map((event) => event.endDate.toJSDate().toISOString())).toEqual([
      '2027-03-23T19:30:00.000Z',
      '2027-03-30T18:30:00.000Z',
      '2027-10-26T18:30:00.000Z',
      '2027-11-02T19:30:00.000Z',
    ]);
  });

  it('har tittel, sted, beskrivelse, adresse og en fast UID per møte', () => {
    const [first] = events;
    expect(first?.summary).toBe('Pårørendeskole om demens');
    expect(first?.location).toBe('Kulturhuset, sal 2, Storgata 4, 0000 Eksempelby');
    expect(first?.description).toBe('Kurs for pårørende; ta med en venn, om du vil.');
    expect(first?.uid).toBe('test-2027-03-23');
    expect(first?.component.getFirstPropertyValue('url')).toBe('https://www.eksempel.kommune.no/parorende/kalender/parorendeskole/');
  });

  it('har navn, METHOD:PUBLISH og sier hvor ofte en abonnent skal hente den på nytt', () => {
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Pårørendeguiden – Eksempel kommune');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT12H');
  });

  it('stempler filen med byggetidspunktet', () => {
    expect(file).toMatch(/DTSTAMP:20261130T230000Z/);
  });
});
