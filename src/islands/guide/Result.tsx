/**
 * The result: what helps, most relevant first, each with «fordi du svarte …», how to get it
 * and whom to contact; the municipality's office; rights; helplines; and the answers, each
 * changeable. Also the one-page print sheet «Hva er viktig for meg». Everything is text:
 * nothing from the address bar is ever rendered as markup.
 */
import type { Ref } from 'preact';
import { explain, quoteLabels } from '../../lib/guide/explain';
import type { Recommendation } from '../../lib/guide/recommend';
import type { Answers, GuideQuestion } from '../../lib/guide/types';
import type { ContactInfo, GuideProps } from './types';

export const fill = (template: string | undefined, values: Record<string, string | number>): string =>
  (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

const tel = (phone: string) => `tel:${phone.replace(/\s+/g, '')}`;

function Contact({ contact, text }: { contact: ContactInfo; text: Record<string, string> }) {
  return (
    <p class="ds-paragraph pg-guide-contact" data-size="sm">
      <strong>{text.contact}</strong> {contact.name}
      {contact.phone && (
        <>
          {', '}
          <a class="ds-link" href={tel(contact.phone)}>
            {contact.phone}
          </a>
        </>
      )}
      {contact.email && (
        <span class="pg-guide-email">
          {', '}
          <a class="ds-link" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </span>
      )}
    </p>
  );
}

interface Props {
  data: GuideProps;
  answers: Answers;
  result: Recommendation;
  relevant: GuideQuestion[];
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (id: GuideQuestion['id']) => void;
}

export function Result({ data, answers, result, relevant, headingRef, onChange }: Props) {
  const { text, offers, office, rules, questions } = data;
  const crisis = result.paths.includes('krise');
  const needs = questions.find((question) => question.id === 'behov');
  const chosenNeeds = answers.behov ?? [];
  const also = result.always.filter((offer) => offers[offer.id] && offer.id !== 'tjenestekontoret');
  const more = result.fitting - result.offers.length;

  return (
    <div class="pg-guide-result">
      <h2 class="ds-heading pg-guide-screen" data-size="lg" tabIndex={-1} ref={headingRef}>
        {text.resultHeading}
      </h2>
      <h2 class="ds-heading pg-guide-print" data-size="lg">
        {text.printHeading}
      </h2>

      {crisis && (
        <section class="ds-alert pg-guide-crisis" data-color="danger" aria-labelledby="guide-crisis">
          <h3 class="ds-heading" data-size="sm" id="guide-crisis">
            {text.crisisHeading}
          </h3>
          <p class="ds-paragraph">{text.crisisText}</p>
          <ul class="pg-guide-plain">
            {data.emergency.map((contact) => (
              <li key={contact.name}>
                {contact.phone && (
                  <a class="ds-link" href={tel(contact.phone)}>
                    {fill(text.call, { name: contact.name, phone: contact.phone })}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="guide-offers">
        <h3 class="ds-heading" data-size="md" id="guide-offers">
          {text.offersHeading}
        </h3>
        {more > 0 && (
          <p class="ds-paragraph pg-guide-more">
            {fill(text.countMore, { shown: result.offers.length, more })}{' '}
            <a class="ds-link" href={data.allOffersHref}>
              {text.allOffers}
            </a>
          </p>
        )}
        <ol class="pg-guide-offers">
          {result.offers.map((hit) => {
            const offer = offers[hit.id];
            if (!offer) return null;
            const reasons = explain(hit.reasons, questions, rules.forklaringer);
            return (
              <li class="ds-card pg-guide-offer" data-variant="tinted" key={hit.id}>
                <h4 class="ds-heading" data-size="xs">
                  <a class="ds-link" href={offer.href}>
                    {offer.title}
                  </a>
                </h4>
                <p class="ds-paragraph pg-guide-kind" data-size="sm">
                  {offer.kind === 'vedtak' ? text.kindVedtak : text.kindLavterskel}
                </p>
                <p class="ds-paragraph">{offer.lead}</p>
                {reasons.length > 0 && (
                  <div class="pg-guide-reasons">
                    <p class="ds-paragraph" data-size="sm">
                      <strong>{text.because}</strong>
                    </p>
                    <ul>
                      {reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </div>
                )}
                <p class="ds-paragraph" data-size="sm">
                  <strong>{text.howToGet}</strong> {offer.howToGet}
                </p>
                {offer.contact && <Contact contact={offer.contact} text={text} />}
              </li>
            );
          })}
        </ol>
      </section>

      <section class="ds-card pg-guide-office" data-color="accent" aria-labelledby="guide-office">
        <h3 class="ds-heading" data-size="md" id="guide-office">
          {fill(text.officeHeading, { kontor: office.name })}
        </h3>
        <p class="ds-paragraph">{fill(text.officeText, { kontor: office.name })}</p>
        <p class="ds-paragraph">
          <a class="ds-link" href={tel(office.phone)}>
            {fill(text.call, { name: office.name, phone: office.phone })}
          </a>
          {'. '}
          {office.hours}
          {'. '}
          <a class="ds-link" href={`mailto:${office.email}`}>
            {office.email}
          </a>
        </p>
        <p class="ds-paragraph">
          {chosenNeeds.length > 0
            ? fill(text.officeSay, { needs: quoteLabels(needs, chosenNeeds).replace(/[«»]/g, '').toLowerCase() })
            : text.officeSayNoNeeds}
        </p>
      </section>

      {also.length > 0 && (
        <section aria-labelledby="guide-also" class="pg-guide-also">
          <h3 class="ds-heading" data-size="sm" id="guide-also">
            {text.alsoHeading}
          </h3>
          <ul>
            {also.map((hit) => (
              <li key={hit.id}>
                <a class="ds-link" href={offers[hit.id]!.href}>
                  {offers[hit.id]!.title}
                </a>
                {': '}
                {offers[hit.id]!.lead}
              </li>
            ))}
          </ul>
        </section>
      )}

      {result.pages.length > 0 && (
        <section aria-labelledby="guide-rights" class="pg-guide-rights">
          <h3 class="ds-heading" data-size="sm" id="guide-rights">
            {text.rightsHeading}
          </h3>
          <ul>
            {result.pages.map((page) => (
              <li key={page.id}>
                <a class="ds-link" href={data.pages[page.id]!.href}>
                  {data.pages[page.id]!.title}
                </a>
                <span class="pg-guide-description">
                  {': '}
                  {page.reason}
                </span>
              </li>
            ))}
          </ul>
          <p class="ds-paragraph" data-size="sm">
            {text.rightsNote}
          </p>
        </section>
      )}

      {result.helplines.length > 0 && (
        <section aria-labelledby="guide-helplines" class="pg-guide-helplines">
          <h3 class="ds-heading" data-size="sm" id="guide-helplines">
            {text.helplinesHeading}
          </h3>
          <ul>
            {result.helplines.map((id) => {
              const contact = data.contacts[id]!;
              return (
                <li key={id}>
                  <strong>{contact.name}</strong>
                  {contact.phone && (
                    <>
                      {', '}
                      <a class="ds-link" href={tel(contact.phone)}>
                        {contact.phone}
                      </a>
                    </>
                  )}
                  {contact.description && <span class="pg-guide-description">: {contact.description}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="guide-answers" class="pg-guide-answers">
        <h3 class="ds-heading" data-size="md" id="guide-answers">
          {text.answersHeading}
        </h3>
        <p class="ds-paragraph pg-guide-screen">{text.answersText}</p>
        <dl>
          {relevant.map((question) => {
            const given = answers[question.id];
            const shown = given === undefined ? text.notAnswered : given.length === 0 ? text.unsure : quoteLabels(question, given).replace(/[«»]/g, '');
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
