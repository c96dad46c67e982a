/**
 * The guide's data checked against the closed lists: every dimension, value, offer ID and
 * predicate the questions and rules name must exist. A rule may name an offer this
 * municipality does not have (it is then not shown), but not one that exists nowhere.
 */
import { GUIDE_DIMENSIONS, OFFER_IDS, type GuideDimension } from '../vocabulary';
import { isPredicateName, PREDICATE_NAMES } from '../guide/predicates';
import { MAX_MAIN_PATH } from '../guide/flow';
import type { QuestionsData, RulesData } from '../../schemas/guide';
import type { ContentProblem } from './issues';

const isDimension = (key: string): key is GuideDimension => Object.hasOwn(GUIDE_DIMENSIONS, key);
const quote = (values: readonly string[]) => values.map((value) => `«${value}»`).join(', ');

type Report = (field: string, problem: string) => void;

function checkDimension(key: string, field: string, report: Report): key is GuideDimension {
  if (isDimension(key)) return true;
  report(field, `spørsmålet «${key}» finnes ikke. Bruk en av: ${quote(Object.keys(GUIDE_DIMENSIONS))}`);
  return false;
}

function checkValues(dimension: GuideDimension, values: readonly string[], field: string, report: Report): void {
  const allowed = GUIDE_DIMENSIONS[dimension].values as readonly string[];
  values.forEach((value, index) => {
    if (!allowed.includes(value)) report(`${field}[${index}]`, `svaret «${value}» finnes ikke for ${dimension}. Bruk en av: ${quote(allowed)}`);
  });
}

function checkCondition(condition: Record<string, string[]>, field: string, report: Report): void {
  for (const [key, values] of Object.entries(condition)) {
    if (checkDimension(key, `${field}.${key}`, report)) checkValues(key, values, `${field}.${key}`, report);
  }
}

export function checkGuideQuestions(file: string, data: QuestionsData, problems: ContentProblem[]): void {
  const report: Report = (field, problem) => problems.push({ file, problem: `${field}: ${problem}` });
  const seen: string[] = [];
  data.questions.forEach((question, index) => {
    const field = `questions[${index}]`;
    if (seen.includes(question.id)) report(`${field}.id`, `spørsmålet «${question.id}» står to ganger`);
    const dimension = question.id as GuideDimension;
    checkValues(dimension, question.options.map((option) => option.value), `${field}.options`, report);
    for (const kind of ['askIf', 'skipIf'] as const) {
      (question[kind] ?? []).forEach((condition, line) => {
        checkCondition(condition, `${field}.${kind}[${line}]`, report);
        for (const key of Object.keys(condition)) {
          if (isDimension(key) && !seen.includes(key)) {
            report(`${field}.${kind}[${line}].${key}`, `spørsmålet «${key}» kommer ikke før «${question.id}», så svaret finnes ikke ennå`);
          }
        }
      });
    }
    seen.push(question.id);
  });
  const main = data.questions.filter((question) => !question.askIf).length;
  if (main > MAX_MAIN_PATH) {
    problems.push({ file, problem: `questions: ${main} spørsmål stilles til alle, men høyst ${MAX_MAIN_PATH} kan det. Gi noen av dem askIf` });
  }
}

export function checkGuideRules(file: string, data: RulesData, offerFiles: ReadonlySet<string>, problems: ContentProblem[]): void {
  const report: Report = (field, problem) => problems.push({ file, problem: `${field}: ${problem}` });
  for (const [id, rule] of Object.entries(data.tilbud)) {
    const field = `tilbud.${id}`;
    if (!(OFFER_IDS as readonly string[]).includes(id) && !offerFiles.has(id)) {
      report(field, `tilbudet «${id}» finnes ikke. Bruk ID-en til et tilbud (filnavnet i tilbud/)`);
    }
    checkCondition(rule.match, `${field}.match`, report);
    for (const kind of ['hard', 'enough'] as const) {
      (rule[kind] ?? []).forEach((key, index) => {
        if (checkDimension(key, `${field}.${kind}[${index}]`, report) && !(key in rule.match)) {
          report(`${field}.${kind}[${index}]`, `«${key}» må også stå i match`);
        }
      });
    }
    if (rule.when !== undefined && !isPredicateName(rule.when)) {
      report(`${field}.when`, `regelen «${rule.when}» finnes ikke. Bruk en av: ${quote(PREDICATE_NAMES)}`);
    }
  }
  for (const list of ['sider', 'hjelpetelefoner'] as const) {
    data[list].forEach((entry, index) => {
      (entry.when ?? []).forEach((condition, line) => checkCondition(condition, `${list}[${index}].when[${line}]`, report));
    });
  }
  data.sider.forEach((page, index) => {
    if (!page.when && page.reason.includes('{svar}')) {
      report(`sider[${index}].reason`, '{svar} kan bare brukes når siden har when, for uten when har personen ikke gitt noe svar som fører dit');
    }
  });
  data.forklaringer.forEach((template, index) => {
    if (template.values) checkValues(template.dimension as GuideDimension, template.values, `forklaringer[${index}].values`, report);
    // A sentence without {svar} and without values would claim the same for every answer.
    if (!template.values && !template.text.includes('{svar}')) {
      report(`forklaringer[${index}]`, 'en forklaring uten values må ha {svar}, ellers sier den det samme om alle svar');
    }
  });
}
