/**
 * CSV import and CSV/JSON export over HTTP (docs/import-format.md): who may import and export, all-or-nothing
 * imports with every problem reported by file, line and column, dry runs, idempotency, a worker's scope, what
 * spreadsheets write (semicolons, BOM, CRLF, quoted line breaks), a large body, and an export that imports back
 * unchanged.
 *
 * Fixture: gemeente ⊃ buurt N ⊃ streets A and B (created through the API, so without external ids: a row
 * refers to them by their uuid, as an export does). wM works in the whole gemeente, wN in the buurt,
 * wA in street A.
 */
import { codeOf, gql, login, ok } from './support/client';
import { buildFixture, createPerson, createWorker, Fixture } from './support/fixture';
import { DEMO } from './support/state';

interface CsvFile {
  name: string;
  content: string;
}

interface Problem {
  file: string;
  line: number;
  column: string | null;
  reason: string;
}

interface Count {
  kind: string;
  created: number;
  updated: number;
  unchanged: number;
}

interface Report {
  ok: boolean;
  dryRun: boolean;
  problemCount: number;
  problems: Problem[];
  counts: Count[];
}

const IMPORT = `mutation($files: [CsvFileInput!]!, $dryRun: Boolean!) { importCsv(files: $files, dryRun: $dryRun) {
  ok dryRun problemCount problems { file line column reason } counts { kind created updated unchanged } } }`;
const EXPORT = `query($format: ExportFormat!, $placeId: ID) { exportData(format: $format, placeId: $placeId) {
  files { name content } } }`;

/** Lines joined with `eol`, ending with one, as a spreadsheet writes them. */
function csv(lines: string[], eol = '\n'): string {
  return lines.map((l) => `${l}${eol}`).join('');
}

/**
 * The example files of docs/import-format.md without the gemeente row: the buurt lies in the fixture's gemeente
 * (by uuid). External ids get a suffix so this spec never meets another spec's rows.
 */
function docExamples(s: string, municipalityId: string): CsvFile[] {
  return [
    {
      name: 'places.csv',
      content: csv([
        'external_id,name,level,parent_external_id,cbs_code',
        `bu-lindenbuurt-${s},Lindenbuurt,NEIGHBOURHOOD,${municipalityId},BU03630000`,
        `st-linden-${s},Lindenstraat,STREET,bu-lindenbuurt-${s},`,
        `st-eiken-${s},Eikenlaan,STREET,bu-lindenbuurt-${s},`,
      ]),
    },
    {
      name: 'people.csv',
      content: csv([
        'external_id;display_name;home_place_external_id;birth_year;roles;assets;on_watch_list;consent_basis;consent_recorded_on',
        `p-1041-${s};Fatima B.;st-linden-${s};1957;"CONNECTOR@2021-03-01;VOLUNTEER@2020-01-01..2022-01-01";"SKILL:fietsen repareren;PASSION:tuinieren";nee;CONSENT;2024-05-13`,
        `p-1042-${s};Henk de Vries;st-linden-${s};1941;;;ja;LEGITIMATE_INTEREST;2024-05-20`,
        `p-1043-${s};Noor;st-eiken-${s};;;GIFT:luisteren;nee;;`,
      ]),
    },
    {
      name: 'collectives.csv',
      content: csv([
        'external_id,name,kind,place_external_id,description',
        `c-7-${s},Bewonerscommissie Lindenhof,RESIDENT_COMMITTEE,bu-lindenbuurt-${s},"Komt elke eerste dinsdag samen,`,
        `in het buurthuis"`,
        `c-9-${s},Buurtapp Lindenstraat,APP_GROUP,st-linden-${s},`,
      ]),
    },
    {
      name: 'memberships.csv',
      content: csv([
        'external_id,collective_external_id,person_external_id,role,since,until',
        `m-1-${s},c-7-${s},p-1041-${s},CHAIR,2022-09-01,`,
        `m-2-${s},c-9-${s},p-1042-${s},MEMBER,2021-01-10,2024-06-30`,
      ]),
    },
    {
      name: 'initiatives.csv',
      content: csv([
        'external_id,name,kind,phase,place_external_id,started_on,ended_on,meaning_for_street,support_needed,supporting_collective_external_ids',
        `i-2-${s},TaartExpress,ATTENTION,ACTIVE,bu-lindenbuurt-${s},2020-04-02,,Buren die elkaar niet kenden bakken samen,,c-7-${s};c-9-${s}`,
      ]),
    },
    {
      name: 'participations.csv',
      content: csv([
        'external_id,initiative_external_id,person_external_id,role,since,until',
        `d-5-${s},i-2-${s},p-1041-${s},INITIATOR,2020-04-02,`,
        `d-6-${s},i-2-${s},p-1043-${s},VOLUNTEER,2023-01-15,`,
      ]),
    },
    {
      name: 'ties.csv',
      content: csv([
        'external_id,person_a_external_id,person_b_external_id,kind,functions,strength,since,until,last_confirmed_on,source,confidence,origin_initiative_external_id,visibility,note',
        `t-88-${s},p-1041-${s},p-1042-${s},NEIGHBOUR,PRACTICAL;COMPANIONSHIP,3,2019-06-01,,2025-11-20,OBSERVED_BY_WORKER,0.8,,NORMAL,`,
        `t-89-${s},p-1041-${s},p-1043-${s},MET_VIA_INITIATIVE,COMPANIONSHIP,2,2023-02-01,,,SELF_REPORTED,1,i-2-${s},NORMAL,Bakten samen voor de TaartExpress`,
      ]),
    },
  ];
}

/** What the examples hold per kind, in the order the report lists kinds. */
const EXAMPLE_ROWS: [string, number][] = [
  ['places', 3],
  ['people', 3],
  ['collectives', 2],
  ['memberships', 2],
  ['initiatives', 1],
  ['participations', 2],
  ['ties', 2],
];

describe('CSV import and export', () => {
  let f: Fixture;
  let wM: string;
  let wN: string;
  let wA: string;

  const importCsv = (token: string | undefined, files: CsvFile[], dryRun = false) =>
    gql<{ importCsv: Report }>(IMPORT, { files, dryRun }, token);

  const imported = async (token: string, files: CsvFile[], dryRun = false): Promise<Report> =>
    (await ok<{ importCsv: Report }>(IMPORT, { files, dryRun }, token)).importCsv;

  const peopleCount = async (token: string, search?: string): Promise<number> =>
    (
      await ok<{ people: { totalCount: number } }>(
        `query($search: String) { people(search: $search) { totalCount } }`,
        { search },
        token,
      )
    ).people.totalCount;

  const placeNames = async (token: string): Promise<string[]> =>
    (
      await ok<{ places: { edges: { node: { name: string } }[] } }>(
        `query($under: ID) { places(under: $under, first: 200) { edges { node { name } } } }`,
        { under: f.municipalityId },
        token,
      )
    ).places.edges.map((e) => e.node.name);

  beforeAll(async () => {
    f = await buildFixture('import');
    wN = f.workerToken;
    wA = f.streetWorkerToken;
    wM = await createWorker(f.adminToken, 'gemeente-import@elders.test', [f.municipalityId]);
  });

  const placesFile = (rows: string[]): CsvFile => ({
    name: 'places.csv',
    content: csv(['external_id,name,level,parent_external_id,cbs_code', ...rows]),
  });

  it('requires a token to import', async () => {
    const res = await importCsv(undefined, [placesFile([`x-unauth,Nergens,STREET,${f.buurtId},`])]);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it.each([
    ['ANALYST', DEMO.analyst],
    ['CORPORATION', DEMO.corporation],
  ])('refuses %s both import and export', async (_role, email) => {
    const token = await login(email, DEMO.password);
    const res = await importCsv(token, [placesFile(['x-role,Nergens,MUNICIPALITY,,'])]);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(codeOf(await gql(EXPORT, { format: 'CSV' }, token))).toBe('FORBIDDEN');
  });

  it('lets an administrator import places, and only places, and not export', async () => {
    const places = placesFile([`wk-adm-1,Wijk Admin,DISTRICT,${f.municipalityId},`]);
    const report = await imported(f.adminToken, [places]);
    expect(report).toEqual({
      ok: true,
      dryRun: false,
      problemCount: 0,
      problems: [],
      counts: [{ kind: 'places', created: 1, updated: 0, unchanged: 0 }],
    });
    expect(await placeNames(f.adminToken)).toContain('Wijk Admin');

    // residents' data in the same request: refused as a whole, so the new place is not written either
    const more = placesFile([
      `wk-adm-1,Wijk Admin,DISTRICT,${f.municipalityId},`,
      `wk-adm-2,Wijk Verboden,DISTRICT,${f.municipalityId},`,
    ]);
    const people: CsvFile = {
      name: 'people.csv',
      content: csv(['external_id,display_name,home_place_external_id', `p-adm-1,Iemand,${f.streetAId}`]),
    };
    expect(codeOf(await importCsv(f.adminToken, [more, people]))).toBe('FORBIDDEN');
    expect(await placeNames(f.adminToken)).not.toContain('Wijk Verboden');
    expect(codeOf(await gql(EXPORT, { format: 'CSV' }, f.adminToken))).toBe('FORBIDDEN');
  });

  it('refuses an import without files', async () => {
    expect(codeOf(await importCsv(wM, []))).toBe('BAD_USER_INPUT');
  });

  it('imports the documented examples: a dry run first, then for real, then again with no change', async () => {
    const files = docExamples('doc', f.municipalityId);
    const peopleBefore = await peopleCount(wM);
    const placesBefore = await placeNames(wM);

    const dry = await imported(wM, files, true);
    expect(dry.ok).toBe(true);
    expect(dry.dryRun).toBe(true);
    expect(dry.problems).toEqual([]);
    // counted as if written
    expect(dry.counts).toEqual(EXAMPLE_ROWS.map(([kind, n]) => ({ kind, created: n, updated: 0, unchanged: 0 })));
    expect(await peopleCount(wM)).toBe(peopleBefore);
    expect(await placeNames(wM)).toEqual(placesBefore);

    const real = await imported(wM, files);
    expect(real).toEqual({
      ok: true,
      dryRun: false,
      problemCount: 0,
      problems: [],
      counts: EXAMPLE_ROWS.map(([kind, n]) => ({ kind, created: n, updated: 0, unchanged: 0 })),
    });
    expect(await peopleCount(wM)).toBe(peopleBefore + 3);

    const fatima = await ok<{
      people: {
        edges: {
          node: {
            id: string;
            externalId: string;
            pseudonym: string;
            birthYear: number;
            homePlace: { name: string };
            roles: { role: string; since: string; until: string | null }[];
            assets: { kind: string; label: string }[];
            consent: { basis: string; recordedOn: string };
            ties: { personAId: string; personBId: string; strength: number; originInitiativeId: string | null }[];
            collectives: { name: string }[];
            initiatives: { name: string }[];
          };
        }[];
      };
    }>(
      `{ people(search: "Fatima B.") { edges { node {
        id externalId pseudonym birthYear homePlace { name } roles { role since until } assets { kind label }
        consent { basis recordedOn } ties { personAId personBId strength originInitiativeId }
        collectives { name } initiatives { name } } } } }`,
      {},
      wM,
    );
    expect(fatima.people.edges).toHaveLength(1);
    const person = fatima.people.edges[0].node;
    expect(person).toMatchObject({
      externalId: 'p-1041-doc',
      birthYear: 1957,
      homePlace: { name: 'Lindenstraat' },
      roles: [
        { role: 'CONNECTOR', since: '2021-03-01', until: null },
        { role: 'VOLUNTEER', since: '2020-01-01', until: '2022-01-01' },
      ],
      assets: [
        { kind: 'SKILL', label: 'fietsen repareren' },
        { kind: 'PASSION', label: 'tuinieren' },
      ],
      consent: { basis: 'CONSENT', recordedOn: '2024-05-13' },
      // m-1 (CHAIR of c-7) is open; she is the initiator of i-2
      collectives: [{ name: 'Bewonerscommissie Lindenhof' }],
      initiatives: [{ name: 'TaartExpress' }],
    });
    expect(person.pseudonym).toMatch(/^P-[0-9A-HJKMNP-TV-Z]{6}$/);
    // t-88 with Henk (strength 3), t-89 with Noor (strength 2, met through the TaartExpress)
    expect(person.ties.map((t) => t.strength).sort()).toEqual([2, 3]);
    expect(person.ties.filter((t) => t.originInitiativeId !== null)).toHaveLength(1);

    const ego = await ok<{ egoNetwork: { people: { person: { displayName: string }; distance: number }[] } }>(
      `query($id: ID!) { egoNetwork(personId: $id, radius: 1) { people { person { displayName } distance } } }`,
      { id: person.id },
      wM,
    );
    expect(Object.fromEntries(ego.egoNetwork.people.map((m) => [m.person.displayName, m.distance]))).toEqual({
      'Fatima B.': 0,
      'Henk de Vries': 1,
      Noor: 1,
    });

    // idempotent: the same files again change nothing
    const again = await imported(wM, files);
    expect(again.ok).toBe(true);
    expect(again.counts).toEqual(EXAMPLE_ROWS.map(([kind, n]) => ({ kind, created: 0, updated: 0, unchanged: n })));
    expect(await peopleCount(wM)).toBe(peopleBefore + 3);
  });

  it('reports every bad row by file, line and column, and writes nothing', async () => {
    const people: CsvFile = {
      name: 'people.csv',
      content: csv([
        'external_id,display_name,home_place_external_id,birth_year',
        `p-bad-1,Jan Fout,${f.streetAId},19x7`,
        `p-bad-2,Kees Goedgekeurd,${f.streetAId},1960`,
        'p-bad-3,Lies Zoek,st-nergens,1970',
      ]),
    };
    const res = await importCsv(wM, [people]);
    // bad rows are a report, not a GraphQL error
    expect(res.errors).toBeUndefined();
    const report = res.data?.importCsv as Report;
    expect(report.ok).toBe(false);
    expect(report.problemCount).toBe(2);
    expect(report.counts).toEqual([]);
    expect(report.problems.map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      { file: 'people.csv', line: 2, column: 'birth_year' },
      { file: 'people.csv', line: 4, column: 'home_place_external_id' },
    ]);
    expect(report.problems[0].reason).toContain('19x7');
    expect(report.problems[1].reason).toContain('st-nergens');
    // all or nothing: the good row on line 3 was not written either
    expect(await peopleCount(wM, 'Kees Goedgekeurd')).toBe(0);
  });

  it('keeps a worker’s import inside their places, and says nothing about rows outside them', async () => {
    // the administrator records a street directly under the gemeente: outside the buurt worker's places
    await imported(f.adminToken, [placesFile([`st-geheim,Geheimhof,STREET,${f.municipalityId},`])]);
    const taken = await imported(wN, [placesFile([`st-geheim,Mijn Hof,STREET,${f.buurtId},`])]);
    expect(taken.ok).toBe(false);
    expect(taken.problems).toHaveLength(1);
    expect(taken.problems[0]).toMatchObject({ file: 'places.csv', line: 2, column: 'external_id' });
    // the id is the worker's own words; the street's name, level and gemeente are not theirs to learn
    expect(taken.problems[0].reason).not.toMatch(/Geheimhof|straat|street/i);
    expect(taken.problems[0].reason).not.toContain(f.municipalityId);

    const top = await imported(wN, [placesFile(['gm-nieuw,Nieuwe Stad,MUNICIPALITY,,'])]);
    expect(top.ok).toBe(false);
    expect(top.problems.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 2, column: 'parent_external_id' },
    ]);
    expect(await placeNames(f.adminToken)).not.toContain('Nieuwe Stad');
  });

  it('exports a worker’s places as CSV that imports back unchanged, and one street as JSON', async () => {
    // residents, a tie, a collective and an initiative recorded in the app: no external ids, exported by uuid
    const anna = await createPerson(wN, 'Anna Export', f.streetAId);
    const bart = await createPerson(wN, 'Bart Export', f.streetAId);
    const carla = await createPerson(wN, 'Carla Export', f.streetBId);
    const tie = `mutation($a: ID!, $b: ID!) { createTie(input: {
      personAId: $a, personBId: $b, kind: NEIGHBOUR, strength: 3, since: "2024-01-01" }) { id } }`;
    await ok(tie, { a: anna, b: bart }, wN);
    await ok(tie, { a: anna, b: carla }, wN);
    const collective = await ok<{ createCollective: { id: string } }>(
      `mutation($p: ID!) { createCollective(input: { name: "Exportclub", kind: APP_GROUP, placeId: $p }) { id } }`,
      { p: f.streetAId },
      wN,
    );
    await ok(
      `mutation($c: ID!, $p: ID!) { addMembership(input: { collectiveId: $c, personId: $p, since: "2024-02-01" }) { id } }`,
      { c: collective.createCollective.id, p: anna },
      wN,
    );
    const initiative = await ok<{ createInitiative: { id: string } }>(
      `mutation($p: ID!) { createInitiative(input: { name: "Exportfeest", kind: CULTURE, placeId: $p }) { id } }`,
      { p: f.streetAId },
      wN,
    );
    await ok(
      `mutation($i: ID!, $p: ID!) { addParticipation(input: { initiativeId: $i, personId: $p, since: "2024-03-01" }) { id } }`,
      { i: initiative.createInitiative.id, p: bart },
      wN,
    );

    const exported = await ok<{ exportData: { files: CsvFile[] } }>(EXPORT, { format: 'CSV' }, wN);
    const names = exported.exportData.files.map((file) => file.name);
    expect(names).toEqual([
      'places.csv',
      'people.csv',
      'collectives.csv',
      'memberships.csv',
      'initiatives.csv',
      'participations.csv',
      'ties.csv',
    ]);
    const places = exported.exportData.files[0].content;
    expect(places.split('\r\n')[0]).toBe('external_id,name,level,parent_external_id,cbs_code');
    // the buurt is the worker's top place: its gemeente is not exported, so neither is the parent
    expect(places).toContain(`${f.buurtId},Buurt import,NEIGHBOURHOOD,,`);
    expect(exported.exportData.files[1].content).toContain('Carla Export');

    const back = await imported(wN, exported.exportData.files);
    expect(back.ok).toBe(true);
    expect(back.problems).toEqual([]);
    expect(back.counts.map((c) => c.kind)).toEqual(names.map((n) => n.replace('.csv', '')));
    for (const count of back.counts) {
      expect({ kind: count.kind, created: count.created, updated: count.updated }).toEqual({
        kind: count.kind,
        created: 0,
        updated: 0,
      });
      expect(count.unchanged).toBeGreaterThan(0);
    }

    const json = await ok<{ exportData: { files: CsvFile[] } }>(EXPORT, { format: 'JSON', placeId: f.streetAId }, wN);
    expect(json.exportData.files.map((file) => file.name)).toEqual(['weefsel-export.json']);
    const bundle = JSON.parse(json.exportData.files[0].content) as {
      format: string;
      version: number;
      places: { externalId: string }[];
      people: { displayName: string; homePlaceExternalId: string }[];
      collectives: { name: string }[];
      ties: { personAExternalId: string; personBExternalId: string }[];
    };
    expect(bundle.format).toBe('weefsel-import-bundle');
    expect(bundle.version).toBe(1);
    expect(bundle.places.map((p) => p.externalId)).toEqual([f.streetAId]);
    expect(bundle.people.every((p) => p.homePlaceExternalId === f.streetAId)).toBe(true);
    expect(bundle.people.map((p) => p.displayName)).toEqual(expect.arrayContaining(['Anna Export', 'Bart Export']));
    expect(bundle.people.map((p) => p.displayName)).not.toContain('Carla Export');
    expect(bundle.collectives.map((c) => c.name)).toContain('Exportclub');
    // only the tie inside the street: Anna–Carla crosses into street B
    expect(bundle.ties.flatMap((t) => [t.personAExternalId, t.personBExternalId])).not.toContain(carla);
    expect(
      bundle.ties.some((t) => [t.personAExternalId, t.personBExternalId].sort().join() === [anna, bart].sort().join()),
    ).toBe(true);

    expect(codeOf(await gql(EXPORT, { format: 'CSV', placeId: f.streetBId }, wA))).toBe('NOT_FOUND');
    expect(codeOf(await gql(EXPORT, { format: 'CSV', placeId: 'not-a-uuid' }, wA))).toBe('BAD_USER_INPUT');
  });

  it('reads what Dutch Excel writes, and counts a quoted line break in the line numbers', async () => {
    const header = 'external_id;name;kind;place_external_id;description';
    const good = `c-semi-1;Kookclub Elders;INFORMAL_GROUP;${f.municipalityId};"Elke vrijdag\r\nin de keuken; met iedereen"`;
    const bad = `c-semi-2;Breiclub Elders;KNITTING;${f.municipalityId};`;
    // BOM, semicolons, CRLF: the good row alone reads fine
    const dry = await imported(wM, [{ name: 'clubs.csv', content: `\uFEFF${csv([header, good], '\r\n')}` }], true);
    expect(dry.problems).toEqual([]);
    expect(dry.counts).toEqual([{ kind: 'collectives', created: 1, updated: 0, unchanged: 0 }]);

    // the header is line 1, the quoted description spans lines 2 and 3, so the bad row is line 4
    const report = await imported(wM, [{ name: 'clubs.csv', content: `\uFEFF${csv([header, good, bad], '\r\n')}` }]);
    expect(report.ok).toBe(false);
    expect(report.problems.map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      { file: 'clubs.csv', line: 4, column: 'kind' },
    ]);
    const written = await ok<{ collectives: { totalCount: number } }>(
      `{ collectives(search: "Kookclub Elders") { totalCount } }`,
      {},
      wM,
    );
    expect(written.collectives.totalCount).toBe(0);
  });

  it('accepts an import of about 1 MB', async () => {
    const ROWS = 260;
    const description = 'Samen koken, eten en praten met de buren uit de straat. '.repeat(80).slice(0, 3990).trim();
    const lines = ['external_id,name,kind,place_external_id,description'];
    for (let i = 0; i < ROWS; i++) {
      lines.push(
        `c-groot-${i},Grootbestand ${String(i).padStart(3, '0')},INFORMAL_GROUP,${f.municipalityId},"${description}"`,
      );
    }
    const content = csv(lines);
    expect(Buffer.byteLength(content)).toBeGreaterThan(1_000_000);
    const report = await imported(wM, [{ name: 'groot.csv', content }]);
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual([{ kind: 'collectives', created: ROWS, updated: 0, unchanged: 0 }]);
    const written = await ok<{ collectives: { totalCount: number } }>(
      `{ collectives(search: "Grootbestand") { totalCount } }`,
      {},
      wM,
    );
    expect(written.collectives.totalCount).toBe(ROWS);
  });

  it('refuses a second open tie for a pair, unless the same import ends the first', async () => {
    const TIES_HEADER = 'external_id,person_a_external_id,person_b_external_id,kind,strength,since,until';
    const first = await imported(wM, [
      placesFile([`st-open,Openstraat,STREET,${f.municipalityId},`]),
      {
        name: 'people.csv',
        content: csv([
          'external_id,display_name,home_place_external_id',
          'p-o1,Olga Open,st-open',
          'p-o2,Otto Open,st-open',
        ]),
      },
      { name: 'ties.csv', content: csv([TIES_HEADER, 'p-o-t1,p-o1,p-o2,NEIGHBOUR,3,2024-01-01,']) },
    ]);
    expect(first.ok).toBe(true);

    // the same two people, the other way round, under another external id
    const second = await imported(wM, [
      { name: 'ties.csv', content: csv([TIES_HEADER, 'p-o-t2,p-o2,p-o1,FRIEND,4,2025-01-01,']) },
    ]);
    expect(second.ok).toBe(false);
    expect(second.problems.map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      { file: 'ties.csv', line: 2, column: 'person_b_external_id' },
    ]);
    expect(second.problems[0].reason).toContain('p-o-t1');

    // ending the first tie in the same import makes room for the new one
    const both = await imported(wM, [
      {
        name: 'ties.csv',
        content: csv([
          TIES_HEADER,
          'p-o-t1,p-o1,p-o2,NEIGHBOUR,3,2024-01-01,2025-01-01',
          'p-o-t2,p-o2,p-o1,FRIEND,4,2025-01-01,',
        ]),
      },
    ]);
    expect(both.problems).toEqual([]);
    expect(both.counts).toEqual([{ kind: 'ties', created: 1, updated: 1, unchanged: 0 }]);
    const olga = await ok<{ people: { edges: { node: { today: { kind: string }[]; all: { kind: string }[] } }[] } }>(
      `{ people(search: "Olga Open") { edges { node { today: ties { kind } all: ties(includeEnded: true) { kind } } } } }`,
      {},
      wM,
    );
    expect(olga.people.edges[0].node.today).toEqual([{ kind: 'FRIEND' }]);
    expect(olga.people.edges[0].node.all.map((t) => t.kind).sort()).toEqual(['FRIEND', 'NEIGHBOUR']);
  });
});
