/**
 * The content contract, checked as a whole before anything is built: each file
 * against its schema, then the links between files (contacts, related pages, laws,
 * links in the text). Pure: it gets the files' parsed data, never touches the disk.
 */
import type { z } from 'astro/zod';
import { catalogueSchema, contactSchema, eventSchema, frontPageSchema, lawsSchema, offerSchema, pageSchema, profileSchema, questionsSchema, rulesSchema } from '../../schemas';
import type { EventData, ProfileData, QuestionsData, RulesData } from '../../schemas';
import { checkTextReferences, knownLaws } from '../legalText';
import { mdxToPlainText } from '../readability';
import { contactIdsInBody } from '../factDates';
import { checkGuideQuestions, checkGuideRules } from './checkGuide';
import { checkEvent } from './checkEvents';
import { buildMoment, osloDate } from '../events/dates';
import { filterPaths, type FilterFacts } from '../offerFilters';
import { internalTarget, offerPath, pagePath, RESERVED_IDS, RESERVED_OFFER_IDS, STATIC_ROUTES } from '../routes';
import { ContentError, describeIssue, type ContentProblem } from './issues';

export type CollectionName =
  | 'tilbud'
  | 'sider'
  | 'kontakter'
  | 'profil'
  | 'lover'
  | 'forside'
  | 'katalog'
  | 'veiviser-sporsmal'
  | 'veiviser-regler'
  | 'arrangementer';

/** One content file as read from disk. */
export interface ContentFile {
  /** Path relative to the project, for messages. Example: `content/lokalt/tilbud/avlastning.mdx`. */
  file: string;
  collection: CollectionName;
  /** The ID: the file name without extension. */
  id: string;
  /** Parsed frontmatter or YAML; `undefined` when the file could not be read. */
  data: unknown;
  /** The MDX body, for link checks. */
  body?: string;
  /** Set when the file could not be parsed at all. */
  readError?: string;
  /** True for files in the national part, which every municipality shares. */
  national?: boolean;
}

/** The contact ID that means the municipality's assignment office, from the profile. */
export const OFFICE_CONTACT_ID = 'tjenestekontor';

const schemas: Record<CollectionName, z.ZodType> = {
  tilbud: offerSchema,
  sider: pageSchema,
  kontakter: contactSchema,
  profil: profileSchema,
  lover: lawsSchema,
  forside: frontPageSchema,
  katalog: catalogueSchema,
  'veiviser-sporsmal': questionsSchema,
  'veiviser-regler': rulesSchema,
  arrangementer: eventSchema,
};

/** Root-relative links in Markdown (`](/x/)`) and in JSX/HTML (`href="/x/"`). */
const LINK_PATTERN = /\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g;

export function linksIn(body: string): string[] {
  return [...body.matchAll(LINK_PATTERN)].map((match) => match[1] ?? match[2] ?? '');
}

export interface CheckOptions {
  /** The build date, `ÅÅÅÅ-MM-DD`, that the example's `+14d`-dates count from. Default: today in Oslo. */
  today?: string;
}

/**
 * Checks every file and throws one ContentError listing every problem.
 * Returns nothing when the content keeps the contract.
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): void {
  const problems: ContentProblem[] = [];
  const valid = new Map<string, { file: ContentFile; data: Record<string, unknown> }>();

  for (const file of files) {
    if (file.readError) {
      problems.push({ file: file.file, problem: `kan ikke leses: ${file.readError}` });
      continue;
    }
    const result = schemas[file.collection].safeParse(file.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file: file.file, problem: describeIssue(issue) });
      continue;
    }
    valid.set(`${file.collection}/${file.id}`, { file, data: result.data as Record<string, unknown> });
  }

  const profiles = files.filter((file) => file.collection === 'profil');
  if (profiles.length !== 1) {
    problems.push({
      file: profiles[1]?.file ?? 'content/lokalt/profil.yaml',
      problem: profiles.length === 0 ? 'mangler: kommunen må ha én profil (profil.yaml)' : 'det finnes mer enn én profil',
    });
  }

  const ids = (collection: CollectionName) => files.filter((file) => file.collection === collection);
  checkDuplicates(ids('tilbud'), problems);
  checkDuplicates(ids('sider'), problems);
  checkDuplicates(ids('kontakter'), problems);
  for (const page of ids('sider')) {
    if ((RESERVED_IDS as readonly string[]).includes(page.id)) {
      problems.push({ file: page.file, problem: `filnavnet «${page.id}» er opptatt av en fast side. Gi siden et annet navn` });
    }
  }

  for (const offer of ids('tilbud')) {
    if ((RESERVED_OFFER_IDS as readonly string[]).includes(offer.id)) {
      problems.push({ file: offer.file, problem: `filnavnet «${offer.id}» er opptatt av filtrene i listen over tilbud. Gi tilbudet et annet navn` });
    }
  }

  const offerIds = new Set(ids('tilbud').map((file) => file.id));
  // National files may point to any offer in the catalogue: a municipality that lacks
  // it simply shows no link (see remarkSiteLinks and LinkList), instead of a broken one.
  const catalogueIds = new Set(
    ids('katalog').flatMap((file) => (Array.isArray(file.data) ? (file.data as { id?: unknown }[]) : [])).flatMap((entry) => (typeof entry?.id === 'string' ? [entry.id] : [])),
  );
  const softOfferPaths = new Set([...catalogueIds].map(offerPath));
  const pageIds = new Set(ids('sider').map((file) => file.id));
  const contactIds = new Set([OFFICE_CONTACT_ID, ...ids('kontakter').map((file) => file.id)]);
  const laws = ids('lover').flatMap((file) => knownLaws(file.data));
  const lawSections = new Map(laws.map((law) => [law.id, new Set(law.sections)]));
  const knownPaths = new Set<string>([
    ...STATIC_ROUTES,
    ...[...offerIds].map(offerPath),
    ...[...pageIds].map(pagePath),
    ...filterPaths(
      [...valid.values()].filter(({ file }) => file.collection === 'tilbud').map(({ data }) => ({ data: data as unknown as FilterFacts })),
    ),
  ]);

  for (const { file, data } of valid.values()) {
    if (file.collection === 'tilbud' || file.collection === 'sider') {
      const refField = (field: string, allowed: Set<string>, what: string) => {
        const values = (data[field] as string[] | undefined) ?? [];
        values.forEach((value, index) => {
          if (!allowed.has(value)) problems.push({ file: file.file, problem: `${field}[${index}]: ${what} «${value}» finnes ikke` });
        });
      };
      const offersHere = file.national ? new Set([...offerIds, ...catalogueIds]) : offerIds;
      const anyId = new Set([...offersHere, ...pageIds]);
      refField('related', anyId, 'siden eller tilbudet');
      if (file.collection === 'tilbud') {
        refField('rights', pageIds, 'siden');
        if (!contactIds.has(data.contact as string)) {
          problems.push({ file: file.file, problem: `contact: kontakten «${String(data.contact)}» finnes ikke i kontakter/ eller profilen` });
        }
      } else {
        refField('offers', offersHere, 'tilbudet');
        if (data.callContact !== undefined && !contactIds.has(data.callContact as string)) {
          problems.push({ file: file.file, problem: `callContact: kontakten «${String(data.callContact)}» finnes ikke i kontakter/` });
        }
      }
      const refs = ((data.legalBasis ?? data.legalRefs) as { law: string; section: string }[] | undefined) ?? [];
      const refFieldName = file.collection === 'tilbud' ? 'legalBasis' : 'legalRefs';
      refs.forEach((ref, index) => {
        const sections = lawSections.get(ref.law);
        if (!sections) problems.push({ file: file.file, problem: `${refFieldName}[${index}].law: loven «${ref.law}» står ikke i lover.yaml` });
        else if (!sections.has(ref.section)) {
          problems.push({ file: file.file, problem: `${refFieldName}[${index}].section: «${ref.section}» står ikke i listen over kjente paragrafer for ${ref.law}` });
        }
      });
      // A section named in the running text must be in the list too, so a repealed or
      // mistyped section («pasient- og brukerrettighetsloven § 2-1») never reaches a reader.
      const text = [data.lead, data.howToGet, data.howToApply].filter((value) => typeof value === 'string').join('\n');
      for (const problem of checkTextReferences(`${text}\n${mdxToPlainText(file.body ?? '')}`, laws)) {
        problems.push({ file: file.file, problem: `teksten: ${problem}` });
      }
    }
    if (file.collection === 'forside') {
      for (const list of ['helplines', 'emergency'] as const) {
        ((data[list] as string[] | undefined) ?? []).forEach((id, index) => {
          if (!contactIds.has(id)) problems.push({ file: file.file, problem: `${list}[${index}]: kontakten «${id}» finnes ikke i kontakter/` });
        });
      }
      for (const list of ['needs', 'situations'] as const) {
        ((data[list] as { path: string }[] | undefined) ?? []).forEach((link, index) => {
          const target = internalTarget(link.path);
          if (target && !knownPaths.has(target.path)) {
            problems.push({ file: file.file, problem: `${list}[${index}].path: «${link.path}» peker til en side som ikke finnes` });
          }
        });
      }
    }
    if (file.body) {
      for (const id of contactIdsInBody(file.body)) {
        if (!contactIds.has(id)) problems.push({ file: file.file, problem: `<Hjelpetelefon id="${id}" />: kontakten «${id}» finnes ikke i kontakter/` });
      }
      for (const href of linksIn(file.body)) {
        const target = internalTarget(href);
        const soft = file.national && target && softOfferPaths.has(target.path);
        if (target && !knownPaths.has(target.path) && !soft) {
          problems.push({ file: file.file, problem: `lenke: «${href}» peker til en side som ikke finnes` });
        }
      }
    }
  }

  const profile = [...valid.values()].find(({ file }) => file.collection === 'profil')?.data as ProfileData | undefined;
  const eventContext = {
    offerIds,
    contactIds,
    example: profile?.example ?? false,
    today: options.today ?? osloDate(buildMoment(undefined)),
  };
  (profile?.screen?.offers ?? []).forEach((id, index) => {
    if (!offerIds.has(id)) problems.push({ file: profiles[0]?.file ?? 'profil.yaml', problem: `screen.offers[${index}]: tilbudet «${id}» finnes ikke i tilbud/` });
  });

  for (const { file, data } of valid.values()) {
    if (file.collection === 'arrangementer') checkEvent(file.file, file.id, data as EventData, eventContext, problems);
    if (file.collection === 'veiviser-sporsmal') checkGuideQuestions(file.file, data as QuestionsData, problems);
    if (file.collection === 'veiviser-regler') checkGuideRules(file.file, data as RulesData, offerIds, problems);
  }

  if (problems.length > 0) throw new ContentError(problems);
}

function checkDuplicates(files: readonly ContentFile[], problems: ContentProblem[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const earlier = seen.get(file.id);
    if (earlier) problems.push({ file: file.file, problem: `ID-en «${file.id}» er brukt før, i ${earlier}` });
    else seen.set(file.id, file.file);
  }
}
