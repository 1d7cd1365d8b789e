import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CollectiveKind,
  EcogramFunction,
  LIMITS,
  PersonRole,
  PlaceLevel,
  TieSource,
  TieVisibility,
} from '@weefsel/domain';
import { Column, COLUMNS, joinList, splitList } from './csv-format';
import { parseImportFiles } from './csv-parse';
import { bundleToCsvFiles } from './csv-write';
import { ImportKind, ImportProblem } from './import-rows';

const PLACES = `external_id,name,level,parent_external_id,cbs_code
gm,Amsterdam,MUNICIPALITY,,GM0363
bu,Lindenbuurt,NEIGHBOURHOOD,gm,BU03630000
st,Lindenstraat,STREET,bu,
`;

const PEOPLE = `external_id,display_name,home_place_external_id,birth_year,roles,assets,on_watch_list,consent_basis,consent_recorded_on
p1,Fatima B.,st,1957,CONNECTOR@2021-03-01;VOLUNTEER@2020-01-01..2022-01-01,SKILL:fietsen repareren;PASSION:tuinieren,ja,CONSENT,2024-05-13
p2,Henk de V.,st,,,,nee,,
`;

function parse(...files: [string, string][]) {
  return parseImportFiles(files.map(([name, content]) => ({ name, content })));
}

/** The problems as `line column: reason` strings, easy to read in a failing test. */
function problems(result: { problems: ImportProblem[] }): string[] {
  return result.problems.map((p) => `${p.file}:${p.line} ${p.column ?? '-'}: ${p.reason}`);
}

describe('parseImportFiles', () => {
  it('reads places and people, multi-valued cells and Dutch booleans', () => {
    const result = parse(['a.csv', PLACES], ['b.csv', PEOPLE]);
    expect(problems(result)).toEqual([]);
    expect(result.files).toEqual([
      { name: 'a.csv', kind: 'places', rows: 3 },
      { name: 'b.csv', kind: 'people', rows: 2 },
    ]);
    expect(result.bundle.places[1]).toEqual({
      externalId: 'bu',
      name: 'Lindenbuurt',
      level: PlaceLevel.NEIGHBOURHOOD,
      parentExternalId: 'gm',
      cbsCode: 'BU03630000',
    });
    expect(result.bundle.people[0]).toEqual({
      externalId: 'p1',
      displayName: 'Fatima B.',
      homePlaceExternalId: 'st',
      birthYear: 1957,
      roles: [
        { role: PersonRole.CONNECTOR, since: '2021-03-01', until: null },
        { role: PersonRole.VOLUNTEER, since: '2020-01-01', until: '2022-01-01' },
      ],
      assets: [
        { kind: 'SKILL', label: 'fietsen repareren' },
        { kind: 'PASSION', label: 'tuinieren' },
      ],
      onWatchList: true,
      consentBasis: 'CONSENT',
      consentRecordedOn: '2024-05-13',
      consentWithdrawnOn: null,
    });
    expect(result.bundle.people[1]).toMatchObject({ birthYear: null, roles: [], assets: [], onWatchList: false });
    expect(result.sources.people.map((s) => s.line)).toEqual([2, 3]);
  });

  it('recognises the kind from the header, not the file name, in any column order and case', () => {
    const result = parse(['places.csv', 'Display Name;External_ID;home_place_external_id\nAnna;p9;st\n']);
    expect(problems(result)).toEqual([]);
    expect(result.files[0].kind).toBe('people');
    expect(result.bundle.people[0]).toMatchObject({ externalId: 'p9', displayName: 'Anna' });
  });

  it('tells initiatives from collectives, whose required columns an initiatives header also has', () => {
    const collectives = parse(['x.csv', 'external_id,name,kind,place_external_id\nc1,Club,ASSOCIATION,bu\n']);
    const initiatives = parse([
      'y.csv',
      'external_id,name,kind,phase,place_external_id\ni1,Taart,ATTENTION,ACTIVE,bu\n',
    ]);
    expect(collectives.files[0].kind).toBe('collectives');
    expect(initiatives.files[0].kind).toBe('initiatives');
    expect(collectives.bundle.collectives[0].kind).toBe(CollectiveKind.ASSOCIATION);
  });

  it('strips a BOM and reads semicolons, CRLF and a decimal comma (Dutch Excel)', () => {
    const content =
      '\uFEFFexternal_id;person_a_external_id;person_b_external_id;kind;strength;since;confidence;functions\r\n' +
      't1;p1;p2;NEIGHBOUR;3;2020-01-01;0,8;"PRACTICAL;EMOTIONAL"\r\n';
    const result = parse(['ties.csv', content]);
    expect(problems(result)).toEqual([]);
    expect(result.bundle.ties[0]).toMatchObject({
      externalId: 't1',
      confidence: 0.8,
      functions: [EcogramFunction.PRACTICAL, EcogramFunction.EMOTIONAL],
      source: TieSource.OBSERVED_BY_WORKER,
      visibility: TieVisibility.NORMAL,
      until: null,
    });
  });

  it('reads tabs, and the sep= line Excel may write', () => {
    const tabs = parse(['t.csv', 'external_id\tname\tlevel\ngm\tAmsterdam, Noord\tMUNICIPALITY\n']);
    expect(problems(tabs)).toEqual([]);
    expect(tabs.bundle.places[0].name).toBe('Amsterdam, Noord');
    const sep = parse(['s.csv', 'sep=;\r\nexternal_id;name;level\r\ngm;A,B;MUNICIPALITY\r\nbu;C;NOPE\r\n']);
    expect(problems(sep)).toEqual([
      's.csv:4 level: "NOPE" is not a level: use STREET, NEIGHBOURHOOD, DISTRICT, VILLAGE or MUNICIPALITY.',
    ]);
    expect(sep.bundle.places[0].name).toBe('A,B');
  });

  it('counts lines after a quoted value with line breaks in it', () => {
    const content =
      'external_id,name,kind,place_external_id,description\n' +
      'c1,Club,ASSOCIATION,bu,"first line\nsecond line\nthird line"\n' +
      'c2,Club 2,NO_SUCH_KIND,bu,\n';
    const result = parse(['c.csv', content]);
    expect(problems(result)).toEqual([
      `c.csv:5 kind: "NO_SUCH_KIND" is not a kind of collective: use ${Object.values(CollectiveKind).slice(0, -1).join(', ')} or OTHER.`,
    ]);
    expect(result.bundle.collectives).toHaveLength(1);
    expect(result.bundle.collectives[0].description).toBe('first line\nsecond line\nthird line');
  });

  it('skips empty lines, and lines of empty cells, without losing count', () => {
    const result = parse(['p.csv', 'external_id,name,level\n\n,,\ngm,Gemeente,MUNICIPALITY\nbu,Buurt,BUURT_X\n']);
    expect(problems(result)).toEqual([
      'p.csv:5 level: "BUURT_X" is not a level: use STREET, NEIGHBOURHOOD, DISTRICT, VILLAGE or MUNICIPALITY.',
    ]);
  });

  it('accepts Dutch level names', () => {
    const result = parse(['p.csv', 'external_id,name,level\ngm,Gemeente,gemeente\nst,Straat,straat\n']);
    expect(result.bundle.places.map((p) => p.level)).toEqual([PlaceLevel.MUNICIPALITY, PlaceLevel.STREET]);
  });

  it.each<[string, string, string]>([
    ['birth_year', '19x7', '"19x7" is not a whole number: a year between 1900 and 2100.'],
    ['birth_year', '1850', '1850 is out of range: a year between 1900 and 2100.'],
    ['on_watch_list', 'misschien', '"misschien" is not yes or no: use true/false, yes/no, ja/nee or 1/0.'],
    [
      'roles',
      'CONNECTOR',
      '"CONNECTOR": write a role as ROLE@YYYY-MM-DD, or ROLE@YYYY-MM-DD..YYYY-MM-DD when it ended.',
    ],
    ['roles', 'BOSS@2020-01-01', '"BOSS" is not a role: use CONNECTOR, KEY_FIGURE, INITIATOR or VOLUNTEER.'],
    [
      'roles',
      'VOLUNTEER@2022-01-01..2020-01-01',
      '"VOLUNTEER@2022-01-01..2020-01-01": the role ends before it starts.',
    ],
    ['assets', 'fietsen', '"fietsen": write an asset as KIND:label, e.g. SKILL:fietsen repareren.'],
    ['assets', 'SKILL:', '"SKILL:": the asset has no label.'],
    ['consent_recorded_on', '13-05-2024', '"13-05-2024": write dates as YYYY-MM-DD (2024-05-13 if you mean day 13).'],
    ['consent_recorded_on', '2023-02-29', '"2023-02-29" is not a date: write it as YYYY-MM-DD, e.g. 2021-03-01.'],
    [
      'consent_basis',
      'maybe',
      '"maybe" is not a basis for keeping data: use CONSENT, LEGITIMATE_INTEREST or PUBLIC_TASK.',
    ],
    [
      'display_name',
      'x'.repeat(LIMITS.nameMax + 1),
      `Too long: ${LIMITS.nameMax + 1} characters, at most ${LIMITS.nameMax}.`,
    ],
    ['display_name', '', 'Empty, but required: the name you know them by.'],
    ['external_id', 'a;b', '"a;b": an external id cannot contain ";".'],
  ])('reports a bad %s cell (%j) with line, column and reason', (column, cell, reason) => {
    const header = ['external_id', 'display_name', 'home_place_external_id', column].filter(
      (c, i, all) => all.indexOf(c) === i,
    );
    const values: Record<string, string> = { external_id: 'p1', display_name: 'Anna', home_place_external_id: 'st' };
    values[column] = cell;
    const line = header.map((c) => (values[c].includes(';') ? `"${values[c]}"` : values[c])).join(',');
    const result = parse(['people.csv', `${header.join(',')}\n${line}\n`]);
    expect(result.problems).toEqual([{ file: 'people.csv', line: 2, column, reason }]);
    expect(result.bundle.people).toEqual([]);
  });

  it.each<[string, string, string, string]>([
    ['strength', '7', 'strength', '7 is out of range: strength is 1 (weak) to 5 (strong).'],
    ['confidence', '1.5', 'confidence', '1.5 is out of range: confidence is a number from 0 to 1.'],
    [
      'functions',
      'HUGS',
      'functions',
      '"HUGS" is not an ecogram function: use PRACTICAL, COMPANIONSHIP, ADVICE or EMOTIONAL.',
    ],
    ['until', '2019-01-01', 'until', 'Ends before it starts (2020-01-01).'],
    [
      'last_confirmed_on',
      '2019-12-31',
      'last_confirmed_on',
      'A tie cannot be confirmed before it started (2020-01-01).',
    ],
    ['person_b_external_id', 'p1', 'person_b_external_id', 'A tie links two different people.'],
  ])('reports a bad tie: %s = %s', (column, cell, expectedColumn, reason) => {
    const values: Record<string, string> = {
      external_id: 't1',
      person_a_external_id: 'p1',
      person_b_external_id: 'p2',
      kind: 'FRIEND',
      strength: '3',
      since: '2020-01-01',
      [column]: cell,
    };
    const header = Object.keys(values);
    const result = parse(['ties.csv', `${header.join(',')}\n${header.map((c) => values[c]).join(',')}\n`]);
    expect(result.problems).toEqual([{ file: 'ties.csv', line: 2, column: expectedColumn, reason }]);
  });

  it('reports a CBS code that does not fit the level, and a bad one', () => {
    const result = parse([
      'p.csv',
      'external_id,name,level,cbs_code\nw,Wijk,DISTRICT,BU03630000\ns,Straat,STREET,GM0363\nb,Buurt,NEIGHBOURHOOD,BU123\n',
    ]);
    expect(problems(result)).toEqual([
      'p.csv:2 cbs_code: A wijk (DISTRICT) has a CBS code starting with WK.',
      'p.csv:3 cbs_code: The CBS has no code for a straat (STREET): leave it empty.',
      'p.csv:4 cbs_code: "BU123" is not a CBS code: GM + 4 digits, WK + 6 digits or BU + 8 digits, e.g. BU03630000.',
    ]);
  });

  it('checks the hierarchy and streets as far as the files show them', () => {
    const places =
      'external_id,name,level,parent_external_id\nst,Straat,STREET,\nbu,Buurt,NEIGHBOURHOOD,st\nx,X,STREET,x\n';
    const people = 'external_id,display_name,home_place_external_id\np1,Anna,bu\n';
    const result = parse(['places.csv', places], ['people.csv', people]);
    expect(problems(result)).toEqual([
      'places.csv:3 parent_external_id: A buurt (NEIGHBOURHOOD) cannot lie inside a straat (STREET) ("st").',
      'places.csv:4 parent_external_id: A place cannot lie inside itself.',
      `people.csv:2 home_place_external_id: A resident's home is a street; "bu" is a buurt (NEIGHBOURHOOD).`,
    ]);
  });

  it('reports duplicate external ids within and across files, at the second occurrence', () => {
    const result = parse(
      ['a.csv', 'external_id,name,level\ngm,A,MUNICIPALITY\ngm,B,MUNICIPALITY\n'],
      ['b.csv', 'external_id,name,level\ngm,C,MUNICIPALITY\n'],
    );
    expect(problems(result)).toEqual([
      'a.csv:3 external_id: "gm" is used twice: also on line 2.',
      'b.csv:2 external_id: "gm" is used twice: also on line 2 of a.csv.',
    ]);
    expect(result.bundle.places.map((p) => p.name)).toEqual(['A']);
  });

  it('reports the same pair of people with two open ties, whichever way round', () => {
    const ties =
      'external_id,person_a_external_id,person_b_external_id,kind,strength,since,until\n' +
      't1,p1,p2,FRIEND,3,2020-01-01,\n' +
      't2,p2,p1,NEIGHBOUR,2,2021-01-01,\n' +
      't3,p1,p2,NEIGHBOUR,2,2015-01-01,2019-01-01\n';
    expect(problems(parse(['ties.csv', ties]))).toEqual([
      'ties.csv:3 person_b_external_id: These two people already have an open tie on line 2: fill in until on one of them, or merge them into one row.',
    ]);
  });

  it('reports consent half filled in', () => {
    const people =
      'external_id,display_name,home_place_external_id,consent_basis,consent_recorded_on,consent_withdrawn_on\n' +
      'p1,A,st,CONSENT,,\n' +
      'p2,B,st,,2024-01-01,\n' +
      'p3,C,st,CONSENT,2024-01-01,2023-01-01\n';
    expect(problems(parse(['people.csv', people]))).toEqual([
      'people.csv:2 consent_recorded_on: Empty, but required with a consent basis: the day it was recorded.',
      'people.csv:3 consent_basis: Empty, but required with a consent date: CONSENT, LEGITIMATE_INTEREST or PUBLIC_TASK.',
      'people.csv:4 consent_withdrawn_on: Consent cannot be withdrawn before it was recorded (2024-01-01).',
    ]);
  });

  it.each<[string, string, string[]]>([
    [
      'an empty file',
      '',
      [
        'f.csv:1 -: The file is empty. It needs a header line, e.g. external_id,display_name,home_place_external_id,birth_year,roles,assets,on_watch_list,consent_basis,consent_recorded_on,consent_withdrawn_on, and rows below it.',
      ],
    ],
    [
      'only a BOM and blank lines',
      '\uFEFF\n\n',
      [
        'f.csv:1 -: The file is empty. It needs a header line, e.g. external_id,display_name,home_place_external_id,birth_year,roles,assets,on_watch_list,consent_basis,consent_recorded_on,consent_withdrawn_on, and rows below it.',
      ],
    ],
    ['a header without rows', 'external_id,name,level\n', ['f.csv:1 -: The file has a header but no rows below it.']],
    [
      'a header of nothing known',
      'naam,adres\nA,B\n',
      [
        'f.csv:1 -: The first line does not name the columns of a Weefsel file. For places it reads external_id,name,level,parent_external_id,cbs_code; see docs/import-format.md for people, collectives, memberships, initiatives, participations and ties.',
      ],
    ],
    [
      'a missing required column',
      'external_id,display_name,birth_year\np1,A,1950\n',
      [
        'f.csv:1 home_place_external_id: Missing column: a people file needs it (external_id,display_name,home_place_external_id,birth_year,roles,assets,on_watch_list,consent_basis,consent_recorded_on,consent_withdrawn_on).',
      ],
    ],
    [
      'an unknown column',
      'external_id,name,level,colour\ngm,A,MUNICIPALITY,red\n',
      [
        'f.csv:1 colour: Unknown column for a places file; its columns are external_id,name,level,parent_external_id,cbs_code.',
      ],
    ],
    [
      'a column twice',
      'external_id,name,level,name\ngm,A,MUNICIPALITY,B\n',
      ['f.csv:1 name: This column appears twice in the header.'],
    ],
    [
      'a line with too many values',
      'external_id,name,level\ngm,Amsterdam, Noord,MUNICIPALITY\n',
      [
        'f.csv:2 -: This line has 4 values, but the header has 3 columns: a value with a comma or line break in it needs "quotes" around it.',
      ],
    ],
    [
      'an unclosed quote',
      'external_id,name,level\n\nbu,"B,NEIGHBOURHOOD\nst,C,STREET\n',
      ['f.csv:3 -: A quote (") opened on this line is never closed: the rest of the file cannot be read.'],
    ],
    [
      'a stray quote',
      'external_id,name,level\ngm,"A"msterdam,MUNICIPALITY\nbu,B,NEIGHBOURHOOD\n',
      [
        'f.csv:2 -: A value on this line has a stray quote ("): put the whole value in quotes and write a quote inside it twice (""). Nothing after it could be read.',
      ],
    ],
    [
      'text that is not UTF-8',
      'external_id,name,level\ngm,Gem\uFFFDnte,MUNICIPALITY\n',
      [
        'f.csv:2 -: The file is not UTF-8 (a character could not be read): in your spreadsheet, save it as "CSV UTF-8".',
      ],
    ],
  ])('reports %s', (_what, content, expected) => {
    const result = parse(['f.csv', content]);
    expect(problems(result)).toEqual(expected);
    expect(result.bundle.places).toEqual([]);
  });

  it('refuses a file over the size limit before reading it', () => {
    const content = `external_id,name,level\n${'x'.repeat(LIMITS.importBytesMax)}`;
    const result = parse(['big.csv', content]);
    expect(result.problems).toEqual([
      {
        file: 'big.csv',
        line: 1,
        column: null,
        reason: 'The file is 20 MB; at most 20 MB can be imported at once: split it into smaller files.',
      },
    ]);
    expect(result.files[0].kind).toBeNull();
  });

  it('keeps the external ids of bad rows, so the database step does not report references to them again', () => {
    const result = parse(['p.csv', 'external_id,name,level\ngm,A,MUNICIPALITY\nbu,B,NOPE\n']);
    expect([...result.rejectedIds.places]).toEqual(['bu']);
  });

  it('undoes the formula escape of an export, but keeps a name that starts with an apostrophe', () => {
    const result = parse(['p.csv', "external_id,name,level\n'-1,'=Gemeente,MUNICIPALITY\ns,'t Hoekje,STREET\n"]);
    expect(result.bundle.places.map((p) => [p.externalId, p.name])).toEqual([
      ['-1', '=Gemeente'],
      ['s', "'t Hoekje"],
    ]);
  });
});

describe('list cells', () => {
  it('escape ; and \\ inside an item and split them back', () => {
    const items = ['fietsen; koken', 'a\\b', 'plain'];
    expect(joinList(items)).toBe('fietsen\\; koken;a\\\\b;plain');
    expect(splitList(joinList(items))).toEqual(items);
    expect(splitList('a;;b; ')).toEqual(['a', 'b']);
  });
});

describe('CSV export', () => {
  it('writes files that read back into the same rows', () => {
    const original = parse(['a.csv', PLACES], ['b.csv', PEOPLE]).bundle;
    original.people[1].assets = [{ kind: 'SKILL' as never, label: 'fietsen; koken' }];
    original.people[1].displayName = '=HYPERLINK("x")';
    const files = bundleToCsvFiles(original);
    expect(files.map((f) => f.name)).toEqual(['places.csv', 'people.csv']);
    expect(files[1].content).toContain(`"'=HYPERLINK(""x"")"`);
    const again = parseImportFiles(files);
    expect(problems(again)).toEqual([]);
    expect(again.bundle).toEqual(original);
  });
});

describe('docs/import-format.md', () => {
  const doc = readFileSync(join(__dirname, '../../../../../docs/import-format.md'), 'utf8');

  it.each(Object.keys(COLUMNS) as ImportKind[])('describes every column of %s', (kind) => {
    for (const column of COLUMNS[kind] as Column<unknown>[]) {
      expect(doc).toMatch(new RegExp(`\\|\\s*\`${column.name}\`\\s*\\|\\s*${column.required ? 'yes' : 'no'}\\s*\\|`));
    }
  });
});
