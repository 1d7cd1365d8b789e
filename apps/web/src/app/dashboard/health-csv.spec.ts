import Papa from 'papaparse';
import { CSV_COLUMNS, csvCell, fileName, healthCsv } from './health-csv';
import { BUURT, HOFJE, KERKPAD, LINDENLAAN } from './health-fixture';

function parse(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
}

describe('healthCsv', () => {
  const overview = {
    tree: [BUURT, LINDENLAAN, KERKPAD, HOFJE],
    previous: { ...BUURT, asOf: '2025-11-21', residents: 290 },
    delta: BUURT,
  };
  const trend = [
    { ...BUURT, asOf: '2026-10-21', residents: 299 },
    { ...BUURT, asOf: '2026-11-21' },
  ];

  it('writes the place, the earlier date, the places below it and the trend, a column per figure', () => {
    const rows = parse(healthCsv(overview, trend));
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => `${r['section']}:${r['place']}:${r['date']}`)).toEqual([
      'figures:De Lindenhof:2026-11-21',
      'previous:De Lindenhof:2025-11-21',
      'children:Lindenlaan:2026-11-21',
      'children:Kerkpad:2026-11-21',
      'children:Hofje:2026-11-21',
      'trend:De Lindenhof:2026-10-21',
      'trend:De Lindenhof:2026-11-21',
    ]);
    expect(rows[0]).toMatchObject({ residents: '300', shareIsolated: '0.07', meanDegree: '5.27', withheld: 'false' });
    expect(rows[1]['residents']).toBe('290');
    expect(rows[5]['residents']).toBe('299');
  });

  it('leaves a withheld place empty and says so: never a 0', () => {
    const hofje = parse(healthCsv(overview, null)).find((r) => r['place'] === 'Hofje');
    expect(hofje?.['withheld']).toBe('true');
    expect(hofje?.['residents']).toBe('');
    expect(hofje?.['shareIsolated']).toBe('');
  });

  it('ends lines with CRLF, as spreadsheets expect', () => {
    expect(healthCsv(overview, null).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });
});

describe('csvCell', () => {
  it('quotes separators and quotes, and defuses formulas', () => {
    expect(csvCell('Hof, "oud"')).toBe('"Hof, ""oud"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('Kerkpad')).toBe('Kerkpad');
  });
});

describe('fileName', () => {
  it('names the place without accents or spaces, and the date', () => {
    expect(fileName('dashboard', 'Hôfje aan de Gracht', '2026-11-21', 'csv')).toBe(
      'weefsel-dashboard-hofje-aan-de-gracht-2026-11-21.csv',
    );
    expect(fileName('exclusion', '', '2026-11-21', 'png')).toBe('weefsel-exclusion-plek-2026-11-21.png');
  });
});
