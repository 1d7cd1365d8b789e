/**
 * The typed rows of Weefsel's CSV exchange format: one file per kind, rows linked by `externalId`
 * (the id in the source system — a spreadsheet row number, a CiviCRM contact id, …).
 *
 * These are the rows *after* parsing and validation. The same shape feeds the import, comes out of the
 * export, and is what the demo seed generates, so the seed exercises the import path.
 * Column names in the CSV files are the snake_case of the field names (see docs/import-format.md).
 */
import type {
  AssetKind,
  CollectiveKind,
  ConsentBasis,
  EcogramFunction,
  InitiativeKind,
  InitiativePhase,
  MembershipRole,
  ParticipationRole,
  PersonRole,
  PlaceLevel,
  TieKind,
  TieSource,
  TieVisibility,
} from '@weefsel/domain';

export interface PlaceRow {
  externalId: string;
  name: string;
  level: PlaceLevel;
  /** null for a top-level place */
  parentExternalId: string | null;
  cbsCode: string | null;
}

export interface PersonRow {
  externalId: string;
  displayName: string;
  homePlaceExternalId: string;
  birthYear: number | null;
  /** CSV: `CONNECTOR@2021-03-01;VOLUNTEER@2020-01-01..2022-01-01` */
  roles: { role: PersonRole; since: string; until: string | null }[];
  /** CSV: `SKILL:fietsen repareren;PASSION:tuinieren` */
  assets: { kind: AssetKind; label: string }[];
  onWatchList: boolean;
  consentBasis: ConsentBasis | null;
  consentRecordedOn: string | null;
  /** the day consent was withdrawn; optional so that older producers of rows need not set it (absent = null) */
  consentWithdrawnOn?: string | null;
}

export interface CollectiveRow {
  externalId: string;
  name: string;
  kind: CollectiveKind;
  placeExternalId: string;
  description: string | null;
}

export interface MembershipRow {
  externalId: string;
  collectiveExternalId: string;
  personExternalId: string;
  role: MembershipRole;
  since: string;
  until: string | null;
}

export interface InitiativeRow {
  externalId: string;
  name: string;
  kind: InitiativeKind;
  phase: InitiativePhase;
  placeExternalId: string;
  startedOn: string | null;
  endedOn: string | null;
  meaningForStreet: string | null;
  supportNeeded: string | null;
  /** CSV: external ids separated by `;` */
  supportingCollectiveExternalIds: string[];
}

export interface ParticipationRow {
  externalId: string;
  initiativeExternalId: string;
  personExternalId: string;
  role: ParticipationRole;
  since: string;
  until: string | null;
}

export interface TieRow {
  externalId: string;
  personAExternalId: string;
  personBExternalId: string;
  kind: TieKind;
  /** CSV: `PRACTICAL;EMOTIONAL` */
  functions: EcogramFunction[];
  /** 1–5 */
  strength: number;
  since: string;
  until: string | null;
  lastConfirmedOn: string | null;
  source: TieSource;
  /** 0–1 */
  confidence: number;
  originInitiativeExternalId: string | null;
  visibility: TieVisibility;
  note: string | null;
}

/** One import: any subset of the kinds, applied together in one transaction, in dependency order. */
export interface ImportBundle {
  places: PlaceRow[];
  people: PersonRow[];
  collectives: CollectiveRow[];
  memberships: MembershipRow[];
  initiatives: InitiativeRow[];
  participations: ParticipationRow[];
  ties: TieRow[];
}

export type ImportKind = keyof ImportBundle;

/** The order in which kinds are applied: every reference points to a kind applied earlier. */
export const IMPORT_ORDER: readonly ImportKind[] = [
  'places',
  'people',
  'collectives',
  'memberships',
  'initiatives',
  'participations',
  'ties',
];

/** One bad cell or row: a person fixes the file with this and nothing else. */
export interface ImportProblem {
  file: string;
  /** 1-based line in the file, counting the header as line 1 */
  line: number;
  /** the CSV column, or null when the whole row is at fault */
  column: string | null;
  reason: string;
}

/** Where a row came from, so a problem found later (in the database step) still names file and line. */
export interface RowSource {
  file: string;
  /** 1-based, the header being line 1 */
  line: number;
}

/** Per kind, the source of each row of the bundle, in the same order as the bundle's arrays. */
export type ImportSources = { [K in ImportKind]: RowSource[] };

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type ImportCounts = Record<ImportKind, KindCounts>;

export function emptyBundle(): ImportBundle {
  return { places: [], people: [], collectives: [], memberships: [], initiatives: [], participations: [], ties: [] };
}

export function bundleSize(bundle: ImportBundle): number {
  return IMPORT_ORDER.reduce((sum, kind) => sum + bundle[kind].length, 0);
}
