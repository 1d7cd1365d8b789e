/** Health figures for the dashboard's specs: De Lindenhof with two streets, as the API would answer. */
import { FIGURE_NAMES, type HealthFigures, type PlaceHealth } from './dashboard-api';

export function figures(values: Partial<HealthFigures> = {}): HealthFigures {
  const all = Object.fromEntries(FIGURE_NAMES.map((name) => [name, null])) as HealthFigures;
  return { ...all, ...values };
}

export function health(
  place: Pick<PlaceHealth, 'placeId' | 'name'> & Partial<PlaceHealth>,
  values: Partial<HealthFigures> = {},
): PlaceHealth {
  return {
    level: 'STREET',
    parentId: null,
    asOf: '2026-11-21',
    suppressed: false,
    ...figures(values),
    ...place,
  };
}

export const BUURT = health(
  { placeId: 'b1', name: 'De Lindenhof', level: 'NEIGHBOURHOOD' },
  {
    residents: 300,
    isolated: 21,
    shareIsolated: 0.07,
    atRisk: 45,
    shareAtRisk: 0.15,
    ties: 790,
    meanDegree: 5.27,
    density: 0.0176,
    components: 25,
    largestComponent: 276,
    largestComponentShare: 0.92,
    bridgingWeakTies: 198,
    bridgingShare: 0.25,
    connectors: 5,
    connectorsPer100: 1.67,
    tiesViaInitiatives: 35,
    shareTiesViaInitiatives: 0.044,
    practicalOffers: 30,
    practicalRequests: 0,
    socialContactOffers: 31,
    socialContactRequests: 2,
    otherOffers: 10,
    otherRequests: 0,
  },
);

export const LINDENLAAN = health(
  { placeId: 's1', name: 'Lindenlaan', parentId: 'b1' },
  { residents: 58, shareIsolated: 0.1, shareAtRisk: 0.2, meanDegree: 4.1, tiesViaInitiatives: 12 },
);

export const KERKPAD = health(
  { placeId: 's2', name: 'Kerkpad', parentId: 'b1' },
  { residents: 36, shareIsolated: 0.03, shareAtRisk: 0.25, meanDegree: 5.5, tiesViaInitiatives: 3 },
);

/** A street a corporation may not see: fewer than 10 residents, every figure withheld by the API. */
export const HOFJE = health({ placeId: 's3', name: 'Hofje', parentId: 'b1', suppressed: true });
