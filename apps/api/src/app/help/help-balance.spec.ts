import { NeedKind } from '@weefsel/domain';
import { helpBalance, offersPerRequest } from './help-balance';

describe('helpBalance', () => {
  it('counts offers per request overall and per need (worked example: 20 offers, 2 requests)', () => {
    // A street with 20 available offers and 2 open requests. By hand:
    //   total: 12 + 5 + 3 = 20 offers, 1 + 1 = 2 requests → 20 / 2 = 10 offers per request (lesson 3's 10:1)
    //   PRACTICAL 12 offers, nobody asked → ratio null; GROCERIES 5 / 1 = 5; SOCIAL_CONTACT 3 / 1 = 3
    const balance = helpBalance(
      [
        { need: NeedKind.SOCIAL_CONTACT, count: 1 },
        { need: NeedKind.GROCERIES, count: 1 },
      ],
      [
        { need: NeedKind.PRACTICAL, count: 12 },
        { need: NeedKind.GROCERIES, count: 5 },
        { need: NeedKind.SOCIAL_CONTACT, count: 3 },
      ],
    );
    expect(balance.offers).toBe(20);
    expect(balance.requests).toBe(2);
    expect(balance.ratio).toBe(10);
    expect(balance.byNeed).toEqual([
      { need: NeedKind.PRACTICAL, offers: 12, requests: 0, ratio: null },
      { need: NeedKind.SOCIAL_CONTACT, offers: 3, requests: 1, ratio: 3 },
      { need: NeedKind.INFORMATION, offers: 0, requests: 0, ratio: null },
      { need: NeedKind.TRANSPORT, offers: 0, requests: 0, ratio: null },
      { need: NeedKind.GROCERIES, offers: 5, requests: 1, ratio: 5 },
      { need: NeedKind.EMOTIONAL_SUPPORT, offers: 0, requests: 0, ratio: null },
      { need: NeedKind.OTHER, offers: 0, requests: 0, ratio: null },
    ]);
  });

  it('lists every need, in NeedKind order, even when nothing is asked or offered', () => {
    const balance = helpBalance([], []);
    expect(balance).toEqual({
      offers: 0,
      requests: 0,
      ratio: null,
      byNeed: Object.values(NeedKind).map((need) => ({ need, offers: 0, requests: 0, ratio: null })),
    });
  });

  it('gives a fractional ratio when requests outnumber offers', () => {
    const balance = helpBalance([{ need: NeedKind.TRANSPORT, count: 4 }], [{ need: NeedKind.TRANSPORT, count: 1 }]);
    expect(balance.ratio).toBeCloseTo(0.25, 12);
    expect(balance.byNeed.find((n) => n.need === NeedKind.TRANSPORT)?.ratio).toBeCloseTo(0.25, 12);
  });

  it('adds up a need that appears more than once', () => {
    const balance = helpBalance(
      [
        { need: NeedKind.INFORMATION, count: 2 },
        { need: NeedKind.INFORMATION, count: 1 },
      ],
      [{ need: NeedKind.INFORMATION, count: 6 }],
    );
    expect(balance.byNeed.find((n) => n.need === NeedKind.INFORMATION)).toEqual({
      need: NeedKind.INFORMATION,
      offers: 6,
      requests: 3,
      ratio: 2,
    });
  });

  it('still counts a need value unknown to NeedKind in the totals', () => {
    const balance = helpBalance([], [{ need: 'GARDENING' as NeedKind, count: 2 }]);
    expect(balance.offers).toBe(2);
    expect(balance.byNeed.every((n) => n.offers === 0)).toBe(true);
  });
});

describe('offersPerRequest', () => {
  it('is null without requests, also when there are no offers either', () => {
    expect(offersPerRequest(5, 0)).toBeNull();
    expect(offersPerRequest(0, 0)).toBeNull();
    expect(offersPerRequest(0, 3)).toBe(0);
  });
});
