import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { interpolate } from '../i18n/translator';
import { bestLink, linkKindWords, linkWhyWords, REASON_CODES, reasonWords, type Words } from './at-risk-words';
import type { NearestLink } from './watch-list-api';

const say = (words: Words, language: 'nl' | 'en' = 'en') =>
  interpolate((language === 'nl' ? nl : en)[words.key], words.params ?? {});

function link(extra: Partial<NearestLink>): NearestLink {
  return {
    kind: 'CONNECTOR',
    id: 'x',
    label: 'Els Smit',
    samePlace: false,
    sharedAssets: [],
    hiddenConnector: false,
    ...extra,
  };
}

describe('reasons in words', () => {
  it('says each reason of the API in plain words, with its numbers', () => {
    expect(say(reasonWords({ code: 'ISOLATED', detail: {} }))).toBe('no ties');
    expect(say(reasonWords({ code: 'SINGLE_TIE', detail: {} }))).toBe('one tie');
    expect(say(reasonWords({ code: 'ONLY_WEAK_TIES', detail: { ties: 2 } }))).toBe('only weak ties (2)');
    expect(say(reasonWords({ code: 'ONLY_WEAK_TIES', detail: { ties: 1 } }))).toBe('only a weak tie');
    expect(say(reasonWords({ code: 'NO_TIE_CONFIRMED_SINCE', detail: { months: 14 } }))).toBe(
      'no tie confirmed for 14 months',
    );
    expect(say(reasonWords({ code: 'LOST_TIES', detail: { lost: 2, sinceMonths: 12 } }))).toBe(
      'lost 2 ties in 12 months',
    );
    expect(say(reasonWords({ code: 'LOST_TIES', detail: { lost: 1, sinceMonths: 12 } }))).toBe(
      'lost 1 tie in 12 months',
    );
    expect(say(reasonWords({ code: 'NO_COLLECTIVE_OR_INITIATIVE', detail: {} }))).toBe('no collective or initiative');
    expect(say(reasonWords({ code: 'ON_WATCH_LIST', detail: {} }))).toBe('on the watch-list');
  });

  it('says them in Dutch too', () => {
    expect(say(reasonWords({ code: 'NO_TIE_CONFIRMED_SINCE', detail: { months: 14 } }), 'nl')).toBe(
      'al 14 maanden geen band bevestigd',
    );
    expect(say(reasonWords({ code: 'ISOLATED', detail: {} }), 'nl')).toBe('geen banden');
  });

  it('has words for every reason code, and shows an unknown code rather than nothing', () => {
    for (const code of REASON_CODES) {
      expect(reasonWords({ code, detail: {} }).key).not.toBe('watchList.reason.other');
    }
    expect(say(reasonWords({ code: 'NEW_REASON', detail: {} }))).toBe('reason NEW_REASON');
  });
});

describe('nearest links in words', () => {
  it('names the kind, and a connector found only by the network as one without a role', () => {
    expect(say(linkKindWords(link({})))).toBe('Connector');
    expect(say(linkKindWords(link({ hiddenConnector: true })))).toBe('Connector (no role yet)');
    expect(say(linkKindWords(link({ kind: 'INITIATIVE' })))).toBe('Initiative');
  });

  it('says why: same street or nearby, and the shared interests', () => {
    expect(linkWhyWords(link({ samePlace: true })).map((w) => say(w))).toEqual(['same street']);
    expect(linkWhyWords(link({ sharedAssets: ['bakken', 'dansen'] })).map((w) => say(w))).toEqual([
      'nearby',
      'shares: bakken, dansen',
    ]);
  });

  it('brings up a shared interest first, then the same street, else the first link', () => {
    const connector = link({ id: 'c', samePlace: true });
    const collective = link({ id: 'k', kind: 'COLLECTIVE', sharedAssets: ['troosten'] });
    const initiative = link({ id: 'i', kind: 'INITIATIVE' });
    expect(bestLink([connector, collective, initiative])?.id).toBe('k');
    expect(bestLink([initiative, connector])?.id).toBe('c');
    expect(bestLink([initiative])?.id).toBe('i');
    expect(bestLink([])).toBeNull();
  });
});
