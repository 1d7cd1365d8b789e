import { figures, BUURT, HOFJE } from './health-fixture';
import { buildTiles, formatChange, formatFigure, trendOf } from './health-figures';

describe('formatFigure', () => {
  it('writes counts, shares, decimals and density the Dutch way', () => {
    expect(formatFigure(1234, 'count', 'nl-NL')).toBe('1.234');
    expect(formatFigure(0.07, 'share', 'nl-NL')).toBe('7%');
    expect(formatFigure(0.125, 'share', 'nl-NL')).toBe('12,5%');
    expect(formatFigure(5.27, 'decimal', 'nl-NL')).toBe('5,27');
    expect(formatFigure(2, 'decimal', 'nl-NL')).toBe('2,0');
    expect(formatFigure(0.0176, 'density', 'nl-NL')).toBe('0,018');
  });

  it('and the English way', () => {
    expect(formatFigure(1234, 'count', 'en-GB')).toBe('1,234');
    expect(formatFigure(5.27, 'decimal', 'en-GB')).toBe('5.27');
  });

  it('keeps a missing figure missing instead of writing 0', () => {
    expect(formatFigure(null, 'count', 'nl-NL')).toBeNull();
    expect(formatFigure(Number.NaN, 'share', 'nl-NL')).toBeNull();
  });
});

describe('formatChange', () => {
  it('gives shares in percentage points, with a sign', () => {
    // 0.07 − 0.10 = −0.03: three percentage points fewer
    expect(formatChange(-0.03, 'share', 'nl-NL')).toBe('-3 pp');
    expect(formatChange(0.025, 'share', 'en-GB')).toBe('+2.5 pp');
  });

  it('writes no change without a sign, and counts as whole numbers', () => {
    expect(formatChange(0, 'count', 'nl-NL')).toBe('0');
    expect(formatChange(0.0001, 'decimal', 'nl-NL')).toBe('0');
    expect(formatChange(12, 'count', 'nl-NL')).toBe('+12');
  });

  it('has nothing to say without a comparison', () => {
    expect(formatChange(null, 'count', 'nl-NL')).toBeNull();
  });
});

describe('trendOf', () => {
  it('knows which way is good news', () => {
    expect(trendOf(-0.02, 'down')).toBe('better'); // fewer isolated residents
    expect(trendOf(0.02, 'down')).toBe('worse');
    expect(trendOf(0.3, 'up')).toBe('better'); // more ties per resident
    expect(trendOf(5, 'none')).toBe('neutral'); // more residents known: neither
    expect(trendOf(0, 'up')).toBe('same');
    expect(trendOf(null, 'up')).toBeNull();
  });
});

describe('buildTiles', () => {
  it('shows every figure with its detail and change', () => {
    const tiles = buildTiles(BUURT, BUURT, figures({ shareIsolated: -0.03, meanDegree: 0.4 }), 'nl-NL');
    const isolated = tiles.find((t) => t.id === 'isolated');
    expect(isolated).toMatchObject({
      state: 'shown',
      value: '7%',
      detail: { key: 'dashboard.tile.people', value: '21' },
      change: '-3 pp',
      trend: 'better',
    });
    expect(tiles.find((t) => t.id === 'meanDegree')).toMatchObject({ value: '5,27', change: '+0,4', trend: 'better' });
    // offers : requests, practical and social contact apart (lesson 3)
    expect(tiles.find((t) => t.id === 'helpPractical')?.value).toBe('30 : 0');
    expect(tiles.find((t) => t.id === 'helpSocial')?.value).toBe('31 : 2');
    expect(tiles.map((t) => t.id)).toEqual([
      'residents',
      'isolated',
      'atRisk',
      'meanDegree',
      'density',
      'components',
      'bridging',
      'connectors',
      'viaInitiatives',
      'helpPractical',
      'helpSocial',
    ]);
  });

  it('calls a change too small to show no change, not good or bad news', () => {
    // −0.0004 of a share is −0.04 pp: written as 0 pp, so it must not be coloured as worse
    const tiles = buildTiles(BUURT, BUURT, figures({ bridgingShare: -0.0004 }), 'nl-NL');
    expect(tiles.find((t) => t.id === 'bridging')).toMatchObject({ change: '0 pp', trend: 'same' });
  });

  it('marks a withheld place as withheld on every tile, never as a number', () => {
    const tiles = buildTiles(HOFJE, null, null, 'nl-NL');
    expect(tiles.every((t) => t.state === 'withheld' && t.value === null && t.change === null)).toBe(true);
  });

  it('says when the earlier date was withheld, and tells a figure that cannot be computed from a withheld one', () => {
    const current = { ...BUURT, helpRatio: null, density: null };
    const tiles = buildTiles(current, HOFJE, null, 'nl-NL');
    expect(tiles.every((t) => t.previousWithheld)).toBe(true);
    expect(tiles.find((t) => t.id === 'density')?.state).toBe('notApplicable');
    expect(tiles.find((t) => t.id === 'residents')?.state).toBe('shown');
  });
});
