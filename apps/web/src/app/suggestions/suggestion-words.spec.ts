import type { SuggestionEffect } from './suggestions-api';
import { addDays, effectChanges, previewRows, signed, signedPoints } from './suggestion-words';

const NONE: SuggestionEffect = {
  scenario: 'ADD_TIE',
  residentsLeavingIsolation: 0,
  residentsBecomingIsolated: 0,
  isolatedChange: 0,
  atRiskChange: 0,
  tiesChange: 0,
  componentsChange: 0,
  largestComponentShareChange: 0,
  bridgingShareChange: null,
  meanDegreeChange: null,
  bridgesChange: 0,
  articulationPointsChange: 0,
};

describe('signed numbers', () => {
  it('writes a real minus sign, a plus for gains and a bare zero', () => {
    expect(signed(-1, 'nl')).toBe('\u22121');
    expect(signed(2, 'en')).toBe('+2');
    expect(signed(0, 'en')).toBe('0');
  });

  it('writes a share change as percentage points in the language’s decimal style', () => {
    // 1/30 = 0.0333… → 3.3 percentage points
    expect(signedPoints(1 / 30, 'en')).toBe('+3.3 %');
    expect(signedPoints(1 / 30, 'nl')).toBe('+3,3 %');
    expect(signedPoints(-0.05, 'en')).toBe('\u22125 %');
  });
});

describe('effectChanges', () => {
  it('lists only the figures that change, counts first, each marked good or bad for the neighbourhood', () => {
    const changes = effectChanges(
      {
        ...NONE,
        isolatedChange: -1,
        componentsChange: -1,
        tiesChange: 1,
        bridgesChange: 1,
        largestComponentShareChange: 0.02,
      },
      'en',
    );
    expect(changes).toEqual([
      { figure: 'isolated', text: '\u22121', good: true },
      { figure: 'components', text: '\u22121', good: true },
      { figure: 'ties', text: '+1', good: true },
      // one bridge more: the network hangs on one more tie, not a gain
      { figure: 'bridges', text: '+1', good: false },
      { figure: 'largestComponentShare', text: '+2 %', good: true },
    ]);
  });

  it('is empty when nothing changes, and ignores a share change under a tenth of a point', () => {
    expect(effectChanges({ ...NONE, bridgingShareChange: 0.0004 }, 'nl')).toEqual([]);
  });
});

describe('previewRows', () => {
  it('shows before and after side by side and marks what changes', () => {
    const before = {
      isolated: 21,
      atRisk: 40,
      ties: 500,
      components: 25,
      largestComponentShare: 0.9,
      meanDegree: 3.3333,
      bridgingShare: null,
    };
    const after = { ...before, isolated: 20, ties: 501, components: 24, largestComponentShare: 0.9033 };
    const rows = previewRows(before, after, 'en');
    expect(rows.find((r) => r.figure === 'isolated')).toEqual({
      figure: 'isolated',
      before: '21',
      after: '20',
      changed: true,
    });
    expect(rows.find((r) => r.figure === 'atRisk')?.changed).toBe(false);
    expect(rows.find((r) => r.figure === 'largestComponentShare')).toEqual({
      figure: 'largestComponentShare',
      before: '90 %',
      after: '90.3 %',
      changed: true,
    });
    expect(rows.find((r) => r.figure === 'bridgingShare')).toEqual({
      figure: 'bridgingShare',
      before: '–',
      after: '–',
      changed: false,
    });
  });
});

describe('addDays', () => {
  it('adds calendar days across a month end', () => {
    expect(addDays('2026-11-21', 14)).toBe('2026-12-05');
  });
});
