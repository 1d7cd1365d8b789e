/**
 * What a housing corporation may see of a place's network health (DESIGN.md "Who sees what"; issue 3 item 6):
 * aggregates only — no names, no person ids, no single-person figure.
 *
 * 1. Primary suppression: a place with fewer than MIN_CELL (10) residents shows no figures at all.
 * 2. Rounding: every count is rounded to the nearest 5; every share and ratio is recomputed from the rounded
 *    counts (so it cannot give the exact count back), and the remaining structural figures (density,
 *    clustering, modularity, E-I) are rounded to two decimals.
 * 3. Secondary suppression against differencing: a corporation sees a place and the places below it, so
 *    "buurt minus its unsuppressed streets" would reveal a suppressed street. Among the children of each
 *    place, when the suppressed ones hold fewer than MIN_CELL residents together, the smallest visible
 *    siblings are suppressed too, until the hidden group has at least MIN_CELL residents or all are hidden.
 * The only filters are place and date; rounding to 5 limits what comparing two dates can reveal.
 */
import type { PlaceHealth } from '@weefsel/graph';
import { HEALTH_COUNT_FIGURES, HEALTH_FIGURES } from './models/place-health.model';

export const MIN_CELL = 10;
export const ROUNDING = 5;

export type FigureName = (typeof HEALTH_FIGURES)[number];
export type HealthView = { [K in FigureName]: number | null } & {
  placeId: string;
  name: string;
  level: string;
  parentId: string | null;
  asOf: string;
  suppressed: boolean;
};

const round5 = (n: number | null): number | null => (n === null ? null : Math.round(n / ROUNDING) * ROUNDING);
const round2 = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100);
const ratio = (a: number | null, b: number | null, scale = 1): number | null =>
  a === null || b === null || b === 0 ? null : round2((a / b) * scale);

const COUNTS = new Set<string>(HEALTH_COUNT_FIGURES);

/** The full figures, for roles that may see them (WORKER, ANALYST). */
export function fullView(h: PlaceHealth): HealthView {
  const view = { placeId: h.placeId, name: h.name, level: h.level, parentId: h.parentId, asOf: h.asOf } as HealthView;
  for (const f of HEALTH_FIGURES) (view as Record<string, unknown>)[f] = h[f] ?? null;
  view.suppressed = false;
  return view;
}

function suppressedView(h: PlaceHealth): HealthView {
  const view = fullView(h);
  for (const f of HEALTH_FIGURES) (view as Record<string, unknown>)[f] = null;
  view.suppressed = true;
  return view;
}

function roundedView(h: PlaceHealth): HealthView {
  const view = fullView(h);
  const v = view as unknown as Record<string, number | null>;
  for (const f of HEALTH_FIGURES) v[f] = COUNTS.has(f) ? round5(h[f]) : round2(h[f]);
  v['shareIsolated'] = ratio(v['isolated'], v['residents']);
  v['shareAtRisk'] = ratio(v['atRisk'], v['residents']);
  v['largestComponentShare'] = ratio(v['largestComponent'], v['residents']);
  v['meanDegree'] = ratio(2 * (v['ties'] ?? 0), v['residents']);
  v['meanDegreeWithExternal'] = ratio(2 * (v['ties'] ?? 0) + (v['externalTies'] ?? 0), v['residents']);
  v['bridgingShare'] = ratio(v['bridgingWeakTies'], v['ties']);
  v['connectorsPer100'] = ratio(v['connectors'], v['residents'], 100);
  v['shareTiesViaInitiatives'] = ratio(v['tiesViaInitiatives'], v['ties']);
  v['helpRatio'] = ratio(v['helpOffers'], v['helpRequests']);
  v['practicalRatio'] = ratio(v['practicalOffers'], v['practicalRequests']);
  v['socialContactRatio'] = ratio(v['socialContactOffers'], v['socialContactRequests']);
  v['otherRatio'] = ratio(v['otherOffers'], v['otherRequests']);
  return view;
}

/**
 * The corporation's view of a list of places (a place and the places below it, as `healthByPlace` gives
 * them), with primary and secondary suppression applied over the whole list.
 */
export function corporationView(list: readonly PlaceHealth[]): HealthView[] {
  const hidden = new Set(list.filter((h) => h.residents < MIN_CELL).map((h) => h.placeId));
  const children = new Map<string, PlaceHealth[]>();
  for (const h of list) {
    if (h.parentId === null) continue;
    const siblings = children.get(h.parentId) ?? [];
    siblings.push(h);
    children.set(h.parentId, siblings);
  }
  // repeat until stable: hiding a place can make its own parent's group too small again
  for (let changed = true; changed;) {
    changed = false;
    for (const siblings of children.values()) {
      const hiddenResidents = siblings.filter((s) => hidden.has(s.placeId)).reduce((n, s) => n + s.residents, 0);
      const anyHidden = siblings.some((s) => hidden.has(s.placeId));
      if (!anyHidden || hiddenResidents >= MIN_CELL) continue;
      const visible = siblings
        .filter((s) => !hidden.has(s.placeId))
        .sort((a, b) => a.residents - b.residents || a.placeId.localeCompare(b.placeId));
      if (visible.length === 0) continue;
      hidden.add(visible[0].placeId);
      changed = true;
    }
  }
  return list.map((h) => (hidden.has(h.placeId) ? suppressedView(h) : roundedView(h)));
}
