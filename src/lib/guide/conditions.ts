/** Conditions over answers: all listed dimensions, each any of the listed values. */
import type { GuideDimension } from '../vocabulary';
import type { Answers, Condition, Conditions } from './types';

/** True when every dimension in the condition has one of its values among the answers. */
export function holds(condition: Condition, answers: Answers): boolean {
  return Object.entries(condition).every(([dimension, values]) =>
    (answers[dimension as GuideDimension] ?? []).some((value) => (values ?? []).includes(value)),
  );
}

/** True when at least one condition holds. */
export const anyHolds = (conditions: Conditions, answers: Answers): boolean => conditions.some((condition) => holds(condition, answers));
