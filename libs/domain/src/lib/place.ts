/**
 * Places: the hierarchy street → buurt → wijk → dorp/gemeente (lesson 1: the street is the level of change).
 * Every figure rolls up along this hierarchy, so the rules for which level may sit under which live here.
 */
export enum PlaceLevel {
  STREET = 'STREET',
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
  DISTRICT = 'DISTRICT',
  VILLAGE = 'VILLAGE',
  MUNICIPALITY = 'MUNICIPALITY',
}

/** Rank of a level: a parent must have a strictly higher rank than its child. */
export const PLACE_LEVEL_RANK: Readonly<Record<PlaceLevel, number>> = {
  [PlaceLevel.STREET]: 0,
  [PlaceLevel.NEIGHBOURHOOD]: 1,
  [PlaceLevel.DISTRICT]: 2,
  [PlaceLevel.VILLAGE]: 3,
  [PlaceLevel.MUNICIPALITY]: 4,
};

/** Dutch names as used by community workers and the CBS. */
export const PLACE_LEVEL_LABEL_NL: Readonly<Record<PlaceLevel, string>> = {
  [PlaceLevel.STREET]: 'straat',
  [PlaceLevel.NEIGHBOURHOOD]: 'buurt',
  [PlaceLevel.DISTRICT]: 'wijk',
  [PlaceLevel.VILLAGE]: 'dorp',
  [PlaceLevel.MUNICIPALITY]: 'gemeente',
};

/**
 * A village may sit in a municipality or stand alone; a buurt may sit in a wijk, a village or a municipality.
 * Skipping levels is allowed (a small village has no wijken), going down or sideways is not.
 */
export function canBeParentOf(parent: PlaceLevel, child: PlaceLevel): boolean {
  return PLACE_LEVEL_RANK[parent] > PLACE_LEVEL_RANK[child];
}

/**
 * CBS region codes: GM0363 (gemeente), WK036300 (wijk), BU03630000 (buurt).
 * See CBS "Wijk- en buurtkaart": GM + 4 digits, WK + 6 digits, BU + 8 digits.
 */
export const CBS_CODE_PATTERN = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;

/** The CBS prefix that fits a level, or null when the CBS has no code for it (streets, villages). */
export function cbsPrefixFor(level: PlaceLevel): 'GM' | 'WK' | 'BU' | null {
  switch (level) {
    case PlaceLevel.MUNICIPALITY:
      return 'GM';
    case PlaceLevel.DISTRICT:
      return 'WK';
    case PlaceLevel.NEIGHBOURHOOD:
      return 'BU';
    case PlaceLevel.STREET:
    case PlaceLevel.VILLAGE:
      return null;
  }
}

export interface Place {
  id: string;
  tenantId: string;
  name: string;
  level: PlaceLevel;
  parentId: string | null;
  cbsCode: string | null;
  externalId: string | null;
}
