/**
 * The closed vocabularies: every tag that content, filters and the guide may use.
 *
 * Defined once, here, from shared/domain/offers.md and needs-and-wizard.md §6.
 * Schemas turn these lists into enums, so an unknown tag stops the build instead
 * of silently matching nothing. The visible Norwegian labels live in the UI
 * dictionary (src/i18n/nb.ts) under `vocab.<list>.<code>`.
 */

/** Offer kinds: `vedtak` needs an application and a decision; `lavterskel` does not. */
export const KINDS = ['vedtak', 'lavterskel'] as const;

/** Who provides an offer. */
export const PROVIDERS = [
  'kommune',
  'nav',
  'husbanken',
  'helseforetak',
  'familievernet',
  'frivillig',
  'organisasjon',
  'stiftelse',
  'privat',
] as const;

/** Relatives' needs (`behov`). */
export const NEEDS = [
  'informasjon',
  'emosjonell',
  'avlastning',
  'praktisk',
  'opplaering',
  'okonomi',
  'mote-andre',
  'koordinering',
  'barn',
  'sorg',
  'medvirkning',
  'trygghet',
  'egen-helse',
] as const;

/** Target groups (`målgruppe`). */
export const TARGET_GROUPS = [
  'alle',
  'tyngende',
  'demens',
  'rus-psykisk',
  'kreft',
  'eldre',
  'funksjonsnedsettelse',
  'foreldre-barn',
  'barn-unge',
  'sosken',
  'etterlatte',
  'krise',
  'livets-slutt',
  'minoritet',
] as const;

/** The person's situation (`tilstand`): what the illness or situation is. */
export const SITUATIONS = [
  'demens',
  'psykisk',
  'rus',
  'kreft',
  'alvorlig-sykdom',
  'funksjonsnedsettelse',
  'skropelig-eldre',
  'akutt',
  'livets-slutt',
  'fengsel',
  'annet',
] as const;

/** Phases of the care journey (`fase`). */
export const PHASES = [
  'for-tjenester',
  'oppstart',
  'underveis',
  'bekymret',
  'akutt',
  'livets-slutt',
  'etter-dodsfall',
] as const;

/** The relative's own age band (`egen-alder`). */
export const AGE_BANDS = ['barn', 'ungdom', 'voksen', 'eldre'] as const;

/** Who the relative is to the person (`relasjon`). */
export const RELATIONS = [
  'partner',
  'barn-av',
  'forelder-til',
  'sosken',
  'besteforelder',
  'barnebarn',
  'annen-familie',
  'venn-nabo-kollega',
  'verge',
] as const;

/** How much time the relative spends helping, per week (`belastning`). */
export const BURDENS = ['lite', '1-10', '11-30', 'over-30'] as const;

/** Whether the relative has lost someone, and how (`dodsfall`). */
export const BEREAVEMENTS = ['nei', 'ja-forventet', 'ja-brat'] as const;

/** Whether the person gets municipal services today (`tjenester`). */
export const SERVICE_STATUSES = ['ja', 'soker', 'nei', 'vet-ikke'] as const;

/** The age of the person the relative helps (`personens-alder`). */
export const PERSON_AGES = ['barn', 'voksen', 'eldre'] as const;

/** A plain yes or no (`barn-i-familien`, `jobb`). */
export const YES_NO = ['ja', 'nei'] as const;

/** Whether the relative or the person needs an interpreter (`sprak`). */
export const LANGUAGE_NEEDS = ['tolk', 'nei'] as const;

/** Whether the person has consented to the relative being told (`samtykke`). Only picks rights pages. */
export const CONSENTS = ['ja', 'nei', 'vet-ikke', 'kan-ikke'] as const;

/** What kind of page a guide page is; decides breadcrumbs and grouping. */
export const PAGE_SECTIONS = ['rettigheter', 'situasjon', 'reisen', 'om-nettstedet'] as const;

/** Who a page is written for: adults, or children and youth in their own tone. */
export const AUDIENCES = ['voksne', 'barn', 'ungdom'] as const;

/** Kinds of contact: an office, a helpline, an emergency number, an organisation. */
export const CONTACT_KINDS = ['kontor', 'hjelpetelefon', 'nodnummer', 'organisasjon', 'etat'] as const;

/**
 * How the meetings of an event hang together: a course or a closed group you join from the
 * first meeting and sign up for once (`kurs`), or meetings that each stand alone, so you can
 * come to any of them (`treff`: a café, an open evening).
 */
export const EVENT_FORMATS = ['kurs', 'treff'] as const;

export type Kind = (typeof KINDS)[number];
export type Provider = (typeof PROVIDERS)[number];
export type Need = (typeof NEEDS)[number];
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export type Situation = (typeof SITUATIONS)[number];
export type Phase = (typeof PHASES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Relation = (typeof RELATIONS)[number];
export type PageSection = (typeof PAGE_SECTIONS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type ContactKind = (typeof CONTACT_KINDS)[number];
export type EventFormat = (typeof EVENT_FORMATS)[number];

/**
 * The dimensions of the guide «Hva er viktig for deg?» and their value codes, exactly as
 * in shared/domain/needs-and-wizard.md §6. The codes are the keys and values of the
 * guide's URL fragment (docs/veiviser-lenker.md), so they never change once published.
 * `multi` dimensions take several values.
 */
export const GUIDE_DIMENSIONS = {
  relasjon: { values: RELATIONS, multi: false },
  'personens-alder': { values: PERSON_AGES, multi: false },
  tilstand: { values: SITUATIONS, multi: true },
  'egen-alder': { values: AGE_BANDS, multi: false },
  behov: { values: NEEDS, multi: true },
  belastning: { values: BURDENS, multi: false },
  fase: { values: PHASES, multi: false },
  dodsfall: { values: BEREAVEMENTS, multi: false },
  tjenester: { values: SERVICE_STATUSES, multi: false },
  'barn-i-familien': { values: YES_NO, multi: false },
  jobb: { values: YES_NO, multi: false },
  sprak: { values: LANGUAGE_NEEDS, multi: false },
  samtykke: { values: CONSENTS, multi: false },
} as const;

export type GuideDimension = keyof typeof GUIDE_DIMENSIONS;
export const GUIDE_DIMENSION_CODES = Object.keys(GUIDE_DIMENSIONS) as GuideDimension[];

/**
 * Every offer ID in shared/domain/offers.md (sections A–L). A municipality publishes
 * only some of them; the guide's rules may name any of these, and no other.
 */
export const OFFER_IDS = [
  'avlastning', 'avlastningsopphold', 'rullering', 'dagtilbud', 'stottekontakt', 'avlastning-hjemme',
  'fleksibel-avlastning', 'omsorgsstonad', 'opplaering-veiledning', 'koordinator-ip', 'barnekoordinator',
  'trygghetsalarm', 'praktisk-hjelp', 'pleiepenger', 'omsorgsdager', 'hjelpestonad', 'hjelpemidler-nav',
  'husbanken', 'hjelpemidler-velferdsteknologi', 'kommunikasjonsverktoy', 'ask-opplaering', 'stottesamtaler',
  'samtaletilbud-rus-psykisk', 'samtalegrupper-likemann', 'selvhjelpsgrupper', 'parorendekafe',
  'parorendeskole', 'mestringskurs', 'parorendekurs-tjenestene', 'frisklivssentral', 'lms-sykehus',
  'podkast-film', 'kreftsykepleier', 'demenskoordinator', 'primaerkontakt', 'parorendekontakt',
  'barneansvarlig', 'parorendekoordinator', 'tjenestekontoret', 'fastlege', 'oppstartssamtale',
  'parorendesamtaler', 'samarbeidsavtale', 'forhandssamtale', 'skolehelsetjenesten', 'barnehage-skole-bti',
  'barn-unge-team', 'sibs', 'hva-med-oss', 'foreldrearena', 'sorggrupper', 'kriseteam', 'etterlattesamtale',
  'samtale-etter-akutt', 'brukerrad', 'parorendeundersokelse', 'politiske-rad', 'dialogmoter', 'klage',
  'tolk', 'informasjon-nett', 'innbyggertorget', 'frivillighet', 'organisasjoner', 'livsgledehjem',
  'andre-fagpersoner',
] as const;

export type OfferId = (typeof OFFER_IDS)[number];

/** Every closed list by the name the dictionary uses for its labels. */
export const VOCABULARIES = {
  kind: KINDS,
  provider: PROVIDERS,
  need: NEEDS,
  targetGroup: TARGET_GROUPS,
  situation: SITUATIONS,
  phase: PHASES,
  ageBand: AGE_BANDS,
  relation: RELATIONS,
  section: PAGE_SECTIONS,
  audience: AUDIENCES,
  contactKind: CONTACT_KINDS,
  eventFormat: EVENT_FORMATS,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;
