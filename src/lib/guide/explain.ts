/**
 * «Fordi du svarte …»: turns the answers behind a hit into sentences, from the templates in
 * regler.yaml. Returns plain text; the island renders it as text, never as markup.
 */
import type { ExplanationTemplate, GuideQuestion } from './types';
import type { Reason } from './recommend';

/** The labels of the chosen values, each in «», joined with commas and «og». */
export function quoteLabels(question: GuideQuestion | undefined, values: readonly string[]): string {
  const labels = values.map((value) => `«${question?.options.find((option) => option.value === value)?.label ?? value}»`);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} og ${labels.at(-1)}`;
}

/** One sentence per reason that has a template; reasons without one are left out. */
export function explain(reasons: readonly Reason[], questions: readonly GuideQuestion[], templates: readonly ExplanationTemplate[]): string[] {
  return reasons.flatMap((reason) => {
    const template = templates.find(
      (candidate) => candidate.dimension === reason.dimension && (!candidate.values || reason.values.some((value) => candidate.values?.includes(value))),
    );
    if (!template) return [];
    const question = questions.find((candidate) => candidate.id === reason.dimension);
    const values = template.values ? reason.values.filter((value) => template.values?.includes(value)) : reason.values;
    return [template.text.replace('{svar}', quoteLabels(question, values))];
  });
}
