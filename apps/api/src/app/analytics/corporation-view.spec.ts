import type { PlaceHealth } from '@weefsel/graph';
import { corporationView, MIN_CELL } from './corporation-view';
import { HEALTH_FIGURES } from './models/place-health.model';

/** A place with every figure 0 but the ones given. */
function place(placeId: string, parentId: string | null, figures: Partial<PlaceHealth>): PlaceHealth {
  const base = Object.fromEntries(HEALTH_FIGURES.map((f) => [f, 0])) as unknown as PlaceHealth;
  return { ...base, placeId, name: placeId, level: 'STREET', parentId, asOf: '2026-11-01', ...figures };
}

describe('corporationView', () => {
  it('suppresses every figure of a place with fewer than 10 residents', () => {
    const [view] = corporationView([place('s', null, { residents: MIN_CELL - 1, isolated: 2 })]);
    expect(view.suppressed).toBe(true);
    expect(HEALTH_FIGURES.every((f) => view[f] === null)).toBe(true);
  });

  it('rounds counts to 5 and recomputes shares from the rounded counts', () => {
    // 52 residents, 7 isolated → 50 and 5 shown; share 5/50 = 0.1 (the exact 7/52 = 0.1346… would give 7 away)
    const [view] = corporationView([place('b', null, { residents: 52, isolated: 7, shareIsolated: 7 / 52, ties: 81 })]);
    expect(view.suppressed).toBe(false);
    expect([view.residents, view.isolated, view.ties]).toEqual([50, 5, 80]);
    expect(view.shareIsolated).toBe(0.1);
    expect(view.meanDegree).toBe(3.2); // 2 × 80 / 50
  });

  it('hides a sibling too when the suppressed streets alone could be recovered by subtraction', () => {
    // buurt 60 = streets 40 + 15 + 5: the 5 is hidden; without more, buurt − 40 − 15 gives it back.
    // The smallest visible sibling (15) is hidden as well: together 20 ≥ 10.
    const views = corporationView([
      place('buurt', null, { residents: 60 }),
      place('a', 'buurt', { residents: 40 }),
      place('b', 'buurt', { residents: 15 }),
      place('c', 'buurt', { residents: 5 }),
    ]);
    const hidden = views.filter((v) => v.suppressed).map((v) => v.placeId);
    expect(hidden).toEqual(['b', 'c']);
  });

  it('leaves siblings alone when the suppressed group is already large enough', () => {
    // streets of 9 and 8 are both hidden: 17 ≥ 10, so subtraction only reveals a group of 17
    const views = corporationView([
      place('buurt', null, { residents: 67 }),
      place('a', 'buurt', { residents: 50 }),
      place('b', 'buurt', { residents: 9 }),
      place('c', 'buurt', { residents: 8 }),
    ]);
    expect(views.filter((v) => v.suppressed).map((v) => v.placeId)).toEqual(['b', 'c']);
  });
});
