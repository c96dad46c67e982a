/**
 * The flow: which question comes next. Routing only; the questions and their
 * conditions are data (content/nasjonalt/veiviser/sporsmal.yaml). Questions come in file
 * order; one with `askIf` is asked only when an earlier answer makes it relevant, one with
 * `skipIf` is skipped when an earlier answer makes it pointless.
 */
import { anyHolds } from './conditions';
import type { Answers, GuideQuestion } from './types';

/** The most questions a person sees when no answer opens an extra one. */
export const MAX_MAIN_PATH = 7;

/** True when the question should be asked, given the answers so far. */
export function isRelevant(question: GuideQuestion, answers: Answers): boolean {
  if (question.askIf && !anyHolds(question.askIf, answers)) return false;
  if (question.skipIf && anyHolds(question.skipIf, answers)) return false;
  return true;
}

/** The questions that apply to these answers, in order. */
export const relevantQuestions = (questions: readonly GuideQuestion[], answers: Answers): GuideQuestion[] =>
  questions.filter((question) => isRelevant(question, answers));

/** The next question to ask: the first relevant one not answered yet, or undefined when done. */
export function nextQuestion(questions: readonly GuideQuestion[], answers: Answers): GuideQuestion | undefined {
  return questions.find((question) => answers[question.id] === undefined && isRelevant(question, answers));
}

/** The questions everyone is asked unless an answer skips them: those without `askIf`. */
export const mainPath = (questions: readonly GuideQuestion[]): GuideQuestion[] => questions.filter((question) => !question.askIf);

/** Answers without the ones to questions that no longer apply (used for the summary). */
export function answeredRelevant(questions: readonly GuideQuestion[], answers: Answers): GuideQuestion[] {
  return relevantQuestions(questions, answers).filter((question) => answers[question.id] !== undefined);
}
