/**
 * The result, built to be read on a phone: the offers that fit best as short cards (the
 * offer, one sentence on why, how to get it, whom to contact), the rest that fit behind
 * «N andre passer også», the municipality's office, helplines, rights and the answers, each
 * changeable. A child or a young person sees their own helplines first, and nothing written
 * for an adult carer. Also the one-page print sheet «Hva er viktig for meg». Everything is
 * text: nothing from the address bar is ever rendered as markup.
 */
import type { Ref } from 'preact';
import { listReasons, pageReason, quoteLabels } from '../../lib/guide/explain';
import type { Recommendation } from '../../lib/guide/recommend';
import type { Answers, GuideQuestion } from '../../lib/guide/types';
import { offerPath, pagePath, withBase } from '../../lib/routes';
import { fill } from './fill';
import type { ContactInfo, GuideData } from './types';

export { fill };

const tel = (phone: string) => `tel:${phone.replace(/\s+/g, '')}`;
/** A phone number that never wraps: its spaces do not break. */
const number = (phone: string) => phone.replace(/ /g, '\u00a0');

/** An e-mail address that breaks only after «@» and «.». */
const Email = ({ address }: { address: string }) => (
  <a class="ds-link pg-guide-email" href={`mailto:${address}`}>
    {address.split(/(?<=[@.])/).flatMap((part, index) => (index > 0 ? [<wbr key={index} />, part] : [part]))}
  </a>
);

function Contact({ contact, text }: { contact: ContactInfo; text: Record<string, string> }) {
  return (
    <p class="ds-paragraph pg-guide-contact" data-size="sm">
      <span class="pg-visually-hidden">{text.contact} </span>
      <strong lang={contact.lang}>{contact.name}</strong>
      {contact.phone && (
        <>
          {', '}
          <a class="ds-link" href={tel(contact.phone)}>
            {number(contact.phone)}
          </a>
        </>
      )}
      {contact.email && (
        <>
          {', '}
          <Email address={contact.email} />
        </>
      )}
    </p>
  );
}

function Helplines({ ids, data, heading }: { ids: string[]; data: GuideData; heading: string }) {
  return (
    <section aria-labelledby="guide-helplines" class="pg-guide-helplines">
      <h3 class="ds-heading" data-size="sm" id="guide-helplines">
        {heading}
      </h3>
      <ul>
        {ids.map((id) => {
          const contact = data.contacts[id]!;
          return (
            <li key={id}>
              <strong lang={contact.lang}>{contact.name}</strong>
              {contact.phone && (
                <>
                  {', '}
                  <a class="ds-link" href={tel(contact.phone)}>
                    {number(contact.phone)}
                  </a>
                </>
              )}
              {contact.description && <span class="pg-guide-description">: {contact.description}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface Props {
  data: GuideData;
  answers: Answers;
  result: Recommendation;
  relevant: GuideQuestion[];
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (id: GuideQuestion['id']) => void;
}

export function Result({ data, answers, result, relevant, headingRef, onChange }: Props) {
  const { text, offers, office, rules, questions, base } = data;
  const crisis = result.paths.includes('krise');
  const child = result.paths.includes('barn');
  const needs = questions.find((question) => question.id === 'behov');
  const chosenNeeds = answers.behov ?? [];
  const also = result.always.filter((offer) => offers[offer.id] && offer.id !== 'tjenestekontoret');
  // One sentence each: the strongest reason not already given on a card above.
  const reasons = listReasons([...result.offers, ...result.others], questions, rules.forklaringer, text.and);
  // An offer's or page's own address when the data gives one (the English guide links to /en/).
  const link = (id: string) => withBase(base, offers[id]?.path ?? offerPath(id));
  const helplines = result.helplines.length > 0 && (
    <Helplines ids={result.helplines} data={data} heading={child ? text.childHelplinesHeading! : text.helplinesHeading!} />
  );

  return (
    <div class="pg-guide-result">
      <h2 class="ds-heading pg-guide-screen" data-size="md" tabIndex={-1} ref={headingRef}>
        {text.resultHeading}
      </h2>
      <h2 class="ds-heading pg-guide-print" data-size="md">
        {text.printHeading}
      </h2>

      {crisis && (
        <section class="ds-alert pg-guide-crisis" data-color="danger" aria-labelledby="guide-crisis">
          <h3 class="ds-heading" data-size="sm" id="guide-crisis">
            {text.crisisHeading}
          </h3>
          <p class="ds-paragraph" data-size="sm">
            {text.crisisText}
          </p>
          <ul class="pg-guide-plain">
            {data.emergency.map((id) => {
              const contact = data.contacts[id]!;
              return (
                contact.phone && (
                  <li key={id}>
                    <a class="ds-link" href={tel(contact.phone)}>
                      {fill(text.call, { name: contact.name, phone: number(contact.phone) })}
                    </a>
                  </li>
                )
              );
            })}
          </ul>
        </section>
      )}

      {child && helplines}

      <section aria-labelledby="guide-offers">
        <h3 class="ds-heading" data-size="sm" id="guide-offers">
          {text.offersHeading}
        </h3>
        <ol class="pg-guide-offers">
          {result.offers.map((hit, index) => {
            const offer = offers[hit.id];
            if (!offer) return null;
            const reason = reasons[index];
            const contact = data.contacts[offer.contact];
            return (
              <li class="pg-guide-offer" key={hit.id}>
                <h4 class="ds-heading" data-size="xs">
                  <a class="ds-link" href={link(hit.id)} lang={offer.lang}>
                    {offer.title}
                  </a>
                </h4>
                {reason && (
                  <p class="ds-paragraph pg-guide-why" data-size="sm">
                    {reason}
                  </p>
                )}
                <p class="ds-paragraph pg-guide-how" data-size="sm">
                  <strong>{text.howToGet}</strong> {offer.howToGet}
                </p>
                {contact && <Contact contact={contact} text={text} />}
              </li>
            );
          })}
        </ol>
        {result.others.length > 0 && (
          <details class="pg-guide-others">
            <summary>{result.others.length === 1 ? text.othersOne : fill(text.others, { count: result.others.length })}</summary>
            <ul>
              {result.others.map((hit, index) => {
                const reason = reasons[result.offers.length + index];
                return (
                  <li key={hit.id}>
                    <a class="ds-link" href={link(hit.id)} lang={offers[hit.id]!.lang}>
                      {offers[hit.id]!.title}
                    </a>
                    {reason && <span class="pg-guide-why">{reason}</span>}
                  </li>
                );
              })}
            </ul>
          </details>
        )}
      </section>

      <section class="pg-guide-office" aria-labelledby="guide-office">
        <h3 class="ds-heading" data-size="sm" id="guide-office">
          {fill(text.officeHeading, { kontor: office.name })}
        </h3>
        <p class="ds-paragraph pg-guide-office-text" data-size="sm">
          {fill(child ? text.officeTextChild : text.officeText, { kontor: office.name })}
        </p>
        <p class="ds-paragraph" data-size="sm">
          <a class="ds-link" href={tel(office.phone)}>
            {fill(text.call, { name: office.name, phone: number(office.phone) })}
          </a>
          {`. ${office.hours}.`}
          {!child && (
            <>
              {' '}
              <Email address={office.email} />
            </>
          )}
        </p>
        {!child && (
          <p class="ds-paragraph pg-guide-say" data-size="sm">
            {chosenNeeds.length > 0
              ? fill(text.officeSay, { needs: quoteLabels(needs, chosenNeeds, text.and).replace(/[«»]/g, '').toLowerCase() })
              : text.officeSayNoNeeds}
          </p>
        )}
      </section>

      {!child && helplines}

      {result.pages.length > 0 && (
        <section aria-labelledby="guide-rights" class="pg-guide-rights">
          <h3 class="ds-heading" data-size="sm" id="guide-rights">
            {text.rightsHeading}
          </h3>
          <ul>
            {result.pages.map((page) => (
              <li key={page.id}>
                <a class="ds-link" href={withBase(base, data.pages[page.id]!.path ?? pagePath(page.id))} lang={data.pages[page.id]!.lang}>
                  {data.pages[page.id]!.title}
                </a>
                <span class="pg-guide-description pg-guide-why">{pageReason(page, questions, text.and)}</span>
              </li>
            ))}
          </ul>
          {!child && (
            <p class="ds-paragraph" data-size="sm">
              {text.rightsNote}
            </p>
          )}
        </section>
      )}

      {also.length > 0 && (
        <section aria-labelledby="guide-also" class="pg-guide-also">
          <h3 class="ds-heading" data-size="sm" id="guide-also">
            {text.alsoHeading}
          </h3>
          <ul>
            {also.map((hit) => (
              <li key={hit.id}>
                <a class="ds-link" href={link(hit.id)} lang={offers[hit.id]!.lang}>
                  {offers[hit.id]!.title}
                </a>
                <span class="pg-guide-note">{offers[hit.id]!.howToGet}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="guide-answers" class="pg-guide-answers">
        <h3 class="ds-heading" data-size="sm" id="guide-answers">
          {text.answersHeading}
        </h3>
        <p class="ds-paragraph pg-guide-screen">{text.answersText}</p>
        <dl>
          {relevant.map((question) => {
            const given = answers[question.id];
            const shown = given === undefined ? text.notAnswered : given.length === 0 ? text.unsure : quoteLabels(question, given, text.and).replace(/[«»]/g, '');
            return (
              <div key={question.id} class={given === undefined ? 'pg-guide-unanswered' : undefined}>
                <dt>{question.heading}</dt>
                <dd>
                  <span>{shown}</span>{' '}
                  <button
                    class="ds-button pg-guide-screen"
                    data-variant="tertiary"
                    data-size="sm"
                    type="button"
                    aria-label={fill(given === undefined ? text.answerLabel : text.changeLabel, { question: question.heading })}
                    onClick={() => onChange(question.id)}
                  >
                    {given === undefined ? text.answer : text.change}
                  </button>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>

      <section class="pg-guide-print pg-guide-notes" aria-labelledby="guide-notes">
        <h3 class="ds-heading" data-size="sm" id="guide-notes">
          {text.notes}
        </h3>
        <p class="ds-paragraph" data-size="sm">
          {fill(text.printContact, { kontor: office.name, phone: office.phone, email: office.email, hours: office.hours })}
        </p>
      </section>
    </div>
  );
}
