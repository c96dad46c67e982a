/**
 * «Sist kontrollert» on a page is the oldest date among the page itself and the facts it
 * shows: the contacts it renders and the law sections it cites.
 */
import { describe, expect, it } from 'vitest';
import { contactIdsInBody, factsOfPage, oldestCheck, sectionKey, type FactDates } from '../../src/lib/factDates';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

const dates: FactDates = {
  contacts: new Map([
    ['kirkens-sos', day('2026-12-01')],
    ['parorendelinjen', day('2025-06-01')],
  ]),
  sections: new Map<string, Date | undefined>([
    [sectionKey('pbrl', '§ 3-3'), day('2026-12-01')],
    [sectionKey('hol', '§ 3-6'), day('2026-10-01')],
    [sectionKey('hol', '§ 3-10'), undefined],
  ]),
};

describe('hjelpetelefonene en side viser', () => {
  it('leses fra <Hjelpetelefon id="…" />, i rekkefølge og hver bare én gang', () => {
    const body = '- <Hjelpetelefon id="kirkens-sos" />\n- <Hjelpetelefon id=\'legevakt\' kort />\nRing <Hjelpetelefon kort id="kirkens-sos"/> nå.';
    expect(contactIdsInBody(body)).toEqual(['kirkens-sos', 'legevakt']);
  });

  it('finner ingen i en tekst uten komponenten', () => {
    expect(contactIdsInBody('Ring 22 40 00 40. <Kontor /> hjelper deg.')).toEqual([]);
  });
});

describe('sist kontrollert', () => {
  it('er sidens egen dato når alt den viser er kontrollert senere', () => {
    const facts = factsOfPage({ id: 'sorg', lastChecked: day('2026-11-23'), contacts: ['kirkens-sos'], laws: [{ law: 'pbrl', section: '§ 3-3' }] }, dates);
    expect(oldestCheck(facts).date).toEqual(day('2026-11-23'));
  });

  it('er datoen til et gammelt telefonnummer når siden viser det', () => {
    const facts = factsOfPage({ id: 'sorg', lastChecked: day('2026-11-23'), contacts: ['kirkens-sos', 'parorendelinjen'], laws: [] }, dates);
    const result = oldestCheck(facts);
    expect(result.date).toEqual(day('2025-06-01'));
    expect(result.oldest).toEqual({ kind: 'kontakt', id: 'parorendelinjen', lastChecked: day('2025-06-01') });
  });

  it('er datoen til en paragraf siden viser til, når den er eldst', () => {
    const facts = factsOfPage({ id: 'avlastning', lastChecked: day('2026-11-23'), contacts: [], laws: [{ law: 'hol', section: '§ 3-6' }] }, dates);
    expect(oldestCheck(facts).date).toEqual(day('2026-10-01'));
  });

  it('teller ikke en paragraf som ingen har kontrollert, men lister den', () => {
    const facts = factsOfPage({ id: 'din-stemme', lastChecked: day('2026-11-23'), contacts: [], laws: [{ law: 'hol', section: '§ 3-10' }] }, dates);
    const result = oldestCheck(facts);
    expect(result.date).toEqual(day('2026-11-23'));
    expect(result.unchecked).toEqual([{ kind: 'lov', id: 'hol § 3-10', lastChecked: undefined }]);
  });

  it('teller hver kontakt og paragraf bare én gang, og hopper over det som ikke finnes', () => {
    const facts = factsOfPage(
      { id: 'x', lastChecked: day('2026-11-23'), contacts: ['kirkens-sos', 'kirkens-sos', 'tjenestekontor'], laws: [{ law: 'pbrl', section: '§ 3-3' }, { law: 'pbrl', section: '§ 3-3' }] },
      dates,
    );
    expect(facts.map((fact) => `${fact.kind}:${fact.id}`)).toEqual(['side:x', 'kontakt:kirkens-sos', 'lov:pbrl § 3-3']);
  });
});
