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

/** What kind of page a guide page is; decides breadcrumbs and grouping. */
export const PAGE_SECTIONS = ['rettigheter', 'situasjon', 'reisen', 'om-nettstedet'] as const;

/** Who a page is written for: adults, or children and youth in their own tone. */
export const AUDIENCES = ['voksne', 'barn', 'ungdom'] as const;

/** Kinds of contact: an office, a helpline, an emergency number, an organisation. */
export const CONTACT_KINDS = ['kontor', 'hjelpetelefon', 'nodnummer', 'organisasjon', 'etat'] as const;

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
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;
