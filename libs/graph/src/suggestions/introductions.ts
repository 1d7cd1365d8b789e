/**
 * Introductions (lessons 3 and 5: personal contact over efficient help-matching; "extra oog hebben voor mensen die
 * uit de boot dreigen te vallen" and link them to others): for every at-risk resident of the place (`atRisk`'s
 * definition, isolated people included), a connector, a collective and an initiative to introduce them to.
 *
 * Options per person and kind, best first (up to `OPTIONS_PER_KIND`; gap-filler.ts takes the first whose partner
 * is not yet asked too often — connector load, lesson 4):
 * - INTRODUCE_TO_CONNECTOR: a person holding CONNECTOR or KEY_FIGURE at asOf, or a hidden connector (top
 *   `hiddenConnectorShare` by betweenness, without the role), living in a place of the snapshot, not the person and
 *   not tied to them. Proposed tie: person – connector. Ranked by nearness (same street first, then the buurt, … up
 *   to `maxLevelsApart` levels above the person's street), then a shared asset, then a shared interest (a theme of
 *   both their assets, interests.ts), then role before hidden, then most ties, then id.
 * - INTRODUCE_TO_INITIATIVE / INTRODUCE_TO_COLLECTIVE: an initiative running at asOf (`isRunningAt`) or a
 *   collective, with active people, that the person is not in. Proposed tie: person – one of its most connected
 *   active people not tied to them (the first two are options). Ranked by nearness of its base, then a matching
 *   interest (an asset of the person suits what the group is for: its name or kind — 'tuinieren' a Moestuin), then
 *   an asset shared with that member, then the group's active people (most first), then id, then the member.
 *
 * Urgency (points; gap-filler.ts adds the predicted effect):
 *   the person's at-risk score (`atRisk`: isolated 60, single tie 30, only weak ties 20, no tie confirmed 15,
 *   5 per lost tie up to 3, no collective or initiative 10, on the watch list 10)
 *   + 10 same street, 5 one level up (the buurt), 0 further
 *   + 10 with a shared asset or matching interest
 *   − 0 connector, 2 initiative, 4 collective (a person before a group: lesson 3; an initiative, where new
 *     neighbour contacts are made, before an established collective: lesson 2)
 *   − 1 for each option after the first of its kind (so the best option is tried first).
 */
import { isRunningAt } from '../health/at-risk';
import { assetKey } from '../health/snapshot';
import type { Candidate } from './candidate';
import type { SuggestionContext } from './context';
import { labelsWithThemes, matchInterests, NO_MATCH, purposeThemes, type InterestMatch } from './interests';
import { months, possessive, quotedList, type SuggestionReason } from './suggestion';

/** Urgency points of an introduction (see the header). */
export const INTRODUCTION_POINTS = {
  sameStreet: 10,
  oneLevelUp: 5,
  match: 10,
  kindPenalty: { INTRODUCE_TO_CONNECTOR: 0, INTRODUCE_TO_INITIATIVE: 2, INTRODUCE_TO_COLLECTIVE: 4 },
  laterOption: 1,
} as const;

/** Options kept per person and kind. */
export const OPTIONS_PER_KIND = 3;
/** Members of one group tried as the person's partner. */
const PARTNERS_PER_GROUP = 2;

type IntroductionKind = 'INTRODUCE_TO_CONNECTOR' | 'INTRODUCE_TO_COLLECTIVE' | 'INTRODUCE_TO_INITIATIVE';

/** Something a person can be introduced to. */
interface Target {
  kind: IntroductionKind;
  id: string;
  name: string;
  /** a connector's home, a group's base */
  placeId: string;
  /** a connector's ties, a group's active people */
  weight: number;
  /** node of a connector; -1 for a group */
  node: number;
  hiddenConnector: boolean;
  /** a group's purpose themes (name and kind) */
  themes: Set<string>;
  /** a group's active people, most connected first */
  members: number[];
  memberSet: Set<number>;
}

interface Option {
  target: Target;
  partner: number;
  levels: number;
  /** the nearest place the person and the target share */
  commonPlace: string;
  match: InterestMatch;
  key: (number | string)[];
}

export function introductions(ctx: SuggestionContext): Candidate[] {
  const targets = collectTargets(ctx);
  const people = ctx.residents.filter(
    (v) => ctx.assessment[v].atRisk && (ctx.settings.personId === null || ctx.idOf(v) === ctx.settings.personId),
  );
  const result: Candidate[] = [];
  for (const v of people) {
    for (const kind of ['INTRODUCE_TO_CONNECTOR', 'INTRODUCE_TO_INITIATIVE', 'INTRODUCE_TO_COLLECTIVE'] as const) {
      options(ctx, v, targets[kind]).forEach((option, i) => result.push(candidateOf(ctx, v, option, i)));
    }
  }
  return result;
}

function collectTargets(ctx: SuggestionContext): Record<IntroductionKind, Target[]> {
  const { net, snapshot } = ctx;
  const connectors: Target[] = [];
  for (let v = 0; v < net.order; v++) {
    const home = ctx.homeOf(v);
    if (home === null || (!ctx.isConnector(v) && ctx.hidden[v] === 0)) continue;
    connectors.push({
      kind: 'INTRODUCE_TO_CONNECTOR',
      id: ctx.idOf(v),
      name: ctx.labelOf(v),
      placeId: home,
      weight: net.degree(v),
      node: v,
      hiddenConnector: !ctx.isConnector(v),
      themes: new Set(),
      members: [],
      memberSet: new Set(),
    });
  }
  const group = (
    kind: IntroductionKind,
    id: string,
    name: string,
    groupKind: string,
    placeId: string,
    active: number[],
  ) =>
    !net.places.has(placeId) || active.length === 0
      ? null
      : {
          kind,
          id,
          name,
          placeId,
          weight: active.length,
          node: -1,
          hiddenConnector: false,
          themes: purposeThemes(name, groupKind),
          members: [...active].sort(ctx.compareMostConnected),
          memberSet: new Set(active),
        };
  const collectives: Target[] = [];
  for (const c of snapshot.collectives) {
    const target = group('INTRODUCE_TO_COLLECTIVE', c.id, c.name, c.kind, c.placeId, activeOf(ctx.members.get(c.id)));
    if (target) collectives.push(target);
  }
  const initiatives: Target[] = [];
  for (const i of snapshot.initiatives) {
    if (!isRunningAt(i, ctx.asOf)) continue;
    const target = group(
      'INTRODUCE_TO_INITIATIVE',
      i.id,
      i.name,
      i.kind,
      i.placeId,
      activeOf(ctx.participants.get(i.id)),
    );
    if (target) initiatives.push(target);
  }
  return {
    INTRODUCE_TO_CONNECTOR: connectors,
    INTRODUCE_TO_COLLECTIVE: collectives,
    INTRODUCE_TO_INITIATIVE: initiatives,
  };
}

function activeOf(members: { v: number }[] | undefined): number[] {
  return (members ?? []).map((m) => m.v);
}

/** The person's options of one kind, best first (see the header). */
function options(ctx: SuggestionContext, v: number, targets: Target[]): Option[] {
  const labels = ctx.assetLabels(v);
  const found: Option[] = [];
  for (const target of targets) {
    if (target.node === v || target.memberSet.has(v)) continue;
    const near = ctx.nearness(v, target.placeId);
    if (near === null || near.levels > ctx.settings.maxLevelsApart) continue;
    if (target.node >= 0) {
      if (ctx.tied(v, target.node)) continue;
      const match = labels.length === 0 ? NO_MATCH : matchInterests(labels, ctx.profiles[target.node]);
      found.push({
        target,
        partner: target.node,
        levels: near.levels,
        commonPlace: near.placeId,
        match,
        key: [
          near.levels,
          match.sharedAssets.length > 0 ? 0 : match.matchingInterests.length > 0 ? 1 : 2,
          target.hiddenConnector ? 1 : 0,
          -target.weight,
          target.id,
        ],
      });
      continue;
    }
    const interests = labels.length === 0 ? [] : labelsWithThemes(labels, target.themes);
    const partners = target.members.filter((w) => w !== v && !ctx.tied(v, w)).slice(0, PARTNERS_PER_GROUP);
    partners.forEach((partner, rank) => {
      const shared = sharedLabels(labels, ctx.assetLabels(partner));
      found.push({
        target,
        partner,
        levels: near.levels,
        commonPlace: near.placeId,
        match: { sharedAssets: shared, matchingInterests: interests },
        key: [near.levels, interests.length > 0 ? 0 : 1, shared.length > 0 ? 0 : 1, -target.weight, target.id, rank],
      });
    });
  }
  return found.sort((a, b) => compareKeys(a.key, b.key)).slice(0, OPTIONS_PER_KIND);
}

/** The person's labels that the other also lists (compared as `assetKey`), once each. */
function sharedLabels(labels: readonly string[], other: readonly string[]): string[] {
  const keys = new Set(other.map(assetKey));
  const seen = new Set<string>();
  return labels.filter((label) => {
    const key = assetKey(label);
    if (!keys.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function compareKeys(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

function candidateOf(ctx: SuggestionContext, v: number, option: Option, index: number): Candidate {
  const { target, partner, levels, match } = option;
  const person = ctx.idOf(v);
  const assessment = ctx.assessment[v];
  const matched = match.sharedAssets.length > 0 || match.matchingInterests.length > 0;
  const urgency =
    assessment.score +
    (levels === 0 ? INTRODUCTION_POINTS.sameStreet : levels === 1 ? INTRODUCTION_POINTS.oneLevelUp : 0) +
    (matched ? INTRODUCTION_POINTS.match : 0) -
    INTRODUCTION_POINTS.kindPenalty[target.kind] -
    INTRODUCTION_POINTS.laterOption * index;

  const reasons: SuggestionReason[] = [
    assessment.ties === 0
      ? { code: 'ISOLATED', personId: person, score: assessment.score }
      : { code: 'AT_RISK', personId: person, score: assessment.score, count: assessment.ties },
  ];
  if (levels === 0) reasons.push({ code: 'SAME_STREET', placeId: option.commonPlace });
  else reasons.push({ code: 'NEARBY', placeId: option.commonPlace, count: levels });
  if (match.matchingInterests.length > 0 && target.node < 0) {
    reasons.push({ code: 'MATCHING_INTEREST', labels: match.matchingInterests });
  }
  if (match.sharedAssets.length > 0) reasons.push({ code: 'SHARED_ASSETS', labels: match.sharedAssets });
  if (match.matchingInterests.length > 0 && target.node >= 0) {
    reasons.push({ code: 'MATCHING_INTEREST', labels: match.matchingInterests });
  }
  if (target.kind === 'INTRODUCE_TO_CONNECTOR') {
    reasons.push(
      target.hiddenConnector
        ? { code: 'HIDDEN_CONNECTOR', personId: ctx.idOf(partner), betweenness: ctx.betweenness[partner] }
        : { code: 'CONNECTOR_ROLE', personId: ctx.idOf(partner) },
    );
  } else {
    reasons.push({ code: 'MOST_CONNECTED_MEMBER', personId: ctx.idOf(partner), count: ctx.net.degree(partner) });
  }

  return {
    kind: target.kind,
    idParts: [person, target.id],
    people: [person, ctx.idOf(partner)],
    ...(target.kind === 'INTRODUCE_TO_COLLECTIVE' ? { collectiveId: target.id } : {}),
    ...(target.kind === 'INTRODUCE_TO_INITIATIVE' ? { initiativeId: target.id } : {}),
    proposedTie: { personAId: person, personBId: ctx.idOf(partner) },
    urgency,
    reasons,
    explanation: explain(ctx, v, option),
    forPerson: person,
  };
}

function explain(ctx: SuggestionContext, v: number, option: Option): { nl: string; en: string } {
  const { target, partner, levels, match } = option;
  const name = ctx.labelOf(v);
  const street = ctx.streetName(v);
  const who = street === null ? name : `${name} (${street})`;
  const partnerName = ctx.labelOf(partner);
  const partnerStreet = ctx.streetName(partner);
  const partnerWho =
    partnerStreet === null || partnerStreet === street ? partnerName : `${partnerName} (${partnerStreet})`;
  const state = stateOf(ctx, v);

  if (target.kind === 'INTRODUCE_TO_CONNECTOR') {
    const common = ctx.placeName(option.commonPlace);
    const where = {
      nl: levels === 0 ? 'ze wonen in dezelfde straat' : `ze wonen allebei in ${common}`,
      en: levels === 0 ? 'same street' : `both live in ${common}`,
    };
    const shared = {
      nl:
        match.sharedAssets.length > 0
          ? ` en delen ${quotedList(match.sharedAssets, 'en')}`
          : match.matchingInterests.length > 0
            ? ` en hebben een gedeelde interesse: ${quotedList(match.matchingInterests, 'en')}`
            : '',
      en:
        match.sharedAssets.length > 0
          ? `, both enjoy ${quotedList(match.sharedAssets, 'and')}`
          : match.matchingInterests.length > 0
            ? `, shared interest: ${quotedList(match.matchingInterests, 'and')}`
            : '',
    };
    const hidden = target.hiddenConnector
      ? {
          nl: ` ${partnerName} verbindt veel mensen, ook zonder de rol van verbinder.`,
          en: ` ${partnerName} links many people, even without a connector role.`,
        }
      : { nl: '', en: '' };
    return {
      nl: `Stel ${who} voor aan ${partnerWho}: ${where.nl}${shared.nl}. ${state.nl}${hidden.nl}`,
      en: `Introduce ${who} to ${partnerWho}: ${where.en}${shared.en}. ${state.en}${hidden.en}`,
    };
  }

  const isInitiative = target.kind === 'INTRODUCE_TO_INITIATIVE';
  const sameStreet = target.placeId === ctx.homeOf(v);
  const place = ctx.placeName(target.placeId);
  const suits = {
    nl: match.matchingInterests.length > 0 ? `, wat past bij ${quotedList(match.matchingInterests, 'en')}` : '',
    en: match.matchingInterests.length > 0 ? `, which suits ${quotedList(match.matchingInterests, 'and')}` : '',
  };
  const shared = {
    nl:
      match.sharedAssets.length > 0 ? `; ${name} en ${partnerName} delen ${quotedList(match.sharedAssets, 'en')}` : '',
    en:
      match.sharedAssets.length > 0
        ? `; ${name} and ${partnerName} both enjoy ${quotedList(match.sharedAssets, 'and')}`
        : '',
  };
  return {
    nl:
      `Nodig ${who} uit ${isInitiative ? 'voor' : 'bij'} ${target.name} en stel ${name} voor aan ${partnerWho}, ` +
      `die veel mensen kent: ${target.name} is actief in ${sameStreet ? 'dezelfde straat' : place}` +
      `${suits.nl}${shared.nl}. ${state.nl}`,
    en:
      `Invite ${who} to ${isInitiative ? 'join ' : ''}${target.name} and introduce ${name} to ${partnerWho}, ` +
      `who knows many people: ${target.name} is active in ${sameStreet ? 'the same street' : place}` +
      `${suits.en}${shared.en}. ${state.en}`,
  };
}

/** One sentence on why the person needs it: the first of isolated, one tie, only weak ties, unconfirmed. */
function stateOf(ctx: SuggestionContext, v: number): { nl: string; en: string } {
  const name = ctx.labelOf(v);
  const reasons = ctx.assessment[v].reasons;
  const code = (c: string): boolean => reasons.some((r) => r.code === c);
  if (code('ISOLATED')) return { nl: `${name} heeft nu geen enkel contact.`, en: `${name} has no ties now.` };
  if (code('SINGLE_TIE')) return { nl: `${name} heeft nu maar één contact.`, en: `${name} has only one tie now.` };
  if (code('ONLY_WEAK_TIES')) return { nl: `${name} heeft alleen losse contacten.`, en: `${name} has only weak ties.` };
  for (const reason of reasons) {
    if (reason.code === 'NO_TIE_CONFIRMED_SINCE') {
      return {
        nl: `Geen van de contacten van ${name} is in ${months(reason.months, 'nl')} bevestigd.`,
        en: `None of ${possessive(name)} ties has been confirmed for ${months(reason.months, 'en')}.`,
      };
    }
  }
  return { nl: `${name} dreigt buiten de boot te vallen.`, en: `${name} is at risk of dropping out.` };
}
