/**
 * A reason only ever names answers the person gave. Over thousands of generated answers,
 * every «hvorfor» sentence the result shows (on the cards, under «andre passer også», beside
 * the rights pages, and the sentence to say on the phone) must be one of the sentences in
 * regler.yaml whose condition the person's own answers meet, and may quote only their answers.
 * Implied answers (a bereaved person's phase, children in the family after «at barna blir
 * sett») never justify a sentence. The checker is itself tested on sentences it must refuse.
 */
import { describe, expect, it } from 'vitest';
import { GUIDE_DIMENSION_CODES, GUIDE_DIMENSIONS, type GuideDimension } from '../../../src/lib/vocabulary';
import type { Answers } from '../../../src/lib/guide/types';
import { withImplied } from '../../../src/lib/guide/recommend';
import { data, questions, renderResult, rules } from './support';

/** A small seeded generator, so a failure can be repeated. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** Answers as a link could carry them: each question unanswered, «vet ikke», or any of its values. */
function randomAnswers(next: () => number): Answers {
  const answers: Answers = {};
  for (const dimension of GUIDE_DIMENSION_CODES) {
    const roll = next();
    if (roll < 0.35) continue;
    const values = GUIDE_DIMENSIONS[dimension].values as readonly string[];
    if (roll < 0.45) answers[dimension] = [];
    else if (GUIDE_DIMENSIONS[dimension].multi) answers[dimension] = values.filter(() => next() < 0.25);
    else answers[dimension] = [values[Math.floor(next() * values.length)]!];
  }
  return answers;
}

const decode = (html: string) =>
  html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The reasons the rendered result shows: elements marked as «why» and the sentence to say on the phone. */
const shownReasons = (html: string): string[] =>
  [...html.matchAll(/<(?:p|span) class="[^"]*\bpg-guide-(?:why|say)\b[^"]*">([^<]*)</g)].map((match) => decode(match[1]!));

const labelOf = (dimension: GuideDimension, value: string) =>
  questions.find((question) => question.id === dimension)?.options.find((option) => option.value === value)?.label ?? value;

/** The given values of a dimension that are among `values` (all when not listed). */
const givenAmong = (answers: Answers, dimension: GuideDimension, values?: readonly string[]) =>
  (answers[dimension] ?? []).filter((value) => !values || values.includes(value));

/** Every «…» in a text. */
const quotes = (text: string) => [...text.matchAll(/«([^«»]*)»/g)].map((match) => match[1]!);

const pattern = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{svar\\}', '(.+)')}$`);

interface Candidate {
  pattern: RegExp;
  /** True when the person's own answers meet the sentence's condition. */
  justified: boolean;
  /** The labels `{svar}` may quote. */
  quotable: string[];
  /** When set, the only text `{svar}` may be filled with. */
  whole?: string;
}

/** «a», «b» og «c» without the quotes, as the sentence to say on the phone lists the needs. */
const list = (labels: string[]) => (labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} og ${labels.at(-1)}`);

/** The sentences a reason may be, each with whether the answers justify it and which answers it may quote. */
function candidates(answers: Answers): Candidate[] {
  const fromTemplates = rules.forklaringer.map((template) => {
    const values = givenAmong(answers, template.dimension, template.values);
    return { pattern: pattern(template.text), justified: values.length > 0, quotable: values.map((value) => labelOf(template.dimension, value)) };
  });
  const fromPages = rules.sider.map((page) => {
    const lines = (page.when ?? []).filter((line) =>
      Object.entries(line).every(([dimension, values]) => givenAmong(answers, dimension as GuideDimension, values).length > 0),
    );
    const quotable = lines.flatMap((line) =>
      Object.entries(line).flatMap(([dimension, values]) => givenAmong(answers, dimension as GuideDimension, values).map((value) => labelOf(dimension as GuideDimension, value))),
    );
    return { pattern: pattern(page.reason), justified: !page.when || lines.length > 0, quotable };
  });
  const needs = givenAmong(answers, 'behov');
  const say = [data.text.officeSay!, data.text.officeSayNoNeeds!].map((text) => ({
    pattern: pattern(text.replace('{needs}', '{svar}')),
    justified: text === data.text.officeSayNoNeeds || needs.length > 0,
    quotable: [],
    whole: list(needs.map((value) => labelOf('behov', value).toLowerCase())),
  }));
  return [...fromTemplates, ...fromPages, ...say];
}

/** What is wrong with a reason shown for these answers; empty when it names only what was given. */
function problemsWith(reason: string, answers: Answers, possible = candidates(answers)): string[] {
  const matching = possible.filter((candidate) => candidate.pattern.test(reason));
  if (matching.length === 0) return [`«${reason}» er ingen av setningene i regler.yaml`];
  const fits = matching.filter((candidate) => {
    if (!candidate.justified) return false;
    const filled = candidate.pattern.exec(reason)?.[1];
    if (filled === undefined) return true;
    if (candidate.whole !== undefined) return filled === candidate.whole;
    const named = quotes(filled);
    return named.length > 0 && named.every((label) => candidate.quotable.includes(label));
  });
  return fits.length > 0 ? [] : [`«${reason}» bygger på svar personen ikke ga`];
}

describe('grunnene i resultatet', () => {
  it('2000 genererte svar: hver grunn som vises, nevner bare svar personen ga', () => {
    const next = random(20_261_201);
    const problems: string[] = [];
    let shown = 0;
    for (let i = 0; i < 2000; i += 1) {
      const answers = randomAnswers(next);
      const reasons = shownReasons(renderResult(answers));
      const possible = candidates(answers);
      shown += reasons.length;
      for (const reason of reasons) problems.push(...problemsWith(reason, answers, possible).map((problem) => `${problem} (${JSON.stringify(answers)})`));
    }
    expect(problems.slice(0, 10)).toEqual([]);
    // The generator reaches the cards, the rights pages and the phone sentence thousands of times.
    expect(shown).toBeGreaterThan(6000);
  }, 120_000);

  it('kontrollen avviser en grunn som bygger på et underforstått svar', () => {
    const answers: Answers = { dodsfall: ['ja-forventet'] };
    expect(withImplied(answers).fase).toEqual(['etter-dodsfall']);
    expect(problemsWith('Du svarte «etter-dodsfall» om hvor dere er nå.', answers)).not.toEqual([]);
    expect(problemsWith('Du har mistet noen. Dette tilbudet er for deg som er etterlatt.', answers)).toEqual([]);
  });

  it('kontrollen avviser en grunn som nevner flere behov enn personen valgte', () => {
    const answers: Answers = { behov: ['egen-helse'] };
    expect(problemsWith('Du sa at «Min egen helse, og å orke» er viktig for deg.', answers)).toEqual([]);
    expect(problemsWith('Du sa at «Min egen helse, og å orke» og «En pause» er viktig for deg.', answers)).not.toEqual([]);
    expect(problemsWith('Du sa at penger eller jobb er viktig for deg.', answers)).not.toEqual([]);
    expect(problemsWith('Dette kan du si når du ringer: «Jeg er pårørende. Det som er viktigst for meg nå, er min egen helse, og å orke.»', answers)).toEqual([]);
    expect(problemsWith('Dette kan du si når du ringer: «Jeg er pårørende. Det som er viktigst for meg nå, er en pause og min egen helse, og å orke.»', answers)).not.toEqual([]);
  });

  it('kontrollen avviser en side som vises på et svar personen ikke ga', () => {
    // «Det er barn i familien» when the person only said that the children should be seen.
    expect(problemsWith('Det er barn i familien. Barn som er pårørende, har egne rettigheter.', { behov: ['barn'] })).not.toEqual([]);
    expect(problemsWith('Du sa at «At barna i familien blir sett» er viktig for deg. Barn som er pårørende, har egne rettigheter.', { behov: ['barn'] })).toEqual([]);
  });

  it('hvert kort viser én grunn, ikke en liste', () => {
    const html = renderResult({ relasjon: ['partner'], tilstand: ['demens'], behov: ['avlastning'], belastning: ['over-30'], 'egen-alder': ['eldre'], dodsfall: ['nei'] });
    const cards = [...html.matchAll(/<li class="pg-guide-offer">(.*?)<\/li>/g)].map((match) => match[1]!);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.match(/pg-guide-why/g)).toHaveLength(1);
      expect(card).not.toContain('<ul');
    }
  });
});
