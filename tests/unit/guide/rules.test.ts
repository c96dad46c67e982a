/**
 * One test per rule in content/nasjonalt/veiviser/regler.yaml: a person the offer is for
 * sees it, and every hard filter and named predicate hides it when the answer does not fit.
 * The cases are written by hand; the branches are generated from the rule data. A rule
 * without a case here fails the test at the bottom.
 */
import { describe, expect, it } from 'vitest';
import { GUIDE_DIMENSIONS, type GuideDimension } from '../../../src/lib/vocabulary';
import { parseFragment } from '../../../src/lib/guide/codec';
import { PREDICATES, type PredicateName } from '../../../src/lib/guide/predicates';
import { offersFor, rules } from './support';

/** For each offer: a fragment from someone the offer is for. */
const SHOWN_FOR: Record<string, string> = {
  avlastning: 'egen-alder=voksen&behov=avlastning&belastning=over-30&dodsfall=nei',
  avlastningsopphold: 'tilstand=demens&behov=avlastning&belastning=11-30&dodsfall=nei',
  rullering: 'personens-alder=eldre&tilstand=demens&behov=avlastning&belastning=over-30',
  dagtilbud: 'personens-alder=eldre&tilstand=skropelig-eldre&behov=trygghet',
  stottekontakt: 'tilstand=funksjonsnedsettelse&behov=avlastning',
  'avlastning-hjemme': 'behov=avlastning&belastning=11-30',
  'fleksibel-avlastning': 'behov=avlastning&jobb=ja&belastning=11-30',
  omsorgsstonad: 'egen-alder=voksen&behov=okonomi&belastning=over-30',
  'opplaering-veiledning': 'egen-alder=eldre&behov=opplaering&belastning=11-30',
  'koordinator-ip': 'behov=koordinering&tjenester=ja',
  barnekoordinator: 'relasjon=forelder-til&personens-alder=barn&tilstand=funksjonsnedsettelse&behov=koordinering',
  trygghetsalarm: 'tilstand=demens&behov=trygghet',
  'praktisk-hjelp': 'behov=praktisk&belastning=11-30',
  pleiepenger: 'tilstand=kreft&behov=okonomi&jobb=ja',
  omsorgsdager: 'relasjon=forelder-til&personens-alder=barn&behov=okonomi&jobb=ja',
  hjelpestonad: 'behov=okonomi&belastning=over-30',
  'hjelpemidler-nav': 'tilstand=funksjonsnedsettelse&behov=praktisk',
  husbanken: 'tilstand=skropelig-eldre&behov=okonomi',
  'hjelpemidler-velferdsteknologi': 'tilstand=demens&behov=trygghet',
  kommunikasjonsverktoy: 'behov=informasjon&tjenester=ja&fase=underveis',
  'ask-opplaering': 'tilstand=funksjonsnedsettelse&behov=opplaering&tjenester=ja',
  stottesamtaler: 'egen-alder=voksen&behov=emosjonell',
  'samtaletilbud-rus-psykisk': 'tilstand=rus&egen-alder=voksen&behov=emosjonell',
  'samtalegrupper-likemann': 'tilstand=demens&behov=mote-andre',
  selvhjelpsgrupper: 'behov=mote-andre&egen-alder=voksen',
  parorendekafe: 'tilstand=demens&behov=mote-andre&tjenester=ja',
  parorendeskole: 'tilstand=demens&behov=opplaering',
  mestringskurs: 'behov=egen-helse&belastning=1-10',
  'parorendekurs-tjenestene': 'behov=medvirkning&tjenester=ja&fase=oppstart',
  frisklivssentral: 'behov=egen-helse',
  'lms-sykehus': 'tilstand=kreft&behov=opplaering',
  'podkast-film': 'tilstand=demens&behov=informasjon&tjenester=nei',
  kreftsykepleier: 'tilstand=kreft&behov=emosjonell',
  demenskoordinator: 'tilstand=demens&behov=koordinering',
  primaerkontakt: 'behov=trygghet&tjenester=ja&fase=underveis',
  parorendekontakt: 'behov=medvirkning&tjenester=ja',
  barneansvarlig: 'egen-alder=ungdom&behov=informasjon',
  parorendekoordinator: 'behov=koordinering',
  fastlege: 'behov=egen-helse&belastning=over-30',
  oppstartssamtale: 'behov=medvirkning&tjenester=soker&fase=oppstart',
  parorendesamtaler: 'behov=emosjonell&tjenester=ja&fase=underveis',
  samarbeidsavtale: 'behov=koordinering&tjenester=ja',
  forhandssamtale: 'tilstand=livets-slutt&behov=medvirkning',
  skolehelsetjenesten: 'egen-alder=barn&behov=emosjonell',
  'barnehage-skole-bti': 'egen-alder=voksen&barn-i-familien=ja&behov=barn',
  'barn-unge-team': 'egen-alder=ungdom&tilstand=psykisk&behov=emosjonell',
  sibs: 'relasjon=sosken&egen-alder=barn&behov=mote-andre',
  'hva-med-oss': 'relasjon=forelder-til&personens-alder=barn&tilstand=funksjonsnedsettelse&behov=mote-andre',
  foreldrearena: 'relasjon=forelder-til&personens-alder=barn&behov=mote-andre',
  sorggrupper: 'dodsfall=ja-forventet',
  kriseteam: 'dodsfall=ja-brat',
  etterlattesamtale: 'dodsfall=ja-forventet&behov=informasjon',
  'samtale-etter-akutt': 'tilstand=akutt',
  brukerrad: 'behov=medvirkning&tjenester=ja',
  parorendeundersokelse: 'behov=medvirkning',
  'politiske-rad': 'behov=medvirkning',
  dialogmoter: 'behov=medvirkning',
  klage: 'behov=medvirkning&tjenester=ja&fase=bekymret',
  tolk: 'sprak=tolk',
  innbyggertorget: 'behov=informasjon',
  frivillighet: 'behov=praktisk',
  organisasjoner: 'behov=mote-andre',
  livsgledehjem: 'tilstand=demens&behov=trygghet&tjenester=ja',
  'andre-fagpersoner': 'personens-alder=eldre&tilstand=skropelig-eldre&behov=informasjon',
};

/** For each named predicate: answers for which it does not hold. */
const PREDICATE_FALSE: Record<PredicateName, string> = {
  isChildOrYouth: 'egen-alder=voksen',
  isBereaved: 'dodsfall=nei',
  isInCrisis: 'dodsfall=nei&fase=underveis&tilstand=demens',
  isEspeciallyHeavyCare: 'belastning=1-10',
  childrenAreInvolved: 'egen-alder=voksen&barn-i-familien=nei',
  isSiblingOrParentOfSickChild: 'relasjon=partner&egen-alder=voksen',
  isSuddenDeathOrAcute: 'dodsfall=nei&fase=underveis',
  isAcuteIllness: 'fase=underveis&tilstand=demens',
};

/** Offers shown to everyone, after the ranked list. */
const ALWAYS = Object.entries(rules.tilbud).filter(([, rule]) => rule.always).map(([id]) => id);

/** A value of the dimension that the rule does not list. */
const valueOutside = (dimension: GuideDimension, listed: readonly string[]) =>
  (GUIDE_DIMENSIONS[dimension].values as readonly string[]).find((value) => !listed.includes(value));

const withAnswer = (fragment: string, dimension: string, value: string) =>
  [...fragment.split('&').filter((pair) => !pair.startsWith(`${dimension}=`)), `${dimension}=${value}`].join('&');

for (const [id, rule] of Object.entries(rules.tilbud)) {
  describe(`regelen for ${id}`, () => {
    if (rule.always) {
      it('vises for alle, også uten svar', () => {
        expect(offersFor('')).not.toContain(id);
        expect(ALWAYS).toContain(id);
      });
      return;
    }
    const fragment = SHOWN_FOR[id] ?? '';

    it(`vises for «${fragment}»`, () => {
      expect(offersFor(fragment)).toContain(id);
    });

    for (const dimension of rule.hard ?? []) {
      const outside = valueOutside(dimension, rule.match[dimension] ?? []);
      if (!outside) continue;
      it(`skjules når ${dimension} er «${outside}»`, () => {
        expect(offersFor(withAnswer(fragment, dimension, outside))).not.toContain(id);
      });
      it(`skjules ikke når ${dimension} er «vet ikke / vil ikke svare»`, () => {
        const needs = withAnswer(fragment, 'behov', (rule.match.behov ?? []).join(','));
        expect(offersFor(withAnswer(needs, dimension, ''))).toContain(id);
      });
    }

    if (rule.when) {
      const predicate = rule.when as PredicateName;
      const otherNeeds = (rule.match.behov ?? []).filter((need) => need !== 'barn').join(',');
      const without = `${PREDICATE_FALSE[predicate]}&behov=${otherNeeds}`;
      it(`skjules når ${predicate} ikke gjelder («${without}»)`, () => {
        expect(PREDICATES[predicate](parseFragment(without))).toBe(false);
        expect(offersFor(without)).not.toContain(id);
      });
    }
  });
}

describe('tilbud som alltid vises', () => {
  it('kommer med i «always» for hvem som helst', async () => {
    const { resultFor } = await import('./support');
    expect(resultFor('relasjon=partner').always.map((offer) => offer.id)).toEqual(ALWAYS);
  });
});

describe('testene speiler dataene', () => {
  it('hver regel har en test', () => {
    const missing = Object.entries(rules.tilbud).filter(([id, rule]) => !rule.always && !(id in SHOWN_FOR)).map(([id]) => id);
    expect(missing, 'regler uten test i SHOWN_FOR').toEqual([]);
  });

  it('ingen test står for en regel som ikke finnes', () => {
    expect(Object.keys(SHOWN_FOR).filter((id) => !(id in rules.tilbud))).toEqual([]);
  });
});
