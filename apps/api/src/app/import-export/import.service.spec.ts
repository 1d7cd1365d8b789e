/**
 * The database step of the import against a real PostgreSQL: embedded PGlite in memory, or the server in
 * DATABASE_URL. Every test works in a tenant of its own, so the spec does not depend on other data.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PSEUDONYM_PATTERN, TieKind } from '@weefsel/domain';
import { DataSource } from 'typeorm';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { runExport } from '../cli/export-command';
import { runImport } from '../cli/import-command';
import { dataSourceOptions } from '../database/data-source-options';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { PlaceEntity } from '../places/place.entity';
import { TieEntity } from '../ties/tie.entity';
import { InitiativeCollectiveEntity } from '../initiatives/initiative.entity';
import { applyBundle, ImportRejected } from './apply/apply-bundle';
import { ImportFile, parseImportFiles } from './csv-parse';
import { bundleToCsvFiles } from './csv-write';
import { readBundle } from './export-bundle';
import { ImportOptions, importParsed } from './import-files';
import { emptyBundle, IMPORT_ORDER, ImportBundle, ImportCounts } from './import-rows';

/** The example files of docs/import-format.md: the documentation's examples must import as they stand. */
function docExamples(): ImportFile[] {
  const doc = readFileSync(join(__dirname, '../../../../../docs/import-format.md'), 'utf8');
  return [...doc.matchAll(/`([a-z]+\.csv)`[^\n]*\n\n?```csv\n([\s\S]*?)```/g)].map((m) => ({
    name: m[1],
    content: m[2],
  }));
}

// PGlite must load outside Jest's module sandbox (see testing/real-pglite.ts)
jest.mock('@electric-sql/pglite', () => jest.requireActual('../../testing/real-pglite').realPGlite());

const TABLES = [
  'place',
  'person',
  'collective',
  'membership',
  'initiative',
  'initiative_collective',
  'participation',
  'tie',
];

describe('import into the database', () => {
  let db: DataSource;
  const files = docExamples();

  beforeAll(async () => {
    db = new DataSource(
      dataSourceOptions({ databaseUrl: process.env['DATABASE_URL'] ?? null, pgliteDataDir: 'memory://' }),
    );
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await db?.destroy();
  });

  async function newTenant(name = 'Test'): Promise<string> {
    return (await db.getRepository(OrganisationEntity).save({ name })).id;
  }

  function run(tenantId: string, input: ImportFile[], options: Partial<ImportOptions> = {}) {
    return importParsed(db, tenantId, parseImportFiles(input), {
      scope: null,
      userId: null,
      recordedBy: 'spec',
      dryRun: false,
      ...options,
    });
  }

  async function rowsIn(tenantId: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [tenantId]);
      out[table] = n;
    }
    return out;
  }

  function only(counts: ImportCounts | null, field: 'created' | 'updated' | 'unchanged'): Record<string, number> {
    return Object.fromEntries(IMPORT_ORDER.map((k) => [k, counts?.[k][field] ?? -1]));
  }

  function file(name: string): ImportFile {
    const found = files.find((f) => f.name === name);
    if (!found) throw new Error(`no example ${name} in docs/import-format.md`);
    return found;
  }

  it('finds the seven example files in the docs', () => {
    expect(files.map((f) => f.name)).toEqual([
      'places.csv',
      'people.csv',
      'collectives.csv',
      'memberships.csv',
      'initiatives.csv',
      'participations.csv',
      'ties.csv',
    ]);
  });

  it('imports the example files, and the same files again change nothing', async () => {
    const tenant = await newTenant();
    const first = await run(tenant, files);
    expect(first.problems).toEqual([]);
    expect(only(first.counts, 'created')).toEqual({
      places: 4,
      people: 3,
      collectives: 2,
      memberships: 2,
      initiatives: 1,
      participations: 2,
      ties: 2,
    });
    const after = await rowsIn(tenant);
    expect(after).toEqual({
      place: 4,
      person: 3,
      collective: 2,
      membership: 2,
      initiative: 1,
      initiative_collective: 2,
      participation: 2,
      tie: 2,
    });

    const second = await run(tenant, [...files].reverse());
    expect(second.ok).toBe(true);
    expect(only(second.counts, 'unchanged')).toEqual(only(first.counts, 'created'));
    expect(only(second.counts, 'created')).toEqual(Object.fromEntries(IMPORT_ORDER.map((k) => [k, 0])));
    expect(only(second.counts, 'updated')).toEqual(Object.fromEntries(IMPORT_ORDER.map((k) => [k, 0])));
    expect(await rowsIn(tenant)).toEqual(after);

    const people = await db.getRepository(PersonEntity).find({ where: { tenantId: tenant } });
    expect(people.every((p) => PSEUDONYM_PATTERN.test(p.pseudonym))).toBe(true);
    expect(new Set(people.map((p) => p.pseudonym)).size).toBe(3);
    const fatima = people.find((p) => p.externalId === 'p-1041');
    expect(fatima?.consent).toEqual({
      basis: 'CONSENT',
      recordedOn: '2024-05-13',
      recordedBy: 'spec',
      note: null,
      withdrawnOn: null,
    });
    const ties = await db.getRepository(TieEntity).find({ where: { tenantId: tenant } });
    expect(ties.every((t) => t.personAId < t.personBId)).toBe(true);
    const audit = await db.getRepository(AuditLogEntity).find({ where: { tenantId: tenant, action: 'IMPORT' } });
    expect(audit).toHaveLength(2);
  });

  it('updates exactly the rows that changed', async () => {
    const tenant = await newTenant();
    await run(tenant, files);
    const people = file('people.csv').content.replace('Henk de Vries;st-linden;1941', 'Henk de Vries;st-eiken;1941');
    const ties = file('ties.csv').content.replace('2019-06-01,,2025-11-20', '2019-06-01,2025-12-01,2025-11-20');
    const result = await run(tenant, [
      { name: 'people.csv', content: people },
      { name: 'ties.csv', content: ties },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.counts?.people).toEqual({ created: 0, updated: 1, unchanged: 2 });
    expect(result.counts?.ties).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const henk = await db
      .getRepository(PersonEntity)
      .findOneOrFail({ where: { tenantId: tenant, externalId: 'p-1042' } });
    const eiken = await db
      .getRepository(PlaceEntity)
      .findOneOrFail({ where: { tenantId: tenant, externalId: 'st-eiken' } });
    expect(henk.homePlaceId).toBe(eiken.id);
  });

  it('resolves references to rows imported before', async () => {
    const tenant = await newTenant();
    expect((await run(tenant, [file('places.csv')])).ok).toBe(true);
    const result = await run(tenant, [file('people.csv')]);
    expect(result.problems).toEqual([]);
    expect(result.counts?.people.created).toBe(3);
  });

  it('writes nothing when one reference is wrong, and says where', async () => {
    const tenant = await newTenant();
    await run(tenant, [file('places.csv')]);
    const before = await rowsIn(tenant);
    const people = file('people.csv').content.replace('p-1043;Noor;st-eiken', 'p-1043;Noor;st-onbekend');
    const result = await run(tenant, [{ name: 'people.csv', content: people }, file('collectives.csv')]);
    expect(result.ok).toBe(false);
    expect(result.counts).toBeNull();
    expect(result.problems).toEqual([
      {
        file: 'people.csv',
        line: 4,
        column: 'home_place_external_id',
        reason: 'No place with external id "st-onbekend" in these files or in Weefsel.',
      },
    ]);
    expect(await rowsIn(tenant)).toEqual(before);
  });

  it('reports cell problems and database problems in one report, without cascades', async () => {
    const tenant = await newTenant();
    const places = file('places.csv').content.replace('st-eiken,Eikenlaan,STREET', 'st-eiken,Eikenlaan,STRAATJE');
    const memberships = file('memberships.csv').content.replace('m-2,c-9,p-1042', 'm-2,c-404,p-1042');
    const result = await run(tenant, [
      { name: 'places.csv', content: places },
      file('people.csv'),
      file('collectives.csv'),
      { name: 'memberships.csv', content: memberships },
    ]);
    // Noor lives in st-eiken, whose row is bad: her row is set aside, not reported a second time
    expect(result.problems.map((p) => `${p.file}:${p.line} ${p.column}`)).toEqual([
      'places.csv:5 level',
      'memberships.csv:3 collective_external_id',
    ]);
    expect(await rowsIn(tenant)).toEqual(Object.fromEntries(TABLES.map((t) => [t, 0])));
  });

  it('checks the hierarchy and streets against the database', async () => {
    const tenant = await newTenant();
    await run(tenant, [file('places.csv')]);
    const result = await run(tenant, [
      { name: 'p.csv', content: 'external_id,name,level,parent_external_id\nx,Hofje,NEIGHBOURHOOD,st-linden\n' },
      { name: 'q.csv', content: 'external_id,display_name,home_place_external_id\nz,Zoë,bu-lindenbuurt\n' },
      { name: 'r.csv', content: 'external_id,name,level\nst-eiken,Eikenlaan,NEIGHBOURHOOD\n' },
    ]);
    expect(result.problems.map((p) => `${p.file}:${p.line} ${p.column}: ${p.reason}`)).toEqual([
      'p.csv:2 parent_external_id: A buurt (NEIGHBOURHOOD) cannot lie inside a straat (STREET) ("st-linden").',
      `q.csv:2 home_place_external_id: A resident's home is a street; "bu-lindenbuurt" is a buurt (NEIGHBOURHOOD).`,
      'r.csv:2 level: The level of a place cannot change: "st-eiken" is a straat (STREET) in Weefsel.',
    ]);
  });

  it('keeps the people of a tie and one open tie per pair', async () => {
    const tenant = await newTenant();
    await run(tenant, files.slice(0, 2));
    await run(
      tenant,
      [file('ties.csv')].map((f) => ({ ...f, content: f.content.replace(/,i-2,/g, ',,') })),
    );
    const header = file('ties.csv').content.split('\n')[0];
    const result = await run(tenant, [
      {
        name: 'ties.csv',
        content: `${header}\nt-88,p-1042,p-1043,NEIGHBOUR,,3,2019-06-01,,,,,,,\nt-90,p-1042,p-1041,FRIEND,,4,2024-01-01,,,,,,,\n`,
      },
    ]);
    expect(result.problems.map((p) => `${p.line} ${p.column}`)).toEqual(['2 external_id', '3 person_b_external_id']);
    expect(result.problems[1].reason).toBe(
      'These two people already have an open tie in Weefsel (external id "t-88"): update that one, or fill in its until first.',
    );
  });

  it('changes nothing in a dry run, and says what it would do', async () => {
    const tenant = await newTenant();
    const result = await run(tenant, files, { dryRun: true });
    expect(result).toMatchObject({ ok: true, dryRun: true });
    expect(result.counts?.places.created).toBe(4);
    expect(await rowsIn(tenant)).toEqual(Object.fromEntries(TABLES.map((t) => [t, 0])));
  });

  describe('for a community worker', () => {
    async function setUp(): Promise<{ tenant: string; scope: Set<string> }> {
      const tenant = await newTenant();
      const places =
        'external_id,name,level,parent_external_id\n' +
        'gm,Gemeente,MUNICIPALITY,\nb1,Buurt 1,NEIGHBOURHOOD,gm\nb2,Buurt 2,NEIGHBOURHOOD,gm\n' +
        's1,Straat 1,STREET,b1\ns2,Straat 2,STREET,b2\n';
      const people = 'external_id,display_name,home_place_external_id\np1,Anna,s1\np2,Bert,s2\n';
      await run(tenant, [
        { name: 'places.csv', content: places },
        { name: 'people.csv', content: people },
      ]);
      const inB1 = await db.getRepository(PlaceEntity).find({ where: { tenantId: tenant } });
      const scope = new Set(inB1.filter((p) => ['b1', 's1'].includes(p.externalId ?? '')).map((p) => p.id));
      return { tenant, scope };
    }

    it('adds places under their own places and people in their streets', async () => {
      const { tenant, scope } = await setUp();
      const result = await run(
        tenant,
        [
          { name: 'places.csv', content: 'external_id,name,level,parent_external_id\ns3,Straat 3,STREET,b1\n' },
          {
            name: 'people.csv',
            content: 'external_id,display_name,home_place_external_id\np3,Cor,s3\np1,Anna K.,s1\n',
          },
        ],
        { scope },
      );
      expect(result.problems).toEqual([]);
      expect(result.counts?.places.created).toBe(1);
      expect(result.counts?.people).toEqual({ created: 1, updated: 1, unchanged: 0 });
    });

    it('may name the parent their top place already has, though it lies outside their places', async () => {
      const { tenant, scope } = await setUp();
      const result = await run(
        tenant,
        [
          {
            name: 'places.csv',
            content: 'external_id,name,level,parent_external_id\nb1,Buurt 1,NEIGHBOURHOOD,gm\ns1,Straat 1,STREET,b1\n',
          },
        ],
        { scope },
      );
      expect(result.problems).toEqual([]);
      expect(result.counts?.places).toEqual({ created: 0, updated: 0, unchanged: 2 });
    });

    it('neither finds nor overwrites rows outside their places', async () => {
      const { tenant, scope } = await setUp();
      const before = await rowsIn(tenant);
      const result = await run(
        tenant,
        [
          {
            name: 'places.csv',
            content:
              'external_id,name,level,parent_external_id\ns4,Straat 4,STREET,b2\ns2,Overschreven,STREET,b1\nt,Top,MUNICIPALITY,\n',
          },
          {
            name: 'people.csv',
            content: 'external_id,display_name,home_place_external_id\np2,Overschreven,s1\np5,Eva,s2\n',
          },
        ],
        { scope },
      );
      expect(result.problems.map((p) => `${p.file}:${p.line} ${p.column}: ${p.reason}`)).toEqual([
        'places.csv:2 parent_external_id: No place with external id "b2" in these files or in your places.',
        'places.csv:3 external_id: "s2" is already the external id of a place outside your places: use another external id, or ask a colleague who works there.',
        'places.csv:4 parent_external_id: Empty, but required: the external id of the place it lies in, one of your places. Only an administrator adds top-level places.',
        'people.csv:2 external_id: "p2" is already the external id of a person outside your places: use another external id, or ask a colleague who works there.',
      ]);
      expect(await rowsIn(tenant)).toEqual(before);
    });
  });

  describe('export', () => {
    it('imports back into an empty organisation as the same rows', async () => {
      const source = await newTenant('Bron');
      await run(source, files);
      // a resident added in the app has no external id: the export names them by their uuid
      const street = await db
        .getRepository(PlaceEntity)
        .findOneOrFail({ where: { tenantId: source, externalId: 'st-eiken' } });
      const added = await db.getRepository(PersonEntity).save({
        tenantId: source,
        displayName: 'Zonder Id',
        pseudonym: 'P-ZZZZZZ',
        homePlaceId: street.id,
        birthYear: null,
        roles: [],
        assets: [{ kind: 'SKILL', label: 'koken; bakken' }],
        onWatchList: true,
        consent: { basis: 'CONSENT', recordedOn: '2024-01-01', recordedBy: 'x', note: null, withdrawnOn: '2024-02-01' },
        externalId: null,
      } as Partial<PersonEntity>);
      const exported = await db.transaction((em) => readBundle(em, source, null));
      expect(exported.people.find((p) => p.displayName === 'Zonder Id')?.externalId).toBe(added.id);
      const csv = bundleToCsvFiles(exported);

      const again = await run(source, csv);
      expect(again.problems).toEqual([]);
      expect(again.counts?.people).toEqual({ created: 0, updated: 0, unchanged: 4 });

      const target = await newTenant('Doel');
      const copied = await run(target, csv);
      expect(copied.problems).toEqual([]);
      expect(await rowsIn(target)).toEqual(await rowsIn(source));
      const reexported = await db.transaction((em) => readBundle(em, target, null));
      expect(sorted(reexported)).toEqual(sorted(exported));
      const links = await db.getRepository(InitiativeCollectiveEntity).count({ where: { tenantId: target } });
      expect(links).toBe(2);
    });

    it('exports the places under one place, with the top one detached, and that imports back unchanged', async () => {
      const tenant = await newTenant();
      await run(tenant, files);
      const bu = await db
        .getRepository(PlaceEntity)
        .findOneOrFail({ where: { tenantId: tenant, externalId: 'bu-lindenbuurt' } });
      const under = (await db.getRepository(PlaceEntity).find({ where: { tenantId: tenant } }))
        .filter((p) => p.externalId !== 'gm-0363')
        .map((p) => p.id);
      const part = await db.transaction((em) => readBundle(em, tenant, under));
      expect(part.places.map((p) => [p.externalId, p.parentExternalId])).toEqual([
        ['bu-lindenbuurt', null],
        ['st-eiken', 'bu-lindenbuurt'],
        ['st-linden', 'bu-lindenbuurt'],
      ]);
      const result = await run(tenant, bundleToCsvFiles(part), { scope: new Set(under) });
      expect(result.problems).toEqual([]);
      expect(result.counts?.places).toEqual({ created: 0, updated: 0, unchanged: 3 });
      const still = await db.getRepository(PlaceEntity).findOneOrFail({ where: { id: bu.id } });
      expect(still.parentId).not.toBeNull();
    });
  });

  describe('operator CLI', () => {
    function capture() {
      const lines: string[] = [];
      return { lines, io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`! ${l}`) } };
    }

    it('imports a folder, exports it, and imports the export into another organisation', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'weefsel-import-'));
      try {
        for (const f of files) writeFileSync(join(dir, f.name), f.content);
        const tenant = await newTenant('CLI bron');
        const imported = capture();
        expect(await runImport(db, [dir, '--tenant', tenant], imported.io)).toBe(0);
        expect(imported.lines).toContain('  places          4 created, 0 updated, 0 unchanged');

        const out = join(dir, 'export');
        const exported = capture();
        expect(await runExport(db, ['--format', 'csv', '--out', out, '--tenant', tenant], exported.io)).toBe(0);
        expect(readdirSync(out).sort()).toEqual(files.map((f) => f.name).sort());

        const again = capture();
        expect(await runImport(db, [out, '--tenant', tenant, '--dry-run'], again.io)).toBe(0);
        expect(again.lines[0]).toMatch(/^Dry run for CLI bron/);
        expect(again.lines).toContain('  ties            0 created, 0 updated, 2 unchanged');

        const target = await newTenant('CLI doel');
        expect(await runImport(db, [out, '--tenant', target], capture().io)).toBe(0);
        expect(await rowsIn(target)).toEqual(await rowsIn(tenant));

        const json = join(dir, 'json');
        expect(
          await runExport(
            db,
            ['--format', 'json', '--out', json, '--tenant', tenant, '--place', 'st-linden'],
            capture().io,
          ),
        ).toBe(0);
        const document = JSON.parse(readFileSync(join(json, 'weefsel-export.json'), 'utf8'));
        expect(document.format).toBe('weefsel-import-bundle');
        expect(document.places.map((p: { externalId: string }) => p.externalId)).toEqual(['st-linden']);
        expect(document.people.map((p: { externalId: string }) => p.externalId)).toEqual(['p-1041', 'p-1042']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('prints every problem as file:line column — reason, and exits 1', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'weefsel-import-'));
      try {
        const bad = join(dir, 'people.csv');
        writeFileSync(
          bad,
          'external_id,display_name,home_place_external_id,birth_year\np1,Anna,nergens,1950\np2,Bert,nergens,19x7\n',
        );
        const latin1 = join(dir, 'latin1.csv');
        writeFileSync(latin1, Buffer.from('external_id,name,level\ngm,Gem\xe9ente,MUNICIPALITY\n', 'latin1'));
        const tenant = await newTenant();
        const run1 = capture();
        expect(await runImport(db, [bad, latin1, '--tenant', tenant], run1.io)).toBe(1);
        expect(run1.lines).toEqual([
          '! Nothing was imported: 2 problem(s) to fix first.',
          `! ${latin1}:1 — The file is not UTF-8: in your spreadsheet, save it as "CSV UTF-8".`,
          `! ${bad}:3 birth_year — "19x7" is not a whole number: a year between 1900 and 2100.`,
        ]);
        const run2 = capture();
        expect(await runImport(db, [bad, '--tenant', tenant], run2.io)).toBe(1);
        expect(run2.lines).toEqual([
          '! Nothing was imported: 2 problem(s) to fix first.',
          `! ${bad}:2 home_place_external_id — No place with external id "nergens" in these files or in Weefsel.`,
          `! ${bad}:3 birth_year — "19x7" is not a whole number: a year between 1900 and 2100.`,
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('asks for --tenant when there are several organisations, and for files', async () => {
      await newTenant('Nog een');
      const several = capture();
      expect(await runImport(db, ['x.csv'], several.io)).toBe(2);
      expect(several.lines[0]).toMatch(/^! There are several organisations: choose one with --tenant <id>\./);
      const none = capture();
      expect(await runImport(db, [], none.io)).toBe(2);
      expect(await runExport(db, ['--format', 'xml', '--out', 'x'], none.io)).toBe(2);
      expect(none.lines).toHaveLength(2);
    });
  });

  describe('applyBundle from code (the demo seed)', () => {
    it('checks a generated bundle as if it had been read from CSV', async () => {
      const tenant = await newTenant();
      const bundle: ImportBundle = {
        ...emptyBundle(),
        places: [
          { externalId: 's', name: '  Straat  ', level: 'STREET' as never, parentExternalId: null, cbsCode: null },
        ],
        ties: [
          {
            externalId: 't',
            personAExternalId: 'a',
            personBExternalId: 'b',
            kind: TieKind.FRIEND,
            functions: [],
            strength: 9,
            since: '2020-01-01',
            until: null,
            lastConfirmedOn: null,
            source: 'SELF_REPORTED' as never,
            confidence: 1,
            originInitiativeExternalId: null,
            visibility: 'NORMAL' as never,
            note: null,
          },
        ],
      };
      const rejected = await db
        .transaction((em) => applyBundle(em, tenant, bundle, { scope: null, userId: null, recordedBy: null }))
        .catch((e: unknown) => e);
      expect(rejected).toBeInstanceOf(ImportRejected);
      expect((rejected as ImportRejected).problems).toEqual([
        {
          file: 'ties.csv',
          line: 2,
          column: 'strength',
          reason: '9 is out of range: strength is 1 (weak) to 5 (strong).',
        },
      ]);
      const counts = await db.transaction((em) =>
        applyBundle(em, tenant, { ...bundle, ties: [] }, { scope: null, userId: null, recordedBy: null }),
      );
      expect(counts.places.created).toBe(1);
      const place = await db.getRepository(PlaceEntity).findOneOrFail({ where: { tenantId: tenant, externalId: 's' } });
      expect(place.name).toBe('Straat');
    });
  });
});

/** Rows in a fixed order and without the uuids an import into another tenant cannot keep. */
function sorted(bundle: ImportBundle): ImportBundle {
  const out = emptyBundle() as unknown as Record<string, unknown[]>;
  for (const kind of IMPORT_ORDER) {
    out[kind] = [...(bundle[kind] as { externalId: string }[])].sort((a, b) =>
      a.externalId.localeCompare(b.externalId),
    );
  }
  return out as unknown as ImportBundle;
}
