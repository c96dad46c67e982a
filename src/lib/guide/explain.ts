/**
 * «Hvorfor»: turns the answers behind a hit into sentences, from the templates in
 * regler.yaml. Returns plain text; the island renders it as text, never as markup.
 * Only the person's own answers come in (recommend() leaves implied ones out), so a
 * sentence never names an answer the person did not give.
 */
import type { ExplanationTemplate, GuideQuestion } from './types';
import type { Reason, RecommendedPage } from './recommend';

/** The labels of the chosen values, each in «», joined with commas and «og» (`and`: the word in the page's language, «and» in English). */
export function quoteLabels(question: GuideQuestion | undefined, values: readonly string[], and = 'og'): string {
  const labels = values.map((value) => `«${question?.options.find((option) => option.value === value)?.label ?? value}»`);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} ${and} ${labels.at(-1)}`;
}

/** One sentence per reason that has a template, in the reasons' order; reasons without one are left out. */
export function explain(reasons: readonly Reason[], questions: readonly GuideQuestion[], templates: readonly ExplanationTemplate[], and = 'og'): string[] {
  return reasons.flatMap((reason) => {
    const template = templates.find(
      (candidate) => candidate.dimension === reason.dimension && (!candidate.values || reason.values.some((value) => candidate.values?.includes(value))),
    );
    if (!template) return [];
    const question = questions.find((candidate) => candidate.id === reason.dimension);
    const values = template.values ? reason.values.filter((value) => template.values?.includes(value)) : reason.values;
    return [template.text.replace('{svar}', () => quoteLabels(question, values, and))];
  });
}

/** The one sentence a result card shows: the strongest reason that has a template. */
export const strongestReason = (reasons: readonly Reason[], questions: readonly GuideQuestion[], templates: readonly ExplanationTemplate[]): string | undefined =>
  explain(reasons, questions, templates)[0];

/**
 * One sentence for each of a list of hits, in order: the strongest reason not already said
 * for a hit above it, so five cards do not repeat «Du sa at «En pause» er viktig for deg»;
 * the strongest one when every reason has been said.
 */
export function listReasons(
  hits: readonly { reasons: readonly Reason[] }[],
  questions: readonly GuideQuestion[],
  templates: readonly ExplanationTemplate[],
  and = 'og',
): (string | undefined)[] {
  const said = new Set<string>();
  return hits.map((hit) => {
    const sentences = explain(hit.reasons, questions, templates, and);
    const sentence = sentences.find((candidate) => !said.has(candidate)) ?? sentences[0];
    if (sentence) said.add(sentence);
    return sentence;
  });
}

/** A page's reason, with `{svar}` filled with the answers that made the page fit. */
export function pageReason(page: RecommendedPage, questions: readonly GuideQuestion[], and = 'og'): string {
  const given = page.because.filter((reason) => reason.values.length > 0);
  return page.reason.replace('{svar}', () =>
    given.map((reason) => quoteLabels(questions.find((question) => question.id === reason.dimension), reason.values, and)).join(` ${and} `),
  );
}
