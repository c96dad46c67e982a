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
import { isEnglishPath } from '../english';
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

/** How the site is built: with drafts (`npm run dev`, `npm start`) or without (`npm run build`), and for which day. */
export interface CheckOptions {
  /** True to publish drafts (`draft: true`) with an «Utkast» label; false leaves them out. Default: false. */
  drafts?: boolean;
  /** The build date, `ÅÅÅÅ-MM-DD`, that the example's `+14d`-dates count from. Default: today in Oslo. */
  today?: string;
}

/** What the check found: problems stop the build, warnings do not. */
export interface ContentReview {
  problems: ContentProblem[];
  /** Links and lists that point to an offer or page this build does not have; they become text. */
  warnings: ContentProblem[];
  /** Drafts this build leaves out (empty when drafts are built). */
  draftsLeftOut: ContentFile[];
  /** Events this build leaves out because their offer is a draft it leaves out. */
  eventsLeftOut: ContentFile[];
  /** IDs of the offers and pages this build publishes. */
  offerIds: Set<string>;
  pageIds: Set<string>;
  /** IDs that exist somewhere (the catalogue, a left-out draft) but are not published here. */
  absentIds: Set<string>;
}

/**
 * Checks every file and throws one ContentError listing every problem.
 * Returns the review (its warnings) when the content keeps the contract.
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): ContentReview {
  const review = reviewContent(files, options);
  if (review.problems.length > 0) throw new ContentError(review.problems);
  return review;
}

const isDraft = (data: unknown): boolean => (data as { draft?: unknown } | undefined)?.draft === true;

/** Checks every file and returns every problem and warning; never throws. */
export function reviewContent(files: readonly ContentFile[], options: CheckOptions = {}): ContentReview {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const warned = new Set<string>();
  const warnOnce = (file: string, target: string, text: string) => {
    if (warned.has(`${file} ${target}`)) return;
    warned.add(`${file} ${target}`);
    warnings.push({ file, problem: text });
  };
  const valid = new Map<string, { file: ContentFile; data: Record<string, unknown> }>();

  for (const file of files) {
    if (file.readError) {
      problems.push({ file: file.file, problem: `kan ikke leses: ${file.readError}` });
      continue;
    }
    // Only a draft may be without sources and a date: no one has checked it yet.
    if ((file.collection === 'tilbud' || file.collection === 'sider') && file.data && typeof file.data === 'object' && !isDraft(file.data)) {
      const data = file.data as Record<string, unknown>;
      if (data.lastChecked === undefined) problems.push({ file: file.file, problem: 'lastChecked: mangler (feltet må være med når filen ikke er et utkast)' });
      if (Array.isArray(data.sources) && data.sources.length === 0) problems.push({ file: file.file, problem: 'sources: må ha minst én kilde' });
      if (data.sources === undefined) problems.push({ file: file.file, problem: 'sources: mangler (feltet må være med når filen ikke er et utkast)' });
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

  // Drafts are published only when drafts are built; otherwise they count as absent.
  const draftsLeftOut = options.drafts ? [] : [...ids('tilbud'), ...ids('sider')].filter((file) => isDraft(file.data));
  const leftOut = new Set(draftsLeftOut.map((file) => `${file.collection}/${file.id}`));
  const offerIds = new Set(ids('tilbud').filter((file) => !leftOut.has(`tilbud/${file.id}`)).map((file) => file.id));
  // Any file may point to any offer in the catalogue, or to a draft: where this build
  // lacks it, the link becomes its text and the build warns (remarkBaseLinks, LinkList).
  const catalogueIds = new Set(
    ids('katalog').flatMap((file) => (Array.isArray(file.data) ? (file.data as { id?: unknown }[]) : [])).flatMap((entry) => (typeof entry?.id === 'string' ? [entry.id] : [])),
  );
  const pageIds = new Set(ids('sider').filter((file) => !leftOut.has(`sider/${file.id}`)).map((file) => file.id));
  const absentOfferIds = new Set([...catalogueIds, ...draftsLeftOut.filter((file) => file.collection === 'tilbud').map((file) => file.id)].filter((id) => !offerIds.has(id)));
  const absentPageIds = new Set(draftsLeftOut.filter((file) => file.collection === 'sider').map((file) => file.id));
  const absentPaths = new Set([...[...absentOfferIds].map(offerPath), ...[...absentPageIds].map(pagePath)]);
  const contactIds = new Set([OFFICE_CONTACT_ID, ...ids('kontakter').map((file) => file.id)]);
  const laws = ids('lover').flatMap((file) => knownLaws(file.data));
  const lawSections = new Map(laws.map((law) => [law.id, new Set(law.sections)]));
  const knownPaths = new Set<string>([
    ...STATIC_ROUTES,
    ...[...offerIds].map(offerPath),
    ...[...pageIds].map(pagePath),
    ...filterPaths(
      [...valid.values()].filter(({ file }) => file.collection === 'tilbud' && offerIds.has(file.id)).map(({ data }) => ({ data: data as unknown as FilterFacts })),
    ),
  ]);
  const absentText = (target: string) =>
    absentPageIds.has(target.replace(/^\/|\/$/g, '')) ? 'siden er et utkast' : 'kommunen har ikke dette tilbudet ennå, eller det er et utkast';

  for (const { file, data } of valid.values()) {
    // National files name catalogue offers by design, and a draft left out is not
    // published: only the municipality's published files warn about a link that becomes text.
    const warn = file.national || leftOut.has(`${file.collection}/${file.id}`) ? () => undefined : warnOnce;
    if (file.collection === 'tilbud' || file.collection === 'sider') {
      const refField = (field: string, allowed: Set<string>, what: string, soft: Set<string>) => {
        const values = (data[field] as string[] | undefined) ?? [];
        values.forEach((value, index) => {
          if (soft.has(value) && !allowed.has(value)) {
            warn(file.file, value, `${field}[${index}]: «${value}» står ikke i listen (${absentText(value)})`);
          } else if (!allowed.has(value)) problems.push({ file: file.file, problem: `${field}[${index}]: ${what} «${value}» finnes ikke` });
        });
      };
      const anyId = new Set([...offerIds, ...pageIds]);
      refField('related', anyId, 'siden eller tilbudet', new Set([...absentOfferIds, ...absentPageIds]));
      if (file.collection === 'tilbud') {
        refField('rights', pageIds, 'siden', absentPageIds);
        if (!contactIds.has(data.contact as string)) {
          problems.push({ file: file.file, problem: `contact: kontakten «${String(data.contact)}» finnes ikke i kontakter/ eller profilen` });
        }
      } else {
        refField('offers', offerIds, 'tilbudet', absentOfferIds);
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
          if (!target || knownPaths.has(target.path)) return;
          if (absentPaths.has(target.path)) warn(file.file, target.path, `${list}[${index}].path: inngangen til «${link.path}» vises ikke (${absentText(target.path)})`);
          else problems.push({ file: file.file, problem: `${list}[${index}].path: «${link.path}» peker til en side som ikke finnes` });
        });
      }
    }
    if (file.body) {
      // `{kontor}` works in the fields; in MDX text it is code, and the build would stop with a stack trace.
      for (const word of profileWordsInBody(file.body)) {
        problems.push({ file: file.file, problem: `teksten: «{${word}}» virker bare i feltene mellom strekene. Skriv ${PROFILE_COMPONENTS[word]} i teksten` });
      }
      for (const id of contactIdsInBody(file.body)) {
        if (!contactIds.has(id)) problems.push({ file: file.file, problem: `<Hjelpetelefon id="${id}" />: kontakten «${id}» finnes ikke i kontakter/` });
      }
      for (const href of linksIn(file.body)) {
        const target = internalTarget(href);
        // A link to the English section (/en/, docs/adr/0017-engelsk-del.md) is not a Norwegian
        // content file; the test of the built pages checks that every internal link works.
        if (!target || knownPaths.has(target.path) || isEnglishPath(target.path)) continue;
        if (absentPaths.has(target.path)) warn(file.file, target.path, `lenke: «${href}» blir vanlig tekst (${absentText(target.path)})`);
        else problems.push({ file: file.file, problem: `lenke: «${href}» peker til en side som ikke finnes` });
      }
    }
  }

  const profile = [...valid.values()].find(({ file }) => file.collection === 'profil')?.data as ProfileData | undefined;
  // An event belongs to an offer with a file in tilbud/; when that offer is a draft this
  // build leaves out, the event is left out with it (and checked all the same).
  const draftOfferIds = new Set(draftsLeftOut.filter((file) => file.collection === 'tilbud').map((file) => file.id));
  const eventContext = {
    offerIds: new Set([...offerIds, ...draftOfferIds]),
    contactIds,
    example: profile?.example ?? false,
    today: options.today ?? osloDate(buildMoment(undefined)),
  };
  const eventsLeftOut = [...valid.values()]
    .filter(({ file, data }) => file.collection === 'arrangementer' && draftOfferIds.has((data as EventData).offer))
    .map(({ file }) => file);
  const profileFile = profiles[0]?.file ?? 'profil.yaml';
  (profile?.screen?.offers ?? []).forEach((id, index) => {
    if (offerIds.has(id)) return;
    if (absentOfferIds.has(id)) warnOnce(profileFile, id, `screen.offers[${index}]: «${id}» vises ikke på skjermen (${absentText(id)})`);
    else problems.push({ file: profileFile, problem: `screen.offers[${index}]: tilbudet «${id}» finnes ikke i tilbud/` });
  });

  for (const { file, data } of valid.values()) {
    if (file.collection === 'arrangementer') checkEvent(file.file, file.id, data as EventData, eventContext, problems);
    if (file.collection === 'veiviser-sporsmal') checkGuideQuestions(file.file, data as QuestionsData, problems);
    if (file.collection === 'veiviser-regler') checkGuideRules(file.file, data as RulesData, new Set(ids('tilbud').map((offer) => offer.id)), problems);
  }

  return { problems, warnings, draftsLeftOut, eventsLeftOut, offerIds, pageIds, absentIds: new Set([...absentOfferIds, ...absentPageIds]) };
}

/** What to write in MDX text for a profile word from the fields. */
const PROFILE_COMPONENTS: Record<string, string> = { kontor: '<Kontor />', Kontor: '<Kontor stor />', kommune: '<Kommune />', Kommune: '<Kommune />' };

/** The profile words (`{kontor}`, `{kommune}`) written as such in MDX text, outside comments; each once. */
export function profileWordsInBody(body: string): string[] {
  const text = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/```[\s\S]*?```|`[^`\n]*`/g, '');
  return [...new Set([...text.matchAll(/\{\s*(kontor|Kontor|kommune|Kommune)\s*\}/g)].map((match) => match[1]!))];
}

function checkDuplicates(files: readonly ContentFile[], problems: ContentProblem[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const earlier = seen.get(file.id);
    if (earlier) problems.push({ file: file.file, problem: `ID-en «${file.id}» er brukt før, i ${earlier}` });
    else seen.set(file.id, file.file);
  }
}

/** The last lines of a build, in Norwegian: what was published, what was left out, and how many warnings. */
export function buildSummary(counts: {
  pages: number;
  offers: number;
  draftsLeftOut: readonly string[];
  /** Event files left out with their draft offer. Default: none. */
  eventsLeftOut?: readonly string[];
  warnings: number;
}): string {
  const lines = [
    `Ferdig: ${counts.pages} sider, ${counts.offers} tilbud, ${counts.draftsLeftOut.length} utkast utelatt, ${counts.warnings} ${counts.warnings === 1 ? 'advarsel' : 'advarsler'}.`,
    ...counts.draftsLeftOut.map((file) => `  utkast som ikke er med: ${file}`),
    ...(counts.eventsLeftOut ?? []).map((file) => `  arrangement som ikke er med, fordi tilbudet er et utkast: ${file}`),
  ];
  return lines.join('\n');
}
