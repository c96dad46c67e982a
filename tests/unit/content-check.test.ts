/**
 * A broken content file stops the build with one message that names the file and the
 * field. One test per kind of error, with the message text pinned.
 */
import { describe, expect, it } from 'vitest';
import { buildSummary, checkContent, type ContentFile } from '../../src/lib/content/check';
import { COMMENT_HINT, CONTENT_ERROR_HEADING } from '../../src/lib/content/issues';

const offerFile = 'content/lokalt/tilbud/avlastning.mdx';

const validOffer = () => ({
  title: 'Avlastning',
  lead: 'En pause fra omsorgen.',
  kind: 'vedtak',
  provider: 'kommune',
  targetGroups: ['tyngende'],
  needs: ['avlastning'],
  howToGet: 'Søk hos {kontor}.',
  howToApply: 'Ring {kontor}.',
  contact: 'tjenestekontor',
  legalBasis: [{ law: 'hol', section: '§ 3-6' }],
  sources: [{ title: 'En plan' }],
  lastChecked: '2026-11-23',
});

const base = (offer: Record<string, unknown> = validOffer(), body = 'Les om [samtykke](/samtykke/).'): ContentFile[] => [
  { file: offerFile, collection: 'tilbud', id: 'avlastning', data: offer, body },
  {
    file: 'content/nasjonalt/sider/samtykke.mdx',
    collection: 'sider',
    id: 'samtykke',
    data: { title: 'Samtykke', lead: 'Om samtykke.', section: 'rettigheter', sources: [{ title: 'Lov' }], lastChecked: '2026-11-23' },
    body: 'Se [avlastning](/tilbud/avlastning/#hva-er-avlastning).',
  },
  {
    file: 'content/lokalt/profil.yaml',
    collection: 'profil',
    id: 'profil',
    data: {
      municipality: 'Testby kommune',
      siteUrl: 'https://www.testby.example/',
      brandColor: '#112233',
      office: { name: 'Tjenestekontoret', phone: '12 34 56 78', email: 'post@testby.example', address: 'Gata 1', hours: 'Hverdager' },
    },
  },
  { file: 'content/nasjonalt/lover.yaml', collection: 'lover', id: 'lover', data: [{ id: 'hol', name: 'Helse- og omsorgstjenesteloven', sections: [{ section: '§ 3-6', url: 'https://lovdata.no/lov/2011-06-24-30/§3-6' }] }] },
];

function messageFor(files: ContentFile[]): string {
  try {
    checkContent(files);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('Innholdet ble godtatt, men skulle vært avvist');
}

const withOffer = (change: (offer: Record<string, unknown>) => void) => {
  const offer = validOffer();
  change(offer);
  return base(offer);
};

describe('innholdskontrollen', () => {
  it('godtar innhold som følger reglene', () => {
    expect(() => checkContent(base())).not.toThrow();
  });

  it('sier fra om et felt som mangler', () => {
    expect(messageFor(withOffer((offer) => delete offer.title))).toBe(
      `${CONTENT_ERROR_HEADING}\n${offerFile}: title: mangler (feltet må være med)`,
    );
  });

  it('sier fra om en ukjent merkelapp, og lister de lovlige', () => {
    const message = messageFor(withOffer((offer) => (offer.needs = ['avlastning', 'pause'])));
    expect(message).toBe(
      `${CONTENT_ERROR_HEADING}\n${offerFile}: needs[1]: «pause» er ikke en kjent verdi. Bruk en av: «informasjon», «emosjonell», «avlastning», «praktisk», «opplaering», «okonomi», «mote-andre», «koordinering», «barn», «sorg», «medvirkning», «trygghet», «egen-helse»`,
    );
  });

  it('sier fra om en dato som ikke er en dato', () => {
    expect(messageFor(withOffer((offer) => (offer.lastChecked = '23.11.2026')))).toBe(
      `${CONTENT_ERROR_HEADING}\n${offerFile}: lastChecked: må være en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2026-11-23`,
    );
    expect(messageFor(withOffer((offer) => (offer.lastChecked = '2026-13-45')))).toBe(
      `${CONTENT_ERROR_HEADING}\n${offerFile}: lastChecked: må være en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2026-11-23`,
    );
  });

  it('sier fra om en lenke til en side som ikke finnes', () => {
    expect(messageFor(base(validOffer(), 'Les [om klage](/klage/).'))).toBe(
      `${CONTENT_ERROR_HEADING}\n${offerFile}: lenke: «/klage/» peker til en side som ikke finnes`,
    );
  });

  it('sier fra om et vedtakstilbud uten søknadsmåte og lovgrunnlag', () => {
    expect(
      messageFor(
        withOffer((offer) => {
          delete offer.howToApply;
          offer.legalBasis = [];
        }),
      ),
    ).toBe(
      `${CONTENT_ERROR_HEADING}\n${offerFile}: howToApply: mangler (feltet må være med)\n${offerFile}: legalBasis: må ha minst én lovhenvisning når tilbudet krever vedtak`,
    );
  });

  it('sier fra om en ukjent type tilbud', () => {
    expect(messageFor(withOffer((offer) => (offer.kind = 'annet')))).toBe(
      `${CONTENT_ERROR_HEADING}\n${offerFile}: kind: kind må være «vedtak» eller «lavterskel»`,
    );
  });

  it('sier fra om et felt med feilstavet navn', () => {
    expect(messageFor(withOffer((offer) => (offer.titel = 'Avlastning')))).toBe(
      `${CONTENT_ERROR_HEADING}\n${offerFile}: ukjent felt «titel». Sjekk stavingen, eller fjern feltet`,
    );
  });

  it('sier fra om en kontakt som ikke finnes', () => {
    expect(messageFor(withOffer((offer) => (offer.contact = 'demensteamet')))).toBe(
      `${CONTENT_ERROR_HEADING}\n${offerFile}: contact: kontakten «demensteamet» finnes ikke i kontakter/ eller profilen`,
    );
  });

  it('sier fra om en paragraf som ikke står i lovlisten', () => {
    expect(messageFor(withOffer((offer) => (offer.legalBasis = [{ law: 'hol', section: '§ 3-7' }])))).toBe(
      `${CONTENT_ERROR_HEADING}\n${offerFile}: legalBasis[0].section: «§ 3-7» står ikke i listen over kjente paragrafer for hol`,
    );
  });

  it('sier fra om en side eller et tilbud det lenkes til i related som ikke finnes', () => {
    expect(messageFor(withOffer((offer) => (offer.related = ['pleiepenger'])))).toBe(
      `${CONTENT_ERROR_HEADING}\n${offerFile}: related[0]: siden eller tilbudet «pleiepenger» finnes ikke`,
    );
  });

  it('sier fra om en fil som ikke kan leses', () => {
    const files = base();
    files[0] = { file: offerFile, collection: 'tilbud', id: 'avlastning', data: undefined, readError: 'feil i YAML: Nested mappings are not allowed' };
    expect(messageFor(files)).toBe(`${CONTENT_ERROR_HEADING}\n${offerFile}: kan ikke leses: feil i YAML: Nested mappings are not allowed`);
  });

  it('sier fra om samme ID i den nasjonale og den lokale delen', () => {
    const files = base();
    files.push({ ...files[0]!, file: 'content/nasjonalt/tilbud/avlastning.mdx' });
    expect(messageFor(files)).toBe(
      `${CONTENT_ERROR_HEADING}\ncontent/nasjonalt/tilbud/avlastning.mdx: ID-en «avlastning» er brukt før, i ${offerFile}`,
    );
  });

  it('samler alle feilene i én melding', () => {
    const message = messageFor(
      withOffer((offer) => {
        delete offer.title;
        offer.provider = 'staten';
      }),
    );
    expect(message.split('\n')).toEqual([
      CONTENT_ERROR_HEADING,
      `${offerFile}: title: mangler (feltet må være med)`,
      `${offerFile}: provider: «staten» er ikke en kjent verdi. Bruk en av: «kommune», «nav», «husbanken», «helseforetak», «familievernet», «frivillig», «organisasjon», «stiftelse», «privat»`,
    ]);
  });
});

describe('forsidens innganger', () => {
  it('stopper bygget når en inngang peker til en side som ikke finnes', () => {
    const files = base();
    files.push({
      file: 'content/nasjonalt/forside.yaml',
      collection: 'forside',
      id: 'forside',
      data: { needs: [{ title: 'En pause', path: '/tilbud/avlastning/' }], situations: [{ title: 'Demens', path: '/demens/' }] },
    });
    expect(messageFor(files)).toBe(
      `${CONTENT_ERROR_HEADING}\ncontent/nasjonalt/forside.yaml: situations[0].path: «/demens/» peker til en side som ikke finnes`,
    );
  });
});

describe('hjelpetelefonene', () => {
  it('stopper bygget når forsiden viser en hjelpetelefon som ikke finnes i kontakter/', () => {
    const files = base();
    files.push({
      file: 'content/nasjonalt/forside.yaml',
      collection: 'forside',
      id: 'forside',
      data: { needs: [{ title: 'En pause', path: '/tilbud/avlastning/' }], helplines: ['kirkens-sos'] },
    });
    expect(messageFor(files)).toBe(`${CONTENT_ERROR_HEADING}\ncontent/nasjonalt/forside.yaml: helplines[0]: kontakten «kirkens-sos» finnes ikke i kontakter/`);
  });

  it('stopper bygget når teksten viser <Hjelpetelefon /> for en kontakt som ikke finnes', () => {
    const files = base(validOffer(), 'Snakk med noen: <Hjelpetelefon id="kirkens-sos" />.');
    expect(messageFor(files)).toBe(`${CONTENT_ERROR_HEADING}\n${offerFile}: <Hjelpetelefon id="kirkens-sos" />: kontakten «kirkens-sos» finnes ikke i kontakter/`);
  });

  it('sier fra om {kontor} og {kommune} i teksten, der de er kode, og hva som skal stå i stedet; en kommentar kan ha dem', () => {
    const files = base(validOffer(), '{/* Skriv {kontor} her? Nei. */}\nRing {kontor}. {Kontor} svarer. Alle i {kommune} kan spørre. {kontor} igjen.');
    expect(messageFor(files).split('\n')).toEqual([
      CONTENT_ERROR_HEADING,
      `${offerFile}: teksten: «{kontor}» virker bare i feltene mellom strekene. Skriv <Kontor /> i teksten`,
      `${offerFile}: teksten: «{Kontor}» virker bare i feltene mellom strekene. Skriv <Kontor stor /> i teksten`,
      `${offerFile}: teksten: «{kommune}» virker bare i feltene mellom strekene. Skriv <Kommune /> i teksten`,
    ]);
    expect(() => checkContent(base(validOffer(), 'Ring <Kontor />. {/* ikke {kontor} */}'))).not.toThrow();
  });

  it('godtar <Hjelpetelefon /> for en kontakt som finnes', () => {
    const files = base(validOffer(), 'Snakk med noen: <Hjelpetelefon id="kirkens-sos" />.');
    files.push({
      file: 'content/nasjonalt/kontakter/kirkens-sos.yaml',
      collection: 'kontakter',
      id: 'kirkens-sos',
      data: { name: 'Kirkens SOS', kind: 'hjelpetelefon', description: 'Noen å snakke med.', phone: '22 40 00 40', sources: [{ title: 'Kirkens SOS' }], lastChecked: '2026-12-01' },
    });
    expect(() => checkContent(files)).not.toThrow();
  });
});

describe('lovhenvisninger i teksten', () => {
  it('stopper bygget når teksten viser til en paragraf som ikke står i lover.yaml, og sier hvilken fil', () => {
    const files = base(validOffer(), 'Det står i helse- og omsorgstjenesteloven § 3-3.');
    expect(messageFor(files)).toBe(
      `${CONTENT_ERROR_HEADING}\n${offerFile}: teksten: «§ 3-3» i hol står ikke i listen over kjente paragrafer (lover.yaml).`,
    );
  });
});

describe('lenker fra den nasjonale delen til tilbud kommunen kanskje ikke har', () => {
  const catalogue: ContentFile = {
    file: 'content/nasjonalt/tilbudskatalog.yaml',
    collection: 'katalog',
    id: 'tilbudskatalog',
    data: [{ id: 'omsorgsstonad', title: 'Omsorgsstønad' }],
  };
  const nationalPage = (related: string[], body: string): ContentFile => ({
    file: 'content/nasjonalt/sider/penger.mdx',
    collection: 'sider',
    id: 'penger',
    national: true,
    data: { title: 'Penger', lead: 'Om penger.', section: 'situasjon', sources: [{ title: 'NAV' }], lastChecked: '2026-11-23', related },
    body,
  });

  it('godtas når tilbudet står i katalogen, selv om kommunen ikke har det', () => {
    expect(() => checkContent([...base(), catalogue, nationalPage(['omsorgsstonad'], 'Les om [omsorgsstønad](/tilbud/omsorgsstonad/).')])).not.toThrow();
  });

  it('stopper bygget når ID-en verken finnes eller står i katalogen', () => {
    expect(messageFor([...base(), catalogue, nationalPage(['omsorgslonn'], '')])).toBe(
      `${CONTENT_ERROR_HEADING}\ncontent/nasjonalt/sider/penger.mdx: related[0]: siden eller tilbudet «omsorgslonn» finnes ikke`,
    );
  });

  it('gjelder også kommunens egne filer: lenken blir tekst, og bygget advarer én gang per fil og mål', () => {
    const files = [...base(), catalogue];
    files[0] = {
      ...files[0]!,
      data: { ...validOffer(), related: ['omsorgsstonad'] },
      body: 'Les om [omsorgsstønad](/tilbud/omsorgsstonad/) og [stønaden](/tilbud/omsorgsstonad/#hvem).',
    };
    expect(checkContent(files).warnings).toEqual([
      { file: offerFile, problem: 'related[0]: «omsorgsstonad» står ikke i listen (kommunen har ikke dette tilbudet ennå, eller det er et utkast)' },
      { file: offerFile, problem: 'lenke: «/tilbud/omsorgsstonad/» blir vanlig tekst (kommunen har ikke dette tilbudet ennå, eller det er et utkast)' },
    ]);
  });

  it('en lokal lenke til noe som aldri har fantes, stopper bygget', () => {
    const files = [...base(), catalogue];
    files[0] = { ...files[0]!, data: { ...validOffer(), related: ['omsorgslonn'] }, body: 'Se [dette](/tilbud/omsorgslonn/).' };
    expect(messageFor(files)).toBe(
      [
        CONTENT_ERROR_HEADING,
        `${offerFile}: related[0]: siden eller tilbudet «omsorgslonn» finnes ikke`,
        `${offerFile}: lenke: «/tilbud/omsorgslonn/» peker til en side som ikke finnes`,
      ].join('\n'),
    );
  });
});

describe('utkast', () => {
  const draftOffer: ContentFile = {
    file: 'content/lokalt/tilbud/sorggrupper.mdx',
    collection: 'tilbud',
    id: 'sorggrupper',
    data: { ...validOffer(), title: 'Sorggrupper', draft: true, sources: undefined, lastChecked: undefined },
    body: '',
  };
  const linking = (files: ContentFile[]) => {
    files[0] = { ...files[0]!, data: { ...validOffer(), related: ['sorggrupper'] }, body: 'Se [sorggrupper](/tilbud/sorggrupper/).' };
    return files;
  };

  it('et utkast kan mangle kilder og dato; et publisert tilbud kan ikke', () => {
    expect(() => checkContent([...base(), draftOffer])).not.toThrow();
    const unchecked = { ...draftOffer, data: { ...draftOffer.data as object, draft: false } };
    expect(messageFor([...base(), unchecked])).toBe(
      [
        CONTENT_ERROR_HEADING,
        'content/lokalt/tilbud/sorggrupper.mdx: lastChecked: mangler (feltet må være med når filen ikke er et utkast)',
        'content/lokalt/tilbud/sorggrupper.mdx: sources: mangler (feltet må være med når filen ikke er et utkast)',
      ].join('\n'),
    );
  });

  it('bygget for publisering utelater utkastet, og lenker til det blir tekst med en advarsel', () => {
    const review = checkContent(linking([...base(), draftOffer]));
    expect(review.draftsLeftOut.map((file) => file.file)).toEqual(['content/lokalt/tilbud/sorggrupper.mdx']);
    expect(review.offerIds.has('sorggrupper')).toBe(false);
    expect(review.warnings.map((warning) => warning.problem)).toEqual([
      'related[0]: «sorggrupper» står ikke i listen (kommunen har ikke dette tilbudet ennå, eller det er et utkast)',
      'lenke: «/tilbud/sorggrupper/» blir vanlig tekst (kommunen har ikke dette tilbudet ennå, eller det er et utkast)',
    ]);
  });

  it('med utkast (npm start) er utkastet med, og ingen advarer', () => {
    const review = checkContent(linking([...base(), draftOffer]), { drafts: true });
    expect(review.draftsLeftOut).toEqual([]);
    expect(review.offerIds.has('sorggrupper')).toBe(true);
    expect(review.warnings).toEqual([]);
  });

  it('sammendraget til slutt i bygget er på norsk og nevner utkastene', () => {
    expect(buildSummary({ pages: 120, offers: 40, draftsLeftOut: ['content/lokalt/tilbud/sorggrupper.mdx'], warnings: 1 })).toBe(
      'Ferdig: 120 sider, 40 tilbud, 1 utkast utelatt, 1 advarsel.\n  utkast som ikke er med: content/lokalt/tilbud/sorggrupper.mdx',
    );
  });
});

describe('vanlige YAML-feil får et hint', () => {
  const profile = (change: Record<string, unknown>, office: Record<string, unknown> = {}) => {
    const files = base();
    const entry = files.find((file) => file.collection === 'profil')!;
    const data = entry.data as { office: Record<string, unknown> };
    entry.data = { ...data, ...change, office: { ...data.office, ...office } };
    return files;
  };

  it('en farge uten anførselstegn leses som en kommentar', () => {
    expect(messageFor(profile({ brandColor: null }))).toBe(
      `${CONTENT_ERROR_HEADING}\ncontent/lokalt/profil.yaml: brandColor: er tomt. ${COMMENT_HINT}`,
    );
    expect(COMMENT_HINT).toContain('sett verdien i anførselstegn');
  });

  it('et telefonnummer uten mellomrom og anførselstegn leses som et tall', () => {
    expect(messageFor(profile({}, { phone: 12345678 }))).toBe(
      `${CONTENT_ERROR_HEADING}\ncontent/lokalt/profil.yaml: office.phone: «12345678» leses som et tall, men skal være tekst: sett verdien i anførselstegn, slik: "12345678"`,
    );
  });

  it('alle feilene kommer i én runde', () => {
    expect(messageFor(profile({ brandColor: null, siteUrl: 'kommune.no' }, { phone: 12345678 })).split('\n')).toEqual([
      CONTENT_ERROR_HEADING,
      'content/lokalt/profil.yaml: siteUrl: må være en hel nettadresse, for eksempel https://www.kommune.no/parorende/',
      `content/lokalt/profil.yaml: brandColor: er tomt. ${COMMENT_HINT}`,
      'content/lokalt/profil.yaml: office.phone: «12345678» leses som et tall, men skal være tekst: sett verdien i anførselstegn, slik: "12345678"',
    ]);
  });
});

describe('profilens ord og kontakter', () => {
  const withProfile = (change: Record<string, unknown>) => {
    const files = base();
    const entry = files.find((file) => file.collection === 'profil')!;
    entry.data = { ...(entry.data as object), ...change };
    return files;
  };

  it('tilgjengelighetserklæringen må ligge på uustatus.no, og personvernombudets e-post må være en e-postadresse', () => {
    expect(messageFor(withProfile({ accessibilityStatementUrl: 'https://www.kommune.no/uu/', privacy: { name: 'Personvernombudet', email: 'personvern' } })).split('\n')).toEqual([
      CONTENT_ERROR_HEADING,
      'content/lokalt/profil.yaml: privacy.email: må være en e-postadresse',
      'content/lokalt/profil.yaml: accessibilityStatementUrl: må være adressen til erklæringen på uustatus.no (https://uustatus.no/…)',
    ]);
  });

  it('godtar en egen navn på trappen og en leverandør som er en stiftelse eller et privat firma', () => {
    expect(() => checkContent(withProfile({ ladderName: 'Innsatstrappen', accessibilityStatementUrl: 'https://uustatus.no/nb/erklaringer/publisert/eksempel' }))).not.toThrow();
    expect(() => checkContent(withOffer((offer) => (offer.provider = 'privat')))).not.toThrow();
    expect(() => checkContent(withOffer((offer) => (offer.provider = 'stiftelse')))).not.toThrow();
  });
});
