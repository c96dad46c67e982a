/**
 * Event files (content/lokalt/arrangementer/) are checked like every other content file:
 * a broken one stops the build with one message naming the file and the field. One test
 * per kind of error, with the message text pinned.
 */
import { describe, expect, it } from 'vitest';
import { buildSummary, checkContent, type ContentFile } from '../../src/lib/content/check';
import { CONTENT_ERROR_HEADING } from '../../src/lib/content/issues';

const eventFile = 'content/lokalt/arrangementer/parorendeskole-var.yaml';
const profileFile = 'content/lokalt/profil.yaml';
const TODAY = '2026-12-01';

const validEvent = (): Record<string, unknown> => ({
  offer: 'parorendeskole',
  title: 'Pårørendeskole om demens',
  sessions: [
    { date: '2027-01-12', start: '18:00', end: '20:30' },
    { date: '2027-01-19', start: '18.00', end: '20.30' },
  ],
  place: { name: 'Kulturhuset', address: 'Storgata 4, 9999 Testby' },
  signUp: { required: true, deadline: '2027-01-05', phone: '12 34 56 78' },
  contact: 'tjenestekontor',
});

const files = (event: Record<string, unknown>, { example = false, screen }: { example?: boolean; screen?: unknown } = {}): ContentFile[] => [
  {
    file: 'content/lokalt/tilbud/parorendeskole.mdx',
    collection: 'tilbud',
    id: 'parorendeskole',
    data: {
      title: 'Pårørendeskole',
      lead: 'Et kurs om demens.',
      kind: 'lavterskel',
      provider: 'kommune',
      targetGroups: ['demens'],
      needs: ['opplaering'],
      howToGet: 'Meld deg på.',
      contact: 'tjenestekontor',
      sources: [{ title: 'En plan' }],
      lastChecked: '2026-11-23',
    },
    body: 'Om kurset.',
  },
  {
    file: profileFile,
    collection: 'profil',
    id: 'profil',
    data: {
      municipality: 'Testby kommune',
      siteUrl: 'https://www.testby.example/',
      example,
      brandColor: '#112233',
      office: { name: 'Tjenestekontoret', phone: '12 34 56 78', email: 'post@testby.example', address: 'Gata 1', hours: 'Hverdager' },
      ...(screen ? { screen } : {}),
    },
  },
  { file: eventFile, collection: 'arrangementer', id: 'parorendeskole-var', data: event },
];

function messageFor(content: ContentFile[]): string {
  try {
    checkContent(content, { today: TODAY });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('Innholdet ble godtatt, men skulle vært avvist');
}

const withEvent = (change: (event: Record<string, unknown>) => void, options?: Parameters<typeof files>[1]) => {
  const event = validEvent();
  change(event);
  return files(event, options);
};
const problem = (line: string, file = eventFile) => `${CONTENT_ERROR_HEADING}\n${file}: ${line}`;

describe('innholdskontrollen av arrangementer', () => {
  it('godtar et arrangement som følger reglene, også med dato som YAML-dato og klokkeslett med punktum', () => {
    expect(() => checkContent(files(validEvent()), { today: TODAY })).not.toThrow();
    expect(() => checkContent(withEvent((event) => ((event.sessions as { date: unknown }[])[0]!.date = new Date('2027-01-12T00:00:00Z'))), { today: TODAY })).not.toThrow();
  });

  it('sier fra om et møte som slutter før det begynner', () => {
    expect(messageFor(withEvent((event) => ((event.sessions as { end: string }[])[1]!.end = '17:00')))).toBe(
      problem('sessions[1].end: «17:00» må være etter start («18:00»)'),
    );
  });

  it('sier fra om en påmeldingsfrist etter første møte', () => {
    expect(messageFor(withEvent((event) => ((event.signUp as { deadline: string }).deadline = '2027-01-13')))).toBe(
      problem('signUp.deadline: fristen (2027-01-13) er etter første møte (2027-01-12)'),
    );
  });

  it('sier fra om et tilbud som ikke finnes', () => {
    expect(messageFor(withEvent((event) => (event.offer = 'parorendeskolen')))).toBe(
      problem('offer: tilbudet «parorendeskolen» finnes ikke i tilbud/. Lag tilbudet, eller slett arrangementet'),
    );
  });

  it('sier fra én gang om et tilbud fra katalogen som kommunen ikke har laget', () => {
    const content = [
      ...withEvent((event) => (event.offer = 'avlastning')),
      { file: 'content/nasjonalt/tilbudskatalog.yaml', collection: 'katalog', id: 'tilbudskatalog', national: true, data: [{ id: 'avlastning', title: 'Avlastning' }] },
    ] satisfies ContentFile[];
    expect(messageFor(content)).toBe(problem('offer: tilbudet «avlastning» finnes ikke i tilbud/. Lag tilbudet, eller slett arrangementet'));
  });

  it('lar et arrangement for et tilbud som er et utkast, være ute av bygget sammen med utkastet', () => {
    const content = files(validEvent());
    (content[0]!.data as Record<string, unknown>).draft = true;
    const built = checkContent(content, { today: TODAY });
    expect(built.draftsLeftOut.map((file) => file.id)).toEqual(['parorendeskole']);
    expect(built.eventsLeftOut.map((file) => file.file)).toEqual([eventFile]);
    expect(buildSummary({ pages: 1, offers: 0, draftsLeftOut: ['a.mdx'], eventsLeftOut: [eventFile], warnings: 0 })).toContain(
      `arrangement som ikke er med, fordi tilbudet er et utkast: ${eventFile}`,
    );
    // With drafts (npm start), the event is there, with its draft offer.
    expect(checkContent(content, { today: TODAY, drafts: true }).eventsLeftOut).toEqual([]);
  });

  it('sier fra om en kontakt som ikke finnes', () => {
    expect(messageFor(withEvent((event) => (event.contact = 'demensforeningen')))).toBe(
      problem('contact: kontakten «demensforeningen» finnes ikke i kontakter/ eller profilen'),
    );
  });

  it('sier fra om en dato som ikke er en dato, og om et klokkeslett uten kolon', () => {
    expect(
      messageFor(
        withEvent((event) => {
          (event.sessions as { date: string; start: string }[])[0]!.date = '12.01.2027';
          (event.sessions as { date: string; start: string }[])[1]!.start = '1800';
        }),
      ),
    ).toBe(
      `${problem('sessions[0].date: må være en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2027-01-12')}\n${eventFile}: sessions[1].start: må være et klokkeslett på formen TT:MM, for eksempel "18:00"`,
    );
  });

  it('sier fra om et arrangement uten møter', () => {
    expect(messageFor(withEvent((event) => (event.sessions = [])))).toBe(problem('sessions: må ha minst ett møte'));
  });

  it('sier fra når påmelding trengs, men ikke hvordan', () => {
    expect(messageFor(withEvent((event) => (event.signUp = { required: true })))).toBe(problem('signUp: skriv hvordan folk melder seg på: phone, email eller url'));
  });

  it('godtar «+14d» og «+14d tirsdag» bare i eksempelkommunen', () => {
    const relative = (event: Record<string, unknown>) => {
      event.sessions = [{ date: '+21d tirsdag', start: '18:00', end: '20:30' }];
      (event.signUp as { deadline: string }).deadline = '+14d';
    };
    expect(() => checkContent(withEvent(relative, { example: true }), { today: TODAY })).not.toThrow();
    expect(messageFor(withEvent(relative))).toBe(
      [
        problem('sessions[0].date: «+21d tirsdag» regnes fra dagen nettstedet bygges, og kan bare brukes av eksempelkommunen (example: true i profil.yaml). Skriv datoen som ÅÅÅÅ-MM-DD'),
        `${eventFile}: signUp.deadline: «+14d» regnes fra dagen nettstedet bygges, og kan bare brukes av eksempelkommunen (example: true i profil.yaml). Skriv datoen som ÅÅÅÅ-MM-DD`,
      ].join('\n'),
    );
  });

  it('sier fra om en relativ frist etter første møte, regnet fra byggedagen', () => {
    const late = (event: Record<string, unknown>) => {
      event.sessions = [{ date: '+7d', start: '18:00', end: '20:30' }];
      (event.signUp as { deadline: string }).deadline = '+10d';
    };
    expect(messageFor(withEvent(late, { example: true }))).toBe(problem('signUp.deadline: fristen (+10d) er etter første møte (+7d)'));
  });

  it('sier fra om et filnavn som filtrene i kalenderen bruker', () => {
    const content = files(validEvent());
    content[2] = { ...content[2]!, file: 'content/lokalt/arrangementer/behov.yaml', id: 'behov' };
    expect(messageFor(content)).toBe(problem('filnavnet «behov» er opptatt av filtrene i kalenderen. Gi arrangementet et annet navn', 'content/lokalt/arrangementer/behov.yaml'));
  });

  it('sier fra om et ukjent felt og en for lang tittel', () => {
    expect(
      messageFor(
        withEvent((event) => {
          event.sted = 'Kulturhuset';
          event.title = 'P'.repeat(81);
        }),
      ),
    ).toBe(
      `${problem('title: er for lang: høyst 80 tegn, så tittelen får plass i lister og på skjermen')}\n${eventFile}: ukjent felt «sted». Sjekk stavingen, eller fjern feltet`,
    );
  });
});

describe('skjermen i profilen', () => {
  it('godtar tilbud som finnes', () => {
    expect(() => checkContent(files(validEvent(), { screen: { offers: ['parorendeskole'] } }), { today: TODAY })).not.toThrow();
  });

  it('sier fra om et tilbud på skjermen som ikke finnes', () => {
    expect(messageFor(files(validEvent(), { screen: { offers: ['parorendeskole', 'avlastning'] } }))).toBe(
      problem('screen.offers[1]: tilbudet «avlastning» finnes ikke i tilbud/', profileFile),
    );
  });
});
