/**
 * One question: a fieldset whose legend is the question's heading, radio buttons for one
 * answer, checkboxes for several. «Vet ikke / vil ikke svare» is stored as an empty answer.
 * The step («Spørsmål 3 av 9») stands inside the heading, so a screen reader says it with
 * the question when focus moves there.
 */
import { Component, type Ref } from 'preact';
import { GUIDE_DIMENSIONS } from '../../lib/vocabulary';
import type { GuideQuestion } from '../../lib/guide/types';
import { fill } from './fill';

const UNSURE = '';

interface Props {
  question: GuideQuestion;
  given: readonly string[] | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  text: Record<string, string>;
  canGoBack: boolean;
  /** This question's place among the questions that apply, from 1. */
  step: number;
  /** How many questions apply to the answers so far. */
  total: number;
  onAnswer: (values: string[]) => void;
  onBack: () => void;
}

export class Question extends Component<Props, { chosen: string[]; error: boolean }> {
  constructor(props: Props) {
    super(props);
    const { given, question } = props;
    this.state = { chosen: given ? (given.length === 0 && !GUIDE_DIMENSIONS[question.id].multi ? [UNSURE] : [...given]) : [], error: false };
  }

  override render() {
    const { question, headingRef, text, canGoBack, step, total, onAnswer, onBack } = this.props;
    const { chosen, error } = this.state;
    const multi = GUIDE_DIMENSIONS[question.id].multi;
    const id = `q-${question.id}`;
    const options = question.unsure && !multi ? [...question.options, { value: UNSURE, label: question.unsure, help: undefined }] : question.options;
    const described = [question.help ? `${id}-help` : '', multi ? `${id}-multi` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');

    const toggle = (value: string, checked: boolean) =>
      this.setState({ error: false, chosen: !multi ? [value] : checked ? [...chosen, value] : chosen.filter((item) => item !== value) });

    const submit = (event: Event) => {
      event.preventDefault();
      if (!multi && chosen.length === 0) this.setState({ error: true });
      else onAnswer(chosen.filter((value) => value !== UNSURE));
    };

    return (
      <form class="pg-guide-question" onSubmit={submit} noValidate>
        <fieldset class="pg-guide-fieldset" aria-describedby={described || undefined} aria-invalid={error || undefined}>
          <legend>
            <h2 class="ds-heading" data-size="md" tabIndex={-1} ref={headingRef}>
              <span class="pg-guide-step">
                {fill(text.progress, { n: step, total })}
                <span class="pg-visually-hidden">.</span>
              </span>
              {question.heading}
            </h2>
          </legend>
          {question.help && (
            <p class="ds-paragraph pg-guide-hint" id={`${id}-help`}>
              {question.help}
            </p>
          )}
          {multi && (
            <p class="ds-paragraph pg-guide-hint" id={`${id}-multi`}>
              {text.optional}
            </p>
          )}
          {error && (
            <p class="ds-paragraph pg-guide-error" id={`${id}-error`}>
              {text.choose}
            </p>
          )}
          {options.map((option, index) => (
            <div class="pg-guide-option" key={option.value}>
              <input
                type={multi ? 'checkbox' : 'radio'}
                name={question.id}
                id={`${id}-${index}`}
                value={option.value}
                checked={chosen.includes(option.value)}
                aria-describedby={option.help ? `${id}-${index}-help` : undefined}
                onChange={(event) => toggle(option.value, event.currentTarget.checked)}
              />
              <label for={`${id}-${index}`}>
                {option.label}
              </label>
              {option.help && (
                <p class="ds-paragraph pg-guide-hint" data-size="sm" id={`${id}-${index}-help`}>
                  {option.help}
                </p>
              )}
            </div>
          ))}
        </fieldset>
        <div class="pg-guide-actions">
          <button class="ds-button" data-variant="primary" type="submit">
            {text.next}
          </button>
          {canGoBack && (
            <button class="ds-button" data-variant="tertiary" type="button" onClick={onBack}>
              {text.back}
            </button>
          )}
        </div>
      </form>
    );
  }
}
