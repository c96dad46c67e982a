/**
 * Named predicates: the conditions a rule cannot say as «any of these values». Each is a
 * question about the answers, named as one. Rules in regler.yaml refer to them by name
 * (`when:`), so the names here are part of the content contract.
 */
import type { Answers } from './types';

const has = (answers: Answers, dimension: keyof Answers, ...values: string[]): boolean =>
  (answers[dimension] ?? []).some((value) => values.includes(value));

/** The relative is a child (under 13) or young (13–17). */
export const isChildOrYouth = (a: Answers): boolean => has(a, 'egen-alder', 'barn', 'ungdom');

/** The relative has lost someone. */
export const isBereaved = (a: Answers): boolean => has(a, 'dodsfall', 'ja-forventet', 'ja-brat');

/** Something acute has happened: acute illness, an acute phase, or a sudden death. */
export const isInCrisis = (a: Answers): boolean =>
  has(a, 'tilstand', 'akutt') || has(a, 'fase', 'akutt') || has(a, 'dodsfall', 'ja-brat');

/** The care takes more than ten hours a week: the relative may have a right to apply for relief (pbrl § 2-8). */
export const isEspeciallyHeavyCare = (a: Answers): boolean => has(a, 'belastning', '11-30', 'over-30');

/** Children are part of it: the relative is a child, or there are children in the family. */
export const childrenAreInvolved = (a: Answers): boolean =>
  isChildOrYouth(a) || has(a, 'barn-i-familien', 'ja') || has(a, 'behov', 'barn');

/** A young sibling, or the parent of a child, of someone who is ill or disabled. */
export const isSiblingOrParentOfSickChild = (a: Answers): boolean =>
  (has(a, 'relasjon', 'sosken') && isChildOrYouth(a)) || (has(a, 'relasjon', 'forelder-til') && has(a, 'personens-alder', 'barn'));

/** Someone died suddenly, or something acute has happened. */
export const isSuddenDeathOrAcute = (a: Answers): boolean => has(a, 'dodsfall', 'ja-brat') || has(a, 'fase', 'akutt');

/** The person has an acute or short illness, or the phase is acute. */
export const isAcuteIllness = (a: Answers): boolean => has(a, 'fase', 'akutt') || has(a, 'tilstand', 'akutt');

/** The predicates a rule may name in `when:`. */
export const PREDICATES = {
  isChildOrYouth,
  isBereaved,
  isInCrisis,
  isEspeciallyHeavyCare,
  childrenAreInvolved,
  isSiblingOrParentOfSickChild,
  isSuddenDeathOrAcute,
  isAcuteIllness,
} as const satisfies Record<string, (answers: Answers) => boolean>;

export type PredicateName = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as PredicateName[];

export const isPredicateName = (name: string): name is PredicateName => Object.hasOwn(PREDICATES, name);
