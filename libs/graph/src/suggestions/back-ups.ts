/**
 * Backing up what hangs on one person (lesson 4: single points of failure, visible before a crisis; lesson 5: the
 * community builder gives initiatives "een steuntje in de rug"). One suggestion per initiative or collective at
 * most, kind BACK_UP_SINGLE_INITIATOR.
 *
 * - Initiative: running at asOf (`isRunningAt`), based in the place or below or led by a resident, with exactly one
 *   active person holding INITIATOR or ORGANISER (as `initiativesHealth`'s `dependsOnOneInitiator`) and at least
 *   one other active participant. The back-up is the most connected other participant (most ties at asOf, then
 *   VOLUNTEER before PARTICIPANT before RECIPIENT, then id). Proposed tie: lead – back-up, when they are not tied
 *   yet (otherwise none: asking is the action, and the effect is NONE).
 * - Collective with at least `minGroupSize` active members, based in the place or below or hanging on a resident:
 *   1. a member who holds it together: in the network of ties among the members, an articulation point (without
 *      them the members they connect fall apart). The one splitting it into the most pieces, then most ties, then
 *      id. Proposed tie: between the most connected members of the two largest pieces, so the group holds
 *      together without them.
 *   2. otherwise, exactly one member with a lead role (CHAIR, COORDINATOR or MODERATOR): the back-up is the most
 *      connected other member; proposed tie lead – back-up when not tied yet.
 *
 * Urgency (points; gap-filler.ts adds the predicted effect): 30, + the other active people up to 10, + 10 for an
 * initiative in phase NEEDS_SUPPORT, + 5 for a member holding a collective together.
 */
import { isRunningAt } from '../health/at-risk';
import { compareText } from '../health/snapshot';
import type { Candidate } from './candidate';
import type { Member, SuggestionContext } from './context';
import { people, type SuggestionReason } from './suggestion';

export const BACK_UP_POINTS = { base: 30, othersUpTo: 10, needsSupport: 10, holdsTogether: 5 } as const;

const LEAD_PARTICIPATION_ROLES: readonly string[] = ['INITIATOR', 'ORGANISER'];
const LEAD_MEMBERSHIP_ROLES: readonly string[] = ['CHAIR', 'COORDINATOR', 'MODERATOR'];
const PARTICIPANT_ORDER: readonly string[] = ['VOLUNTEER', 'PARTICIPANT', 'RECIPIENT'];

export function backUps(ctx: SuggestionContext): Candidate[] {
  return [...initiativeBackUps(ctx), ...collectiveBackUps(ctx)];
}

function initiativeBackUps(ctx: SuggestionContext): Candidate[] {
  const within = new Set(ctx.net.places.within(ctx.settings.placeId));
  const result: Candidate[] = [];
  for (const initiative of ctx.snapshot.initiatives) {
    if (!isRunningAt(initiative, ctx.asOf)) continue;
    const active = ctx.participants.get(initiative.id) ?? [];
    const leads = active.filter((m) => [...m.roles].some((r) => LEAD_PARTICIPATION_ROLES.includes(r)));
    if (leads.length !== 1 || active.length < 2) continue;
    const lead = leads[0];
    if (!within.has(initiative.placeId) && ctx.resident[lead.v] === 0) continue;
    const others = active.filter((m) => m.v !== lead.v).sort((a, b) => compareParticipants(ctx, a, b));
    const backUp = others[0].v;
    const tied = ctx.tied(lead.v, backUp);
    const leadRole = lead.roles.has('INITIATOR') ? 'INITIATOR' : 'ORGANISER';
    const reasons: SuggestionReason[] = [
      { code: 'SOLE_LEAD', personId: ctx.idOf(lead.v), count: active.length },
      { code: 'ACTIVE_PARTICIPANT', personId: ctx.idOf(backUp), count: ctx.net.degree(backUp) },
    ];
    if (initiative.phase === 'NEEDS_SUPPORT') reasons.push({ code: 'NEEDS_SUPPORT' });
    const [leadName, backUpName] = [ctx.labelOf(lead.v), ctx.labelOf(backUp)];
    const knows = ctx.net.degree(backUp);
    const role = {
      nl: leadRole === 'INITIATOR' ? 'de enige initiatiefnemer' : 'de enige organisator',
      en: leadRole === 'INITIATOR' ? 'its only initiator' : 'its only organiser',
    };
    result.push({
      kind: 'BACK_UP_SINGLE_INITIATOR',
      idParts: [`initiative:${initiative.id}`, ctx.idOf(lead.v)],
      people: [ctx.idOf(lead.v), ctx.idOf(backUp)],
      initiativeId: initiative.id,
      ...(tied ? {} : { proposedTie: { personAId: ctx.idOf(lead.v), personBId: ctx.idOf(backUp) } }),
      urgency:
        BACK_UP_POINTS.base +
        Math.min(active.length - 1, BACK_UP_POINTS.othersUpTo) +
        (initiative.phase === 'NEEDS_SUPPORT' ? BACK_UP_POINTS.needsSupport : 0),
      reasons,
      explanation: {
        nl:
          `${initiative.name} hangt aan ${leadName}, ${role.nl}. Vraag ${backUpName}, die meedoet en ` +
          `${people(knows, 'nl')} kent, om mee te organiseren${tied ? '' : ` en stel ${backUpName} voor aan ${leadName}`}.`,
        en:
          `${initiative.name} hangs on ${leadName}, ${role.en}. Ask ${backUpName}, who takes part and knows ` +
          `${people(knows, 'en')}, to help organise it${tied ? '' : ` and introduce ${backUpName} to ${leadName}`}.`,
      },
    });
  }
  return result;
}

function compareParticipants(ctx: SuggestionContext, a: Member, b: Member): number {
  const rank = (m: Member): number => {
    const ranks = [...m.roles].map((r) => PARTICIPANT_ORDER.indexOf(r)).filter((i) => i >= 0);
    return ranks.length === 0 ? PARTICIPANT_ORDER.length : Math.min(...ranks);
  };
  return ctx.net.degree(b.v) - ctx.net.degree(a.v) || rank(a) - rank(b) || compareText(ctx.idOf(a.v), ctx.idOf(b.v));
}

function collectiveBackUps(ctx: SuggestionContext): Candidate[] {
  const within = new Set(ctx.net.places.within(ctx.settings.placeId));
  const result: Candidate[] = [];
  for (const collective of ctx.snapshot.collectives) {
    const active = ctx.members.get(collective.id) ?? [];
    if (active.length < ctx.settings.minGroupSize) continue;
    const here = (v: number): boolean => within.has(collective.placeId) || ctx.resident[v] === 1;
    const members = active.map((m) => m.v);
    const holder = holdsTogether(ctx, members);
    if (holder && here(holder.v)) {
      const { v: h, pieces } = holder;
      const [x, y] = [pieces[0][0], pieces[1][0]];
      const [hName, xName, yName] = [ctx.labelOf(h), ctx.labelOf(x), ctx.labelOf(y)];
      result.push({
        kind: 'BACK_UP_SINGLE_INITIATOR',
        idParts: [`collective:${collective.id}`, ctx.idOf(h)],
        people: [ctx.idOf(h), ctx.idOf(x), ctx.idOf(y)],
        collectiveId: collective.id,
        proposedTie: { personAId: ctx.idOf(x), personBId: ctx.idOf(y) },
        urgency:
          BACK_UP_POINTS.base + Math.min(active.length - 1, BACK_UP_POINTS.othersUpTo) + BACK_UP_POINTS.holdsTogether,
        reasons: [
          { code: 'HOLDS_GROUP_TOGETHER', personId: ctx.idOf(h), count: pieces.length },
          { code: 'MOST_CONNECTED_MEMBER', personId: ctx.idOf(x), count: ctx.net.degree(x) },
          { code: 'MOST_CONNECTED_MEMBER', personId: ctx.idOf(y), count: ctx.net.degree(y) },
        ],
        explanation: {
          nl:
            `${hName} is de enige schakel tussen de leden van ${collective.name}: zonder ${hName} vallen ze uiteen ` +
            `in ${pieces.length} groepjes. Stel ${xName} voor aan ${yName}, zodat ${collective.name} ook zonder ` +
            `${hName} bij elkaar blijft.`,
          en:
            `${hName} is the only link between the members of ${collective.name}: without ${hName} they fall ` +
            `apart into ${pieces.length} groups. Introduce ${xName} to ${yName} so ${collective.name} holds ` +
            `together without ${hName}.`,
        },
      });
      continue;
    }
    if (holder) continue;
    const leads = active.filter((m) => [...m.roles].some((r) => LEAD_MEMBERSHIP_ROLES.includes(r)));
    if (leads.length !== 1 || !here(leads[0].v)) continue;
    const lead = leads[0].v;
    const backUp = members.filter((v) => v !== lead).sort(ctx.compareMostConnected)[0];
    const tied = ctx.tied(lead, backUp);
    const [leadName, backUpName] = [ctx.labelOf(lead), ctx.labelOf(backUp)];
    const knows = ctx.net.degree(backUp);
    result.push({
      kind: 'BACK_UP_SINGLE_INITIATOR',
      idParts: [`collective:${collective.id}`, ctx.idOf(lead)],
      people: [ctx.idOf(lead), ctx.idOf(backUp)],
      collectiveId: collective.id,
      ...(tied ? {} : { proposedTie: { personAId: ctx.idOf(lead), personBId: ctx.idOf(backUp) } }),
      urgency: BACK_UP_POINTS.base + Math.min(active.length - 1, BACK_UP_POINTS.othersUpTo),
      reasons: [
        { code: 'SOLE_LEAD', personId: ctx.idOf(lead), count: active.length },
        { code: 'MOST_CONNECTED_MEMBER', personId: ctx.idOf(backUp), count: knows },
      ],
      explanation: {
        nl:
          `${collective.name} hangt aan ${leadName}, de enige met een leidende rol. Vraag ${backUpName}, een lid dat ` +
          `${people(knows, 'nl')} kent, om die rol te delen${tied ? '' : ` en stel ${backUpName} voor aan ${leadName}`}.`,
        en:
          `${collective.name} hangs on ${leadName}, the only one with a lead role. Ask ${backUpName}, a member who ` +
          `knows ${people(knows, 'en')}, to share that role${tied ? '' : ` and introduce ${backUpName} to ${leadName}`}.`,
      },
    });
  }
  return result;
}

/**
 * The member who holds the members' own network together (see the header), with the pieces their component falls
 * into without them — each piece most connected first, the pieces largest first (then by their first member's id);
 * null when no member does.
 */
function holdsTogether(ctx: SuggestionContext, members: number[]): { v: number; pieces: number[][] } | null {
  const set = new Set(members);
  const { offsets, neighbours } = ctx.net.adjacency;
  const inner = (v: number): number[] => {
    const list: number[] = [];
    for (let p = offsets[v]; p < offsets[v + 1]; p++) if (set.has(neighbours[p])) list.push(neighbours[p]);
    return list;
  };
  let best: { v: number; pieces: number[][] } | null = null;
  for (const h of members) {
    const around = inner(h);
    if (around.length < 2) continue;
    // pieces: the components, without h, of h's member-neighbours
    const seen = new Set<number>([h]);
    const pieces: number[][] = [];
    for (const start of around) {
      if (seen.has(start)) continue;
      const piece: number[] = [];
      const stack = [start];
      seen.add(start);
      while (stack.length > 0) {
        const u = stack.pop() as number;
        piece.push(u);
        for (const w of inner(u)) {
          if (!seen.has(w)) {
            seen.add(w);
            stack.push(w);
          }
        }
      }
      pieces.push(piece.sort(ctx.compareMostConnected));
    }
    if (pieces.length < 2) continue;
    pieces.sort((a, b) => b.length - a.length || compareText(ctx.idOf(a[0]), ctx.idOf(b[0])));
    if (
      best === null ||
      pieces.length > best.pieces.length ||
      (pieces.length === best.pieces.length && ctx.compareMostConnected(h, best.v) < 0)
    ) {
      best = { v: h, pieces };
    }
  }
  return best;
}
