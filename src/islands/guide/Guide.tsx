/**
 * The guide «Hva er viktig for deg?» as a Preact component, started by the page's script
 * with the data from the page's JSON block (see mount.ts). The answers live only in the URL
 * fragment (never the query string, never sent anywhere); on the device only if the person
 * ticks «Husk svarene», and one click forgets them. A link with answers opens the result.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
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

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

export default function Guide(data: GuideData) {
  const { questions, rules, text } = data;
  // The offers, pages and contacts carry what the filter needs (age bands, audience, target groups).
  const catalogue: Catalogue = { offers: data.offers, pages: data.pages, contacts: data.contacts };
  const [answers, setAnswers] = useState<Answers>({});
  const [view, setView] = useState<View>({ kind: 'question', id: questions[0]!.id, back: [], toResult: false });
  const [status, setStatus] = useState('');
  const [notice, setNotice] = useState('');
  const [remember, setRemember] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const showResult = (next: Answers) => {
    setAnswers(next);
    setView({ kind: 'result' });
  };

  useEffect(() => {
    const open = () => {
      const fromLink = parseFragment(window.location.hash);
      if (hasAnswers(fromLink)) showResult(fromLink);
    };
    open();
    const stored = storage()?.getItem(STORAGE_KEY) ?? null;
    if (stored) {
      setRemember(true);
      if (!hasAnswers(parseFragment(window.location.hash))) setSaved(stored);
    }
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);

  // The answers are written to the fragment, and to the device only when chosen.
  useEffect(() => {
    const fragment = serializeAnswers(answers);
    const url = `${window.location.pathname}${fragment ? `#${fragment}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.hash}`) window.history.replaceState(null, '', url);
    if (remember && fragment) storage()?.setItem(STORAGE_KEY, fragment);
  }, [answers, remember]);

  const result = useMemo(() => recommend(answers, rules, catalogue), [answers]);

  // Focus goes to each new question's heading, and to the result's, but not on first load.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    if (view.kind === 'result') {
      const fitting = result.fitting;
      setStatus(fitting === 0 ? fill(text.countNone, { kontor: data.office.name }) : fitting === 1 ? text.countOne! : fill(text.count, { count: fitting }));
    } else setStatus('');
  }, [view, result]);

  const go = (next: View) => {
    moved.current = true;
    setNotice('');
    setView(next);
  };

  const answer = (id: GuideQuestion['id'], values: string[], back: string[], toResult: boolean) => {
    const next = { ...answers, [id]: values };
    setAnswers(next);
    const following = nextQuestion(questions, next);
    if (following && !(toResult && questions.indexOf(following) < questions.findIndex((q) => q.id === id))) {
      go({ kind: 'question', id: following.id, back: [...back, id], toResult });
    } else go({ kind: 'result' });
  };

  const forget = () => {
    storage()?.removeItem(STORAGE_KEY);
    setRemember(false);
    setSaved(null);
    setNotice(text.forgotten!);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setNotice(text.copied!);
    } catch {
      setNotice(text.copyFailed!);
    }
  };

  const restart = () => {
    setAnswers({});
    go({ kind: 'question', id: questions[0]!.id, back: [], toResult: false });
  };

  const current = view.kind === 'question' ? questions.find((question) => question.id === view.id) : undefined;
  // «Spørsmål 3 av 9»: the place among the questions that apply now; an answer can add or skip one.
  const applying = relevantQuestions(questions, answers);

  return (
    <div class="pg-guide">
      {saved && view.kind === 'question' && (
        <div class="ds-alert" data-color="info">
          <p class="ds-paragraph">{text.saved}</p>
          <div class="pg-guide-actions">
            <button class="ds-button" data-variant="secondary" type="button" onClick={() => { moved.current = true; setSaved(null); showResult(parseFragment(saved)); }}>
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
            <div class="ds-field">
              <input
                class="ds-input"
                type="checkbox"
                id="guide-remember"
                checked={remember}
                aria-describedby="guide-remember-help"
                onChange={(event) => {
                  if (event.currentTarget.checked) {
                    setRemember(true);
                    setNotice(text.remembered!);
                  } else forget();
                }}
              />
              <label class="ds-label" data-weight="regular" for="guide-remember">
                {text.remember}
              </label>
              <p class="ds-paragraph" data-field="description" data-size="sm" id="guide-remember-help">
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
