/**
 * The pre-build check of the guide's data: a rule or question naming an unknown offer,
 * dimension, value or predicate stops the build with a message naming file and field.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../../src/lib/content/check';
import { CONTENT_ERROR_HEADING } from '../../../src/lib/content/issues';

const rulesFile = 'content/nasjonalt/veiviser/regler.yaml';
const questionsFile = 'content/nasjonalt/veiviser/sporsmal.yaml';

const profile: ContentFile = {
  file: 'content/lokalt/profil.yaml',
  collection: 'profil',
  id: 'profil',
  data: {
    municipality: 'Testby kommune',
    siteUrl: 'https://www.testby.example/',
    brandColor: '#112233',
    office: { name: 'Tjenestekontoret', phone: '12 34 56 78', email: 'post@testby.example', address: 'Gata 1', hours: 'Hverdager' },
  },
};

const rules = (tilbud: Record<string, unknown>, extra: Record<string, unknown> = {}): ContentFile => ({
  file: rulesFile,
  collection: 'veiviser-regler',
  id: 'regler',
  data: { tilbud, sider: [], hjelpetelefoner: [], forklaringer: [], ...extra },
});

const question = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  heading: 'Et spørsmål?',
  options: [
    { value: 'ja', label: 'Ja' },
    { value: 'nei', label: 'Nei' },
  ],
  ...extra,
});

const questions = (list: unknown[]): ContentFile => ({ file: questionsFile, collection: 'veiviser-sporsmal', id: 'sporsmal', data: { questions: list } });

function messageFor(files: ContentFile[]): string {
  try {
    checkContent([profile, ...files]);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('Innholdet ble godtatt, men skulle vært avvist');
}

describe('kontrollen av veiviserens regler', () => {
  it('godtar en regel for et tilbud kommunen ikke har, så lenge tilbudet finnes i listen over tilbud', () => {
    expect(() => checkContent([profile, rules({ sorggrupper: { match: { behov: ['sorg'] }, hard: [] } })])).not.toThrow();
  });

  it('stopper en regel for et tilbud som ikke finnes', () => {
    expect(messageFor([rules({ pausehjelp: { match: { behov: ['avlastning'] } } })])).toBe(
      `${CONTENT_ERROR_HEADING}\n${rulesFile}: tilbud.pausehjelp: tilbudet «pausehjelp» finnes ikke. Bruk ID-en til et tilbud (filnavnet i tilbud/)`,
    );
  });

  it('stopper et ukjent spørsmål (dimensjon) i match', () => {
    expect(messageFor([rules({ avlastning: { match: { humor: ['godt'] } } })])).toBe(
      `${CONTENT_ERROR_HEADING}\n${rulesFile}: tilbud.avlastning.match.humor: spørsmålet «humor» finnes ikke. Bruk en av: «relasjon», «personens-alder», «tilstand», «egen-alder», «behov», «belastning», «fase», «dodsfall», «tjenester», «barn-i-familien», «jobb», «sprak», «samtykke»`,
    );
  });

  it('stopper et ukjent svar, og lister de lovlige', () => {
    expect(messageFor([rules({ avlastning: { match: { belastning: ['11-30', 'mye'] } } })])).toBe(
      `${CONTENT_ERROR_HEADING}\n${rulesFile}: tilbud.avlastning.match.belastning[1]: svaret «mye» finnes ikke for belastning. Bruk en av: «lite», «1-10», «11-30», «over-30»`,
    );
  });

  it('stopper et hardt krav til et spørsmål som ikke står i match', () => {
    expect(messageFor([rules({ avlastning: { match: { behov: ['avlastning'] }, hard: ['dodsfall'] } })])).toBe(
      `${CONTENT_ERROR_HEADING}\n${rulesFile}: tilbud.avlastning.hard[0]: «dodsfall» må også stå i match`,
    );
  });

  it('stopper en navngitt regel som ikke finnes i koden', () => {
    const message = messageFor([rules({ sibs: { match: { behov: ['barn'] }, when: 'erSosken' } })]);
    expect(message).toMatch(new RegExp(`^${CONTENT_ERROR_HEADING}\\n${rulesFile}: tilbud\\.sibs\\.when: regelen «erSosken» finnes ikke\\. Bruk en av: «isChildOrYouth», `));
  });

  it('stopper et ukjent svar i vilkåret for en side', () => {
    expect(messageFor([rules({}, { sider: [{ id: 'sorg', when: [{ dodsfall: ['kanskje'] }], reason: 'Fordi.' }] })])).toBe(
      `${CONTENT_ERROR_HEADING}\n${rulesFile}: sider[0].when[0].dodsfall[0]: svaret «kanskje» finnes ikke for dodsfall. Bruk en av: «nei», «ja-forventet», «ja-brat»`,
    );
  });

  it('stopper {svar} i grunnen til en side uten when, for da har personen ikke svart noe som fører dit', () => {
    expect(messageFor([rules({}, { sider: [{ id: 'hvem-er-parorende', reason: 'Du sa at {svar} er viktig.' }] })])).toBe(
      `${CONTENT_ERROR_HEADING}\n${rulesFile}: sider[0].reason: {svar} kan bare brukes når siden har when, for uten when har personen ikke gitt noe svar som fører dit`,
    );
  });

  it('stopper en forklaring som sier det samme om alle svar på et spørsmål', () => {
    expect(messageFor([rules({}, { forklaringer: [{ dimension: 'fase', text: 'Dere er i en vanskelig fase.' }] })])).toBe(
      `${CONTENT_ERROR_HEADING}\n${rulesFile}: forklaringer[0]: en forklaring uten values må ha {svar}, ellers sier den det samme om alle svar`,
    );
  });
});

describe('kontrollen av veiviserens spørsmål', () => {
  it('godtar gyldige spørsmål', () => {
    expect(() => checkContent([profile, questions([question('jobb')])])).not.toThrow();
  });

  it('stopper et svaralternativ som ikke er en kjent verdi for spørsmålet', () => {
    expect(messageFor([questions([question('jobb', { options: [{ value: 'ja', label: 'Ja' }, { value: 'deltid', label: 'Deltid' }] })])])).toBe(
      `${CONTENT_ERROR_HEADING}\n${questionsFile}: questions[0].options[1]: svaret «deltid» finnes ikke for jobb. Bruk en av: «ja», «nei»`,
    );
  });

  it('stopper et spørsmål som ikke er en kjent dimensjon', () => {
    expect(messageFor([questions([question('humor')])])).toContain(`${questionsFile}: questions[0].id: «humor» er ikke en kjent verdi. Bruk en av: «relasjon»`);
  });

  it('stopper askIf som viser til et spørsmål som kommer senere', () => {
    expect(messageFor([questions([question('jobb', { askIf: [{ sprak: ['tolk'] }] }), question('sprak', { options: [{ value: 'tolk', label: 'Ja' }, { value: 'nei', label: 'Nei' }] })])])).toBe(
      `${CONTENT_ERROR_HEADING}\n${questionsFile}: questions[0].askIf[0].sprak: spørsmålet «sprak» kommer ikke før «jobb», så svaret finnes ikke ennå`,
    );
  });

  it('stopper en hovedvei med mer enn sju spørsmål', () => {
    const eight = ['relasjon', 'dodsfall', 'egen-alder', 'tilstand', 'behov', 'belastning', 'tjenester', 'jobb'].map((id) => ({
      ...question(id),
      options: [],
    }));
    const valid = eight.map((entry) => ({ ...entry, options: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }] }));
    expect(messageFor([questions(valid)])).toContain(`${questionsFile}: questions: 8 spørsmål stilles til alle, men høyst 7 kan det. Gi noen av dem askIf`);
  });
});
