import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupOffers, isAboutHavingASay, MOST_WITH_LEAD, OFFER_GROUPS, offerGroup, SAY_GROUP, showsLeads, type GroupFacts } from '../../src/lib/offerGroups';
import { LADDER_STEPS } from '../../src/lib/offerLadder';
import { readContent } from '../../src/integrations/readContent';

const offer = (id: string, data: GroupFacts) => ({ id, data });

describe('isAboutHavingASay', () => {
  it('is true when having a say is the only need: a council, a survey, a complaint', () => {
    expect(isAboutHavingASay({ needs: ['medvirkning'] })).toBe(true);
  });

  it('is false when the offer also meets another need, like a conversation where you are also informed', () => {
    expect(isAboutHavingASay({ needs: ['medvirkning', 'informasjon'] })).toBe(false);
  });

  it('is false for an offer without needs', () => {
    expect(isAboutHavingASay({ needs: [] })).toBe(false);
  });
});

describe('offerGroup', () => {
  it('puts a user council in the group where you have a say, not on its step', () => {
    expect(offerGroup({ kind: 'lavterskel', provider: 'kommune', needs: ['medvirkning'] })).toBe(SAY_GROUP);
  });

  it('puts any other offer on its step of the tilbudstrapp', () => {
    expect(offerGroup({ kind: 'vedtak', provider: 'kommune', needs: ['avlastning'] })).toBe('sok');
    expect(offerGroup({ kind: 'lavterskel', provider: 'frivillig', needs: ['mote-andre'] })).toBe('fellesskap');
    expect(offerGroup({ kind: 'lavterskel', provider: 'kommune', partOfService: true, needs: ['medvirkning', 'informasjon'] })).toBe(
      'del-av-hjelpen',
    );
  });
});

describe('groupOffers', () => {
  const offers = [
    offer('pleiepenger', { kind: 'vedtak', provider: 'nav', needs: ['okonomi'] }),
    offer('brukerrad', { kind: 'lavterskel', provider: 'kommune', needs: ['medvirkning'] }),
    offer('avlastning', { kind: 'vedtak', provider: 'kommune', needs: ['avlastning'] }),
    offer('sorggrupper', { kind: 'lavterskel', provider: 'frivillig', needs: ['sorg'] }),
    offer('klage', { kind: 'lavterskel', provider: 'kommune', needs: ['medvirkning'] }),
    offer('dagtilbud', { kind: 'vedtak', provider: 'kommune', needs: ['avlastning', 'trygghet'] }),
  ];

  it('lists the steps lowest first and the group where you have a say last, leaving out empty groups', () => {
    expect(groupOffers(offers).map((group) => group.id)).toEqual(['fellesskap', 'sok', 'sok-staten', SAY_GROUP]);
  });

  it('keeps the offers in the order given within a group', () => {
    expect(groupOffers(offers).find((group) => group.id === 'sok')?.offers.map((item) => item.id)).toEqual(['avlastning', 'dagtilbud']);
    expect(groupOffers(offers).at(-1)?.offers.map((item) => item.id)).toEqual(['brukerrad', 'klage']);
  });

  it('lists every offer exactly once', () => {
    expect(
      groupOffers(offers)
        .flatMap((group) => group.offers.map((item) => item.id))
        .sort(),
    ).toEqual(offers.map((item) => item.id).sort());
  });

  it('has one group per step and one more', () => {
    expect(OFFER_GROUPS).toEqual([...LADDER_STEPS, SAY_GROUP]);
  });
});

// The example municipality's own offers: after `npm run ny-kommune` content/lokalt is another municipality's.
const IS_EXAMPLE = /^example:\s*true\b/m.test(readFileSync('content/lokalt/profil.yaml', 'utf8'));

describe.skipIf(!IS_EXAMPLE)('the groups of the example municipality’s offers', () => {
  const all = readContent('content/nasjonalt', 'content/lokalt')
    .filter((file) => file.collection === 'tilbud')
    .map((file) => ({ id: file.id, data: { partOfService: false, ...(file.data as GroupFacts) } }));

  it('put the user council, the political councils, the survey and the dialogue meetings where you have a say', () => {
    const say = groupOffers(all).find((group) => group.id === SAY_GROUP)?.offers.map((item) => item.id);
    expect(say).toEqual(expect.arrayContaining(['brukerrad', 'politiske-rad', 'parorendeundersokelse', 'dialogmoter']));
  });

  it('keep the conversations that come with the services on their step', () => {
    const say = groupOffers(all).find((group) => group.id === SAY_GROUP)?.offers.map((item) => item.id);
    expect(say).not.toContain('forhandssamtale');
    expect(say).not.toContain('parorendesamtaler');
  });
});

describe('showsLeads', () => {
  it(`shows the lead for up to ${MOST_WITH_LEAD} offers and titles only for more`, () => {
    expect(showsLeads(MOST_WITH_LEAD)).toBe(true);
    expect(showsLeads(MOST_WITH_LEAD + 1)).toBe(false);
  });
});
