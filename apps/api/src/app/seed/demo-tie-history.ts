/**
 * The history in the demo's ties: ties that ended in the past year (in place, lost ties of isolated residents,
 * acquaintances who became friends: an ended row followed by a new one), a lost bridge between clusters, strong
 * ties nobody confirmed for over a year, and a few sensitive ones.
 */
import { EcogramFunction, TieKind, TieVisibility } from '@weefsel/domain';
import { addDays, dateBetween, laterOf } from './demo-dates';
import type { DemoPerson } from './demo-people';
import { ENDED_TIE_NOTES } from './demo-phrases';
import { functionsFor, TieContext } from './demo-ties';

const { COMPANIONSHIP, EMOTIONAL } = EcogramFunction;

/** Ties that ended in the past year: some ended in place, some lost ties of isolated people, a few upgraded. */
export function buildEndedTies(ctx: TieContext): void {
  const { rng, today, population, ties } = ctx;
  const endedOn = () => dateBetween(rng, addDays(today, -360), addDays(today, -10));

  // ordinary ties that ended, between people who keep enough other ties
  const endable = ties.rows.filter(
    (t) =>
      t.until === null &&
      (t.kind === TieKind.NEIGHBOUR || t.kind === TieKind.ACQUAINTANCE || t.kind === TieKind.FRIEND) &&
      t.since < addDays(today, -400),
  );
  const toEnd = rng.int(8, 12);
  let ended = 0;
  for (const row of rng.shuffle(endable)) {
    if (ended >= toEnd) break;
    const a = population.byId.get(row.personAExternalId) as DemoPerson;
    const b = population.byId.get(row.personBExternalId) as DemoPerson;
    // keep connectors, the bridges between clusters and anyone with few ties as they are
    if (a.connector || b.connector || a.cluster !== b.cluster || ties.degree(a) < 4 || ties.degree(b) < 4) continue;
    ties.endTie(row, endedOn());
    if (rng.chance(0.4)) row.note = rng.pick(ENDED_TIE_NOTES);
    ended++;
  }

  // isolated people who lost their one tie this year
  for (const p of population.people.filter((q) => q.isolated && rng.chance(0.4))) {
    const q = rng.pick(population.people.filter((x) => x.street === p.street && x !== p));
    const until = endedOn();
    const since = dateBetween(
      rng,
      laterOf(laterOf(p.movedInOn, q.movedInOn), addDays(today, -3000)),
      addDays(until, -60),
    );
    const kind = rng.chance(0.5) ? TieKind.FRIEND : TieKind.NEIGHBOUR;
    const note = rng.pick(ENDED_TIE_NOTES);
    ties.add({ a: p, b: q, kind, functions: functionsFor(rng, kind), strength: rng.int(2, 4), since, until, note });
  }

  // acquaintances who became friends: an ended row followed by a new one for the same pair
  const open = population.people.filter((q) => q.maxTiesToday > 1 && !q.connector);
  for (let made = 0, attempt = 0; made < 3 && attempt < 60; attempt++) {
    const a = rng.pick(open);
    const b = rng.pick(open.filter((q) => q.street === a.street && q.household !== a.household));
    if (!b || ties.hasAnyTie(a, b)) continue;
    const switchOn = endedOn();
    const since = dateBetween(
      rng,
      laterOf(laterOf(a.movedInOn, b.movedInOn), addDays(today, -1500)),
      addDays(switchOn, -30),
    );
    if (since >= switchOn) continue;
    ties.add({ a, b, kind: TieKind.ACQUAINTANCE, functions: [COMPANIONSHIP], strength: 2, since, until: switchOn });
    const kind = TieKind.FRIEND;
    ties.add({ a, b, kind, functions: functionsFor(rng, kind), strength: rng.int(3, 4), since: switchOn });
    made++;
  }

  // a lost bridge: a friendship between the village core and the new-build that ended this year
  const core = open.filter((p) => p.cluster === 'DORPSKERN');
  const newBuild = open.filter((p) => p.cluster === 'NIEUWBOUW');
  const a = rng.pick(core);
  const b = rng.pick(newBuild);
  const until = dateBetween(rng, addDays(today, -200), addDays(today, -90));
  const since = laterOf(laterOf(a.movedInOn, b.movedInOn), addDays(until, -700));
  if (since < until) {
    ties.add({
      a,
      b,
      kind: TieKind.FRIEND,
      functions: [COMPANIONSHIP],
      strength: 2,
      since,
      until,
      note: 'Contact verwaterd.',
    });
  }
}

/** A few strong ties nobody has confirmed for more than a year (lesson 4: look before a crisis). */
export function markUnconfirmedStrongTies(ctx: TieContext): void {
  const { rng, today, ties } = ctx;
  const yearAgo = addDays(today, -370);
  const candidates = ties.rows.filter((t) => t.until === null && t.strength >= 4 && t.since < addDays(yearAgo, -30));
  for (const row of rng.weightedSample(candidates, rng.int(4, 7))) {
    row.lastConfirmedOn = dateBetween(rng, laterOf(row.since, addDays(today, -900)), yearAgo);
  }
  // a few sensitive ties: emotional support the residents asked to keep out of analyses
  const emotional = ties.rows.filter((t) => t.functions.includes(EMOTIONAL) && t.kind === TieKind.FRIEND);
  for (const row of rng.weightedSample(emotional, 3)) row.visibility = TieVisibility.SENSITIVE;
}
