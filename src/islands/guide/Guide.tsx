/**
 * The guide «Hva er viktig for deg?» as a Preact component, started by the page's script
 * with the data from the page's JSON block (see mount.ts). The answers live only in the URL
 * fragment (never the query string, never sent anywhere); on the device only if the person
 * ticks «Husk svarene», and one click forgets them. A link with answers opens the result.
 */
import { Component, createRef } from 'preact';
import { hasAnswers, parseFragment, serializeAnswers } from '../../lib/guide/codec';
import { nextQuestion, relevantQuestions } from '../../lib/guide/flow';
import { recommend, type Catalogue } from '../../lib/guide/recommend';
import type { Answers, GuideQuestion } from '../../lib/guide/types';
import { Question } from './Question';
import { fill } from './fill';
import { Result } from './Result';
import type { GuideData } from './types';

const STORAGE_KEY = 'parorendeguiden.svar';

type View = { kind: 'question'; id: GuideQuestion['id']; back: string[]; toResult: boolean } | { kind: 'result' };

interface State {
  answers: Answers;
  view: View;
  /** What the status line says besides the count: copied, remembered, forgotten. */
  notice: string;
  /** True when the answers are kept on this device. */
  remember: boolean;
  /** Answers kept on this device from an earlier visit, offered when the page opens without any. */
  saved: string | null;
}

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/**
 * A class rather than hooks: the page has a byte budget, and Preact's hooks module would be
 * a sixth of the guide's JavaScript.
 */
export default class Guide extends Component<GuideData, State> {
  override state: State = { answers: {}, view: { kind: 'question', id: this.props.questions[0]!.id, back: [], toResult: false }, notice: '', remember: false, saved: null };
  private heading = createRef<HTMLHeadingElement>();
  /** True once the person has moved on; focus is not moved on first load. */
  private moved = false;

  override componentDidMount(): void {
    this.open();
    const stored = storage()?.getItem(STORAGE_KEY) ?? null;
    if (stored) this.setState({ remember: true, saved: hasAnswers(parseFragment(window.location.hash)) ? null : stored });
    window.addEventListener('hashchange', this.open);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('hashchange', this.open);
  }

  override componentDidUpdate(_: GuideData, before: State): void {
    const { answers, remember, view } = this.state;
    // The answers are written to the fragment, and to the device only when chosen.
    if (answers !== before.answers || remember !== before.remember) {
      const fragment = serializeAnswers(answers);
      const url = `${window.location.pathname}${fragment ? `#${fragment}` : ''}`;
      if (url !== `${window.location.pathname}${window.location.hash}`) window.history.replaceState(null, '', url);
      if (remember && fragment) storage()?.setItem(STORAGE_KEY, fragment);
    }
    // Focus goes to each new question's heading, and to the result's, but not on first load.
    if (view !== before.view && this.moved) this.heading.current?.focus();
  }

  /** A link with answers opens the result. */
  private open = () => {
    const fromLink = parseFragment(window.location.hash);
    if (hasAnswers(fromLink)) this.setState({ answers: fromLink, view: { kind: 'result' } });
  };

  private go(view: View) {
    this.moved = true;
    this.setState({ view, notice: '' });
  }

  private answer(id: GuideQuestion['id'], values: string[], back: string[], toResult: boolean) {
    const { questions } = this.props;
    const answers = { ...this.state.answers, [id]: values };
    this.setState({ answers });
    const following = nextQuestion(questions, answers);
    if (following && !(toResult && questions.indexOf(following) < questions.findIndex((q) => q.id === id))) {
      this.go({ kind: 'question', id: following.id, back: [...back, id], toResult });
    } else this.go({ kind: 'result' });
  }

  private forget = () => {
    storage()?.removeItem(STORAGE_KEY);
    this.setState({ remember: false, saved: null, notice: this.props.text.forgotten! });
  };

  private copy = async () => {
    const { text } = this.props;
    try {
      await navigator.clipboard.writeText(window.location.href);
      this.setState({ notice: text.copied! });
    } catch {
      this.setState({ notice: text.copyFailed! });
    }
  };

  private restart = () => {
    this.setState({ answers: {} });
    this.go({ kind: 'question', id: this.props.questions[0]!.id, back: [], toResult: false });
  };

  override render() {
    const data = this.props;
    const { questions, rules, text } = data;
    const { answers, view, notice, remember, saved } = this.state;
    const heading = this.heading;
    // The offers, pages and contacts carry what the filter needs (age bands, audience, target groups).
    const catalogue: Catalogue = { offers: data.offers, pages: data.pages, contacts: data.contacts };
    const result = recommend(answers, rules, catalogue);
    const fitting = result.fitting;
    // The count is said in the status line when the result shows.
    const status =
      view.kind !== 'result' ? '' : fitting === 0 ? fill(text.countNone, { kontor: data.office.name }) : fitting === 1 ? text.countOne! : fill(text.count, { count: fitting });
    const go = (next: View) => this.go(next);
    const answer = (id: GuideQuestion['id'], values: string[], back: string[], toResult: boolean) => this.answer(id, values, back, toResult);
    const { forget, copy, restart } = this;
    const current = view.kind === 'question' ? questions.find((question) => question.id === view.id) : undefined;
    // «Spørsmål 3 av 9»: the place among the questions that apply now; an answer can add or skip one.
    const applying = relevantQuestions(questions, answers);

    return (
      <div class="pg-guide">
        {saved && view.kind === 'question' && (
          <div class="ds-alert" data-color="info">
            <p class="ds-paragraph">{text.saved}</p>
            <div class="pg-guide-actions">
              <button class="ds-button" data-variant="secondary" type="button" onClick={() => { this.moved = true; this.setState({ saved: null, answers: parseFragment(saved), view: { kind: 'result' } }); }}>
                {text.useSaved}
              </button>
              <button class="ds-button" data-variant="tertiary" type="button" onClick={forget}>
                {text.forget}
              </button>
            </div>
          </div>
        )}
        {current && view.kind === 'question' && (
          <Question
            key={current.id}
            question={current}
            given={answers[current.id]}
            headingRef={heading}
            text={text}
            canGoBack={view.back.length > 0 || view.toResult}
            step={applying.indexOf(current) + 1}
            total={applying.length}
            onAnswer={(values) => answer(current.id, values, view.back, view.toResult)}
            onBack={() => {
              const previous = view.back.at(-1);
              if (previous) go({ kind: 'question', id: previous as GuideQuestion['id'], back: view.back.slice(0, -1), toResult: view.toResult });
              else go({ kind: 'result' });
            }}
          />
        )}
        {view.kind === 'result' && (
          <>
            <Result
              data={data}
              answers={answers}
              result={result}
              relevant={applying}
              headingRef={heading}
              onChange={(id) => go({ kind: 'question', id, back: [], toResult: true })}
            />
            <section class="pg-guide-tools pg-guide-screen" aria-labelledby="guide-tools">
              <h3 class="ds-heading" data-size="sm" id="guide-tools">
                {text.toolsHeading}
              </h3>
              <div class="pg-guide-actions">
                <button class="ds-button" data-variant="secondary" type="button" onClick={copy}>
                  {text.copy}
                </button>
                <button class="ds-button" data-variant="secondary" type="button" onClick={() => window.print()}>
                  {text.print}
                </button>
                <button class="ds-button" data-variant="tertiary" type="button" onClick={restart}>
                  {text.restart}
                </button>
              </div>
              <div class="pg-guide-option">
                <input
                  type="checkbox"
                  id="guide-remember"
                  checked={remember}
                  aria-describedby="guide-remember-help"
                  onChange={(event) => {
                    if (event.currentTarget.checked) this.setState({ remember: true, notice: text.remembered! });
                    else forget();
                  }}
                />
                <label for="guide-remember">
                  {text.remember}
                </label>
                <p class="ds-paragraph pg-guide-hint" data-size="sm" id="guide-remember-help">
                  {text.rememberHelp}
                </p>
              </div>
              {remember && (
                <button class="ds-button" data-variant="tertiary" type="button" onClick={forget}>
                  {text.forget}
                </button>
              )}
            </section>
          </>
        )}
        <p class="ds-paragraph pg-guide-status" role="status">
          {status}
          {status && notice ? ' ' : ''}
          {notice}
        </p>
      </div>
    );
  }
}
