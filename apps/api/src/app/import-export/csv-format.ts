/**
 * Weefsel's CSV exchange format: per kind of file, its columns (name, required or not, codec, default), and how
 * a file's kind is recognised from its header. Pure: no database, no papaparse. docs/import-format.md
 * describes the same format for people; a spec keeps the two in step. Cells themselves: csv-codecs.ts.
 */
import {
  CollectiveKind,
  ConsentBasis,
  EcogramFunction,
  InitiativeKind,
  InitiativePhase,
  LIMITS,
  MembershipRole,
  ParticipationRole,
  PLACE_LEVEL_LABEL_NL,
  PlaceLevel,
  TIE_STRENGTH_MAX,
  TIE_STRENGTH_MIN,
  TieKind,
  TieSource,
  TieVisibility,
} from '@weefsel/domain';
import {
  CollectiveRow,
  ImportBundle,
  ImportKind,
  InitiativeRow,
  MembershipRow,
  ParticipationRow,
  PersonRow,
  PlaceRow,
  TieRow,
} from './import-rows';
import {
  booleanCodec,
  cbsCodec,
  Codec,
  dateCodec,
  decimalCodec,
  enumCodec,
  externalIdCodec,
  intCodec,
  listCodec,
  Parsed,
  parseAsset,
  parseRoleSpell,
  text,
} from './csv-codecs';

export { escapeFormula, joinList, splitList, unescapeFormula } from './csv-codecs';

/** A column of one kind of file. */
export interface Column<R> {
  name: string;
  field: keyof R & string;
  /** a required column must be in the header and have a value in every row */
  required: boolean;
  /** what to write in it, for people (docs and error messages) */
  description: string;
  example: string;
  /** `cell` is trimmed; an empty cell gives the column's default (null, false, [] …) or, if required, a reason */
  parse(cell: string): Parsed<unknown>;
  write(row: R): string;
}

function column<R>() {
  return <K extends keyof R & string>(
    name: string,
    field: K,
    codec: Codec<NonNullable<R[K]>>,
    doc: { description: string; example: string },
    options: { required: true } | { required: false; empty: R[K] },
  ): Column<R> => ({
    name,
    field,
    required: options.required,
    description: doc.description,
    example: doc.example,
    parse: (cell) => {
      if (cell === '') {
        return options.required
          ? { ok: false, reason: `Empty, but required: ${doc.description}.` }
          : { ok: true, value: options.empty };
      }
      return codec.parse(cell);
    },
    write: (row) => {
      const value = row[field];
      return value === null || value === undefined ? '' : codec.write(value as NonNullable<R[K]>);
    },
  });
}

const required = { required: true } as const;
const orNull = { required: false, empty: null } as const;

const ecogramFunctionCodec = enumCodec(EcogramFunction, 'an ecogram function');

const PLACE_LEVEL_ALIASES = Object.fromEntries(
  Object.entries(PLACE_LEVEL_LABEL_NL).map(([level, label]) => [label, level as PlaceLevel]),
);

// ---------------------------------------------------------------------------------------------------- columns

const externalId = { description: 'your own unique id for this row', example: '' };

const placeColumn = column<PlaceRow>();
const PLACE_COLUMNS: Column<PlaceRow>[] = [
  placeColumn('external_id', 'externalId', externalIdCodec, { ...externalId, example: 'straat-12' }, required),
  placeColumn('name', 'name', text(LIMITS.nameMax), { description: 'the name', example: 'Lindenstraat' }, required),
  placeColumn(
    'level',
    'level',
    enumCodec(PlaceLevel, 'a level', PLACE_LEVEL_ALIASES),
    {
      description: 'STREET, NEIGHBOURHOOD, DISTRICT, VILLAGE or MUNICIPALITY (or straat, buurt, …)',
      example: 'STREET',
    },
    required,
  ),
  placeColumn(
    'parent_external_id',
    'parentExternalId',
    externalIdCodec,
    { description: 'the external id of the place it lies in', example: 'buurt-3' },
    orNull,
  ),
  placeColumn(
    'cbs_code',
    'cbsCode',
    cbsCodec,
    { description: 'the CBS code of a gemeente (GM), wijk (WK) or buurt (BU)', example: 'BU03630000' },
    orNull,
  ),
];

const personColumn = column<PersonRow>();
const PERSON_COLUMNS: Column<PersonRow>[] = [
  personColumn('external_id', 'externalId', externalIdCodec, { ...externalId, example: 'p-1041' }, required),
  personColumn(
    'display_name',
    'displayName',
    text(LIMITS.nameMax),
    { description: 'the name you know them by', example: 'Fatima B.' },
    required,
  ),
  personColumn(
    'home_place_external_id',
    'homePlaceExternalId',
    externalIdCodec,
    { description: 'the external id of the street they live in', example: 'straat-12' },
    required,
  ),
  personColumn(
    'birth_year',
    'birthYear',
    intCodec(1900, 2100, 'a year between 1900 and 2100'),
    { description: 'year of birth', example: '1957' },
    orNull,
  ),
  personColumn(
    'roles',
    'roles',
    listCodec(
      parseRoleSpell,
      (r) => `${r.role}@${r.since}${r.until ? `..${r.until}` : ''}`,
      50,
      'roles',
      (r) => `${r.role}@${r.since}`,
    ),
    {
      description: 'roles over time, ROLE@since or ROLE@since..until, separated by ;',
      example: 'CONNECTOR@2021-03-01;VOLUNTEER@2020-01-01..2022-01-01',
    },
    { required: false, empty: [] },
  ),
  personColumn(
    'assets',
    'assets',
    listCodec(
      parseAsset,
      (a) => `${a.kind}:${a.label}`,
      LIMITS.assetsMax,
      'assets',
      (a) => `${a.kind}:${a.label}`,
    ),
    { description: 'gifts, skills and passions, KIND:label, separated by ;', example: 'SKILL:fietsen repareren' },
    { required: false, empty: [] },
  ),
  personColumn(
    'on_watch_list',
    'onWatchList',
    booleanCodec,
    { description: 'on the watch-list: yes or no', example: 'no' },
    { required: false, empty: false },
  ),
  personColumn(
    'consent_basis',
    'consentBasis',
    enumCodec(ConsentBasis, 'a basis for keeping data'),
    { description: 'CONSENT, LEGITIMATE_INTEREST or PUBLIC_TASK', example: 'CONSENT' },
    orNull,
  ),
  personColumn(
    'consent_recorded_on',
    'consentRecordedOn',
    dateCodec,
    { description: 'the day consent was given or the basis recorded', example: '2024-05-13' },
    orNull,
  ),
  personColumn(
    'consent_withdrawn_on',
    'consentWithdrawnOn',
    dateCodec,
    { description: 'the day consent was withdrawn', example: '' },
    orNull,
  ),
];

const collectiveColumn = column<CollectiveRow>();
const COLLECTIVE_COLUMNS: Column<CollectiveRow>[] = [
  collectiveColumn('external_id', 'externalId', externalIdCodec, { ...externalId, example: 'c-7' }, required),
  collectiveColumn(
    'name',
    'name',
    text(LIMITS.nameMax),
    { description: 'the name', example: 'Bewonerscommissie Lindenhof' },
    required,
  ),
  collectiveColumn(
    'kind',
    'kind',
    enumCodec(CollectiveKind, 'a kind of collective'),
    { description: `one of ${Object.values(CollectiveKind).join(', ')}`, example: 'RESIDENT_COMMITTEE' },
    required,
  ),
  collectiveColumn(
    'place_external_id',
    'placeExternalId',
    externalIdCodec,
    { description: 'the external id of its place', example: 'buurt-3' },
    required,
  ),
  collectiveColumn(
    'description',
    'description',
    text(LIMITS.textMax),
    { description: 'a description', example: 'Komt elke eerste dinsdag samen' },
    orNull,
  ),
];

const membershipColumn = column<MembershipRow>();
const MEMBERSHIP_COLUMNS: Column<MembershipRow>[] = [
  membershipColumn('external_id', 'externalId', externalIdCodec, { ...externalId, example: 'm-1' }, required),
  membershipColumn(
    'collective_external_id',
    'collectiveExternalId',
    externalIdCodec,
    { description: 'the external id of the collective', example: 'c-7' },
    required,
  ),
  membershipColumn(
    'person_external_id',
    'personExternalId',
    externalIdCodec,
    { description: 'the external id of the member', example: 'p-1041' },
    required,
  ),
  membershipColumn(
    'role',
    'role',
    enumCodec(MembershipRole, 'a membership role'),
    { description: `one of ${Object.values(MembershipRole).join(', ')}`, example: 'MEMBER' },
    required,
  ),
  membershipColumn(
    'since',
    'since',
    dateCodec,
    { description: 'the day they joined, YYYY-MM-DD', example: '2022-09-01' },
    required,
  ),
  membershipColumn('until', 'until', dateCodec, { description: 'the day they left', example: '' }, orNull),
];

const initiativeColumn = column<InitiativeRow>();
const INITIATIVE_COLUMNS: Column<InitiativeRow>[] = [
  initiativeColumn('external_id', 'externalId', externalIdCodec, { ...externalId, example: 'i-2' }, required),
  initiativeColumn(
    'name',
    'name',
    text(LIMITS.nameMax),
    { description: 'the name', example: 'TaartExpress' },
    required,
  ),
  initiativeColumn(
    'kind',
    'kind',
    enumCodec(InitiativeKind, 'a kind of initiative'),
    { description: `one of ${Object.values(InitiativeKind).join(', ')}`, example: 'ATTENTION' },
    required,
  ),
  initiativeColumn(
    'phase',
    'phase',
    enumCodec(InitiativePhase, 'a phase'),
    { description: `one of ${Object.values(InitiativePhase).join(', ')}`, example: 'ACTIVE' },
    required,
  ),
  initiativeColumn(
    'place_external_id',
    'placeExternalId',
    externalIdCodec,
    { description: 'the external id of its place', example: 'buurt-3' },
    required,
  ),
  initiativeColumn('started_on', 'startedOn', dateCodec, { description: 'start date', example: '2020-04-02' }, orNull),
  initiativeColumn('ended_on', 'endedOn', dateCodec, { description: 'end date', example: '' }, orNull),
  initiativeColumn(
    'meaning_for_street',
    'meaningForStreet',
    text(LIMITS.textMax),
    { description: 'what it means for the street', example: 'Buren die elkaar niet kenden bakken samen' },
    orNull,
  ),
  initiativeColumn(
    'support_needed',
    'supportNeeded',
    text(LIMITS.textMax),
    { description: 'the support it needs', example: '' },
    orNull,
  ),
  initiativeColumn(
    'supporting_collective_external_ids',
    'supportingCollectiveExternalIds',
    listCodec((part) => externalIdCodec.parse(part), String, 200, 'collectives'),
    { description: 'external ids of the collectives that support it, separated by ;', example: 'c-7;c-9' },
    { required: false, empty: [] },
  ),
];

const participationColumn = column<ParticipationRow>();
const PARTICIPATION_COLUMNS: Column<ParticipationRow>[] = [
  participationColumn('external_id', 'externalId', externalIdCodec, { ...externalId, example: 'd-5' }, required),
  participationColumn(
    'initiative_external_id',
    'initiativeExternalId',
    externalIdCodec,
    { description: 'the external id of the initiative', example: 'i-2' },
    required,
  ),
  participationColumn(
    'person_external_id',
    'personExternalId',
    externalIdCodec,
    { description: 'the external id of the person', example: 'p-1041' },
    required,
  ),
  participationColumn(
    'role',
    'role',
    enumCodec(ParticipationRole, 'a participation role'),
    { description: `one of ${Object.values(ParticipationRole).join(', ')}`, example: 'VOLUNTEER' },
    required,
  ),
  participationColumn(
    'since',
    'since',
    dateCodec,
    { description: 'the day they started taking part', example: '2023-01-15' },
    required,
  ),
  participationColumn('until', 'until', dateCodec, { description: 'the day they stopped', example: '' }, orNull),
];

const tieColumn = column<TieRow>();
const TIE_COLUMNS: Column<TieRow>[] = [
  tieColumn('external_id', 'externalId', externalIdCodec, { ...externalId, example: 't-88' }, required),
  tieColumn(
    'person_a_external_id',
    'personAExternalId',
    externalIdCodec,
    { description: 'the external id of one person', example: 'p-1041' },
    required,
  ),
  tieColumn(
    'person_b_external_id',
    'personBExternalId',
    externalIdCodec,
    { description: 'the external id of the other person', example: 'p-1042' },
    required,
  ),
  tieColumn(
    'kind',
    'kind',
    enumCodec(TieKind, 'a kind of tie'),
    { description: `one of ${Object.values(TieKind).join(', ')}`, example: 'NEIGHBOUR' },
    required,
  ),
  tieColumn(
    'functions',
    'functions',
    listCodec((part) => ecogramFunctionCodec.parse(part), String, 4, 'functions'),
    {
      description: 'what the tie gives: PRACTICAL, COMPANIONSHIP, ADVICE, EMOTIONAL, separated by ;',
      example: 'PRACTICAL',
    },
    { required: false, empty: [] },
  ),
  tieColumn(
    'strength',
    'strength',
    intCodec(
      TIE_STRENGTH_MIN,
      TIE_STRENGTH_MAX,
      `strength is ${TIE_STRENGTH_MIN} (weak) to ${TIE_STRENGTH_MAX} (strong)`,
    ),
    { description: `${TIE_STRENGTH_MIN} (weak) to ${TIE_STRENGTH_MAX} (strong)`, example: '3' },
    required,
  ),
  tieColumn(
    'since',
    'since',
    dateCodec,
    { description: 'the day the tie began (as far as known)', example: '2019-06-01' },
    required,
  ),
  tieColumn('until', 'until', dateCodec, { description: 'the day it ended', example: '' }, orNull),
  tieColumn(
    'last_confirmed_on',
    'lastConfirmedOn',
    dateCodec,
    { description: 'the last day someone confirmed it', example: '2025-11-20' },
    orNull,
  ),
  tieColumn(
    'source',
    'source',
    enumCodec(TieSource, 'a source'),
    {
      description: `one of ${Object.values(TieSource).join(', ')}; empty means OBSERVED_BY_WORKER`,
      example: 'SELF_REPORTED',
    },
    { required: false, empty: TieSource.OBSERVED_BY_WORKER },
  ),
  tieColumn(
    'confidence',
    'confidence',
    decimalCodec(0, 1, 'confidence is a number from 0 to 1'),
    { description: 'how sure the recorder is, 0 to 1 (0,8 is read as 0.8); empty means 1', example: '0.8' },
    { required: false, empty: 1 },
  ),
  tieColumn(
    'origin_initiative_external_id',
    'originInitiativeExternalId',
    externalIdCodec,
    { description: 'the external id of the initiative through which they met', example: 'i-2' },
    orNull,
  ),
  tieColumn(
    'visibility',
    'visibility',
    enumCodec(TieVisibility, 'a visibility'),
    { description: 'NORMAL or SENSITIVE; empty means NORMAL', example: 'NORMAL' },
    { required: false, empty: TieVisibility.NORMAL },
  ),
  tieColumn('note', 'note', text(LIMITS.textMax), { description: 'a note', example: '' }, orNull),
];

type Columns = { [K in ImportKind]: Column<ImportBundle[K][number]>[] };

/** Every kind's columns, in the order an export writes them. */
export const COLUMNS: Columns = {
  places: PLACE_COLUMNS,
  people: PERSON_COLUMNS,
  collectives: COLLECTIVE_COLUMNS,
  memberships: MEMBERSHIP_COLUMNS,
  initiatives: INITIATIVE_COLUMNS,
  participations: PARTICIPATION_COLUMNS,
  ties: TIE_COLUMNS,
};

/** Column name by kind and row field, for problems found after parsing. */
export function columnOf<K extends ImportKind>(kind: K, field: keyof ImportBundle[K][number] & string): string {
  return (COLUMNS[kind] as Column<unknown>[]).find((c) => c.field === field)?.name ?? field;
}

/** "External ID " → "external_id": headers typed by hand are forgiven their case and spaces. */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export type HeaderMatch =
  { ok: true; kind: ImportKind; unknown: string[] } | { ok: false; closest: ImportKind | null; missing: string[] };

/**
 * Recognises the kind of a file by its header: the kinds whose required columns are all present, and of
 * those the one that knows the most of the header's columns (an initiatives file also holds every
 * required column of a collectives file). File names play no part.
 */
export function matchHeader(header: readonly string[]): HeaderMatch {
  const present = new Set(header);
  const kinds = Object.keys(COLUMNS) as ImportKind[];
  const candidates = kinds
    .map((kind) => {
      const columns = COLUMNS[kind] as Column<unknown>[];
      const names = new Set(columns.map((c) => c.name));
      return {
        kind,
        missing: columns.filter((c) => c.required && !present.has(c.name)).map((c) => c.name),
        known: header.filter((h) => names.has(h)).length,
        unknown: header.filter((h) => !names.has(h)),
      };
    })
    .sort((a, b) => a.missing.length - b.missing.length || b.known - a.known);
  const complete = candidates.filter((c) => c.missing.length === 0).sort((a, b) => b.known - a.known);
  if (complete.length) return { ok: true, kind: complete[0].kind, unknown: complete[0].unknown };
  // the closest kind is the one that knows the most columns besides external_id
  const closest = [...candidates].sort((a, b) => b.known - a.known || a.missing.length - b.missing.length)[0];
  const distinctive = header.filter((h) => h !== 'external_id').length > 0 && closest.known > 1;
  return distinctive
    ? { ok: false, closest: closest.kind, missing: closest.missing }
    : { ok: false, closest: null, missing: [] };
}

/** The header line of a kind, as an example in messages. */
export function headerOf(kind: ImportKind): string {
  return (COLUMNS[kind] as Column<unknown>[]).map((c) => c.name).join(',');
}
