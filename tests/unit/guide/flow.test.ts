/**
 * The flow, node by node: for each question, the earlier answers that lead to it and the
 * answers that skip it. Generated checks make sure every question can be reached and the
 * main path stays at seven questions or fewer.
 */
import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../../src/lib/guide/codec';
import { isRelevant, mainPath, MAX_MAIN_PATH, nextQuestion, relevantQuestions } from '../../../src/lib/guide/flow';
import type { Answers, GuideQuestion } from '../../../src/lib/guide/types';
import { questions } from './support';

const ids = (list: readonly GuideQuestion[]) => list.map((question) => question.id);
const question = (id: string) => questions.find((candidate) => candidate.id === id)!;

/** Walks the flow with fixed answers and returns the questions asked, in order. */
function walk(fragment: string): string[] {
  const given = parseFragment(fragment);
  const answers: Answers = {};
  const asked: string[] = [];
  for (let next = nextQuestion(questions, answers); next; next = nextQuestion(questions, answers)) {
    asked.push(next.id);
    answers[next.id] = given[next.id] ?? [];
  }
  return asked;
}

describe('hovedveien', () => {
  it(`har høyst ${MAX_MAIN_PATH} spørsmål`, () => {
    expect(mainPath(questions).length).toBeLessThanOrEqual(MAX_MAIN_PATH);
  });

  it('begynner med hvem du er for personen', () => {
    expect(nextQuestion(questions, {})?.id).toBe('relasjon');
  });

  it('en partner som ikke svarer på noe, får bare hovedveien', () => {
    expect(walk('relasjon=partner')).toEqual(['relasjon', 'dodsfall', 'egen-alder', 'tilstand', 'behov', 'belastning', 'tjenester']);
  });

  it('er ferdig når alle relevante spørsmål er besvart', () => {
    const answers = Object.fromEntries(questions.map((q) => [q.id, []]));
    expect(nextQuestion(questions, answers)).toBeUndefined();
  });
});

describe('spørsmål som bare stilles når et svar gjør dem relevante', () => {
  it('personens-alder: stilles til en forelder, ikke til en partner', () => {
    expect(isRelevant(question('personens-alder'), parseFragment('relasjon=forelder-til'))).toBe(true);
    expect(isRelevant(question('personens-alder'), parseFragment('relasjon=partner'))).toBe(false);
  });

  it('personens-alder: stilles ikke til den som har mistet noen', () => {
    expect(isRelevant(question('personens-alder'), parseFragment('relasjon=sosken&dodsfall=ja-brat'))).toBe(false);
  });

  it('jobb: stilles til en voksen som vil ha en pause eller snakke om penger', () => {
    expect(isRelevant(question('jobb'), parseFragment('egen-alder=voksen&behov=okonomi'))).toBe(true);
    expect(isRelevant(question('jobb'), parseFragment('egen-alder=ungdom&behov=okonomi'))).toBe(false);
    expect(isRelevant(question('jobb'), parseFragment('egen-alder=voksen&behov=sorg'))).toBe(false);
  });

  it('fase: stilles når personen får hjelp eller venter på den', () => {
    expect(isRelevant(question('fase'), parseFragment('tjenester=ja'))).toBe(true);
    expect(isRelevant(question('fase'), parseFragment('tjenester=soker'))).toBe(true);
    expect(isRelevant(question('fase'), parseFragment('tjenester=nei'))).toBe(false);
  });

  it('barn-i-familien: stilles til en voksen partner, forelder eller søsken', () => {
    expect(isRelevant(question('barn-i-familien'), parseFragment('relasjon=partner&egen-alder=voksen'))).toBe(true);
    expect(isRelevant(question('barn-i-familien'), parseFragment('relasjon=partner&egen-alder=ungdom'))).toBe(false);
    expect(isRelevant(question('barn-i-familien'), parseFragment('relasjon=venn-nabo-kollega&egen-alder=voksen'))).toBe(false);
  });

  it('sprak: stilles til den som vil vite mer eller snakke med tjenestene', () => {
    expect(isRelevant(question('sprak'), parseFragment('behov=informasjon'))).toBe(true);
    expect(isRelevant(question('sprak'), parseFragment('behov=avlastning'))).toBe(false);
  });

  it('samtykke: stilles til en voksen som vil bli hørt, men ikke til den som har mistet noen', () => {
    expect(isRelevant(question('samtykke'), parseFragment('behov=medvirkning&egen-alder=voksen&dodsfall=nei'))).toBe(true);
    expect(isRelevant(question('samtykke'), parseFragment('behov=medvirkning&egen-alder=voksen&dodsfall=ja-forventet'))).toBe(false);
  });
});

describe('spørsmål som hoppes over', () => {
  it('den som har mistet noen, får ikke spørsmål om sykdom, tid eller tjenester, men om barn som også har mistet', () => {
    expect(walk('relasjon=sosken&dodsfall=ja-brat&egen-alder=voksen&behov=sorg')).toEqual(['relasjon', 'dodsfall', 'egen-alder', 'behov', 'barn-i-familien']);
  });

  it('et barn får ikke spørsmål om hvor mye tid det bruker, eller om tjenester', () => {
    expect(walk('relasjon=barn-av&dodsfall=nei&egen-alder=ungdom&tilstand=kreft&behov=emosjonell')).toEqual([
      'relasjon', 'dodsfall', 'egen-alder', 'tilstand', 'behov',
    ]);
  });

  it('en forelder til et sykt barn får spørsmål om alder, jobb, fase og barn i familien', () => {
    expect(
      walk('relasjon=forelder-til&personens-alder=barn&dodsfall=nei&egen-alder=voksen&behov=avlastning&tjenester=ja'),
    ).toEqual(['relasjon', 'dodsfall', 'egen-alder', 'personens-alder', 'tilstand', 'behov', 'jobb', 'belastning', 'tjenester', 'fase', 'barn-i-familien']);
  });
});

describe('hvert spørsmål kan nås', () => {
  for (const q of questions) {
    it(`«${q.id}» stilles for minst én kombinasjon av tidligere svar`, () => {
      const candidates: Answers[] = q.askIf ? q.askIf.map((condition) => Object.fromEntries(Object.entries(condition).map(([key, values]) => [key, [values![0]!]]))) : [{}];
      const reachable = candidates.some((answers) => isRelevant(q, answers) && ids(relevantQuestions(questions, answers)).includes(q.id));
      expect(reachable).toBe(true);
    });
  }
});
