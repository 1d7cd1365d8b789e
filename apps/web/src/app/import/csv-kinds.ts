/**
 * The kinds of Weefsel CSV file (docs/import-format.md) as far as the web needs them before uploading: the
 * columns of each kind, how a file's kind is recognised from its header (the same rule as the API's
 * matchHeader: every required column present, and of those kinds the one that knows most of the header),
 * and small example files to start from. The API checks everything again; this is to show the user early
 * what was recognised.
 */
export const IMPORT_KINDS = [
  'places',
  'people',
  'collectives',
  'memberships',
  'initiatives',
  'participations',
  'ties',
] as const;

export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface KindColumns {
  required: readonly string[];
  optional: readonly string[];
}

export const COLUMNS: Readonly<Record<ImportKind, KindColumns>> = {
  places: { required: ['external_id', 'name', 'level'], optional: ['parent_external_id', 'cbs_code'] },
  people: {
    required: ['external_id', 'display_name', 'home_place_external_id'],
    optional: [
      'birth_year',
      'roles',
      'assets',
      'on_watch_list',
      'consent_basis',
      'consent_recorded_on',
      'consent_withdrawn_on',
    ],
  },
  collectives: { required: ['external_id', 'name', 'kind', 'place_external_id'], optional: ['description'] },
  memberships: {
    required: ['external_id', 'collective_external_id', 'person_external_id', 'role', 'since'],
    optional: ['until'],
  },
  initiatives: {
    required: ['external_id', 'name', 'kind', 'phase', 'place_external_id'],
    optional: ['started_on', 'ended_on', 'meaning_for_street', 'support_needed', 'supporting_collective_external_ids'],
  },
  participations: {
    required: ['external_id', 'initiative_external_id', 'person_external_id', 'role', 'since'],
    optional: ['until'],
  },
  ties: {
    required: ['external_id', 'person_a_external_id', 'person_b_external_id', 'kind', 'strength', 'since'],
    optional: [
      'functions',
      'until',
      'last_confirmed_on',
      'source',
      'confidence',
      'origin_initiative_external_id',
      'visibility',
      'note',
    ],
  },
};

/** "External ID " → "external_id": headers typed by hand are forgiven their case and spaces (as the API does). */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export type HeaderMatch =
  { kind: ImportKind; unknown: string[] } | { kind: null; closest: ImportKind | null; missing: string[] };

export function recogniseHeader(cells: readonly string[]): HeaderMatch {
  const header = cells.map(normaliseHeader);
  const present = new Set(header);
  const candidates = IMPORT_KINDS.map((kind) => {
    const { required, optional } = COLUMNS[kind];
    const names = new Set([...required, ...optional]);
    return {
      kind,
      missing: required.filter((c) => !present.has(c)),
      known: header.filter((h) => names.has(h)).length,
      unknown: header.filter((h) => !names.has(h)),
    };
  });
  const complete = candidates.filter((c) => c.missing.length === 0).sort((a, b) => b.known - a.known);
  if (complete.length > 0) return { kind: complete[0].kind, unknown: complete[0].unknown };
  const closest = [...candidates].sort((a, b) => b.known - a.known || a.missing.length - b.missing.length)[0];
  const distinctive = header.some((h) => h !== 'external_id') && closest.known > 1;
  return distinctive
    ? { kind: null, closest: closest.kind, missing: closest.missing }
    : { kind: null, closest: null, missing: [] };
}

/**
 * Small example files that import together into an empty organisation: a buurt with a street, two people, a
 * tie, a collective with a member, an initiative with a participant (the examples of docs/import-format.md).
 * A community worker replaces `bu-lindenbuurt` by the external id of their own buurt, or imports as is under
 * a place they work in.
 */
export const EXAMPLES: Readonly<Record<ImportKind, string>> = {
  places: [
    'external_id,name,level,parent_external_id,cbs_code',
    'bu-lindenbuurt,Lindenbuurt,NEIGHBOURHOOD,,BU03630000',
    'st-linden,Lindenstraat,STREET,bu-lindenbuurt,',
    'st-eiken,Eikenlaan,STREET,bu-lindenbuurt,',
  ].join('\r\n'),
  people: [
    'external_id;display_name;home_place_external_id;birth_year;roles;assets;on_watch_list;consent_basis;consent_recorded_on',
    'p-1041;Fatima B.;st-linden;1957;"CONNECTOR@2021-03-01;VOLUNTEER@2020-01-01..2022-01-01";"SKILL:fietsen repareren;PASSION:tuinieren";nee;CONSENT;2024-05-13',
    'p-1042;Henk de Vries;st-linden;1941;;;ja;LEGITIMATE_INTEREST;2024-05-20',
    'p-1043;Noor;st-eiken;;;GIFT:luisteren;nee;;',
  ].join('\r\n'),
  collectives: [
    'external_id,name,kind,place_external_id,description',
    'c-7,Bewonerscommissie Lindenbuurt,RESIDENT_COMMITTEE,bu-lindenbuurt,Komt elke eerste dinsdag samen',
    'c-9,Buurtapp Lindenstraat,APP_GROUP,st-linden,',
  ].join('\r\n'),
  memberships: [
    'external_id,collective_external_id,person_external_id,role,since,until',
    'm-1,c-7,p-1041,CHAIR,2022-09-01,',
    'm-2,c-9,p-1042,MEMBER,2021-01-10,2024-06-30',
  ].join('\r\n'),
  initiatives: [
    'external_id,name,kind,phase,place_external_id,started_on,ended_on,meaning_for_street,support_needed,supporting_collective_external_ids',
    'i-2,TaartExpress,ATTENTION,ACTIVE,bu-lindenbuurt,2020-04-02,,Buren die elkaar niet kenden bakken samen,,c-7;c-9',
  ].join('\r\n'),
  participations: [
    'external_id,initiative_external_id,person_external_id,role,since,until',
    'd-5,i-2,p-1041,INITIATOR,2020-04-02,',
    'd-6,i-2,p-1043,VOLUNTEER,2023-01-15,',
  ].join('\r\n'),
  ties: [
    'external_id,person_a_external_id,person_b_external_id,kind,functions,strength,since,until,last_confirmed_on,source,confidence,origin_initiative_external_id,visibility,note',
    't-88,p-1041,p-1042,NEIGHBOUR,PRACTICAL;COMPANIONSHIP,3,2019-06-01,,2025-11-20,OBSERVED_BY_WORKER,0.8,,NORMAL,',
    't-89,p-1041,p-1043,MET_VIA_INITIATIVE,COMPANIONSHIP,2,2023-02-01,,,SELF_REPORTED,1,i-2,NORMAL,Bakten samen voor de TaartExpress',
  ].join('\r\n'),
};
