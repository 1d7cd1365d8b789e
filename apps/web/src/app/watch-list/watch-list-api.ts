/**
 * The GraphQL behind the watch-list: the ranked at-risk residents of a place (with their reasons, nearest
 * connector / collective / initiative and last contact), the people a worker put on the watch-list by hand, and
 * the mutation that puts someone on it or takes them off. The last contact comes from each person's newest
 * contact moment (the API batches that first page per request).
 */
import { inject, Injectable } from '@angular/core';
import { LIMITS } from '@weefsel/domain';
import { forkJoin, map, type Observable } from 'rxjs';
import { GraphqlClient, operation } from '../graphql/graphql-client';

export interface AtRiskReason {
  code: string;
  /** the numbers behind the reason, e.g. { months: 14 } */
  detail: Readonly<Record<string, unknown>>;
}

export interface NearestLink {
  kind: 'CONNECTOR' | 'COLLECTIVE' | 'INITIATIVE' | string;
  id: string;
  label: string;
  samePlace: boolean;
  sharedAssets: string[];
  hiddenConnector: boolean;
}

/** One resident on the watch-list page: ranked when at risk, unranked when only on the watch-list. */
export interface WatchEntry {
  id: string;
  name: string;
  streetId: string;
  streetName: string;
  /** 1 = most urgent; null for someone on the watch-list whom the figures do not put at risk */
  rank: number | null;
  score: number | null;
  ties: number;
  weakTies: number;
  isolated: boolean;
  reasons: AtRiskReason[];
  nearest: NearestLink[];
  onWatchList: boolean;
  /** YYYY-MM-DD of the newest contact moment, or null when there is none */
  lastContact: string | null;
}

interface PersonFields {
  id: string;
  displayName: string;
  onWatchList: boolean;
  homePlace: { id: string; name: string } | null;
  contactMoments: { edges: { node: { occurredOn: string } }[] };
}

const PERSON_FIELDS = `
  id displayName onWatchList
  homePlace { id name }
  contactMoments(first: 1) { edges { node { occurredOn } } }
`;

interface AtRiskData {
  atRisk: {
    rank: number;
    personId: string;
    score: number;
    ties: number;
    weakTies: number;
    isolated: boolean;
    reasons: AtRiskReason[];
    nearest: NearestLink[];
    person: PersonFields | null;
  }[];
}

export const AT_RISK = operation<AtRiskData, { placeId: string }>(`
  query WatchListAtRisk($placeId: ID!) {
    atRisk(placeId: $placeId) {
      rank personId score ties weakTies isolated
      reasons { code detail }
      nearest { kind id label samePlace sharedAssets hiddenConnector }
      person { ${PERSON_FIELDS} }
    }
  }
`);

interface WatchListData {
  people: { edges: { node: PersonFields }[] };
}

export const ON_WATCH_LIST = operation<WatchListData, { placeId: string; first: number }>(`
  query WatchListPeople($placeId: ID, $first: Int) {
    people(placeId: $placeId, onWatchList: true, first: $first) {
      edges { node { ${PERSON_FIELDS} } }
    }
  }
`);

export const SET_WATCH_LIST = operation<
  { setWatchList: { id: string; onWatchList: boolean } },
  { id: string; onWatchList: boolean }
>(`
  mutation SetWatchList($id: ID!, $onWatchList: Boolean!) {
    setWatchList(id: $id, onWatchList: $onWatchList) { id onWatchList }
  }
`);

function lastContactOf(person: PersonFields | null): string | null {
  return person?.contactMoments.edges[0]?.node.occurredOn ?? null;
}

/**
 * The ranked at-risk list first (in the API's order), then everyone on the watch-list whom the figures do not
 * put at risk, by name.
 */
export function toWatchEntries(atRisk: AtRiskData['atRisk'], watched: readonly PersonFields[]): WatchEntry[] {
  const ranked: WatchEntry[] = atRisk
    .filter((row) => row.person !== null)
    .sort((a, b) => a.rank - b.rank)
    .map((row) => {
      const person = row.person as PersonFields;
      return {
        id: row.personId,
        name: person.displayName,
        streetId: person.homePlace?.id ?? '',
        streetName: person.homePlace?.name ?? '',
        rank: row.rank,
        score: row.score,
        ties: row.ties,
        weakTies: row.weakTies,
        isolated: row.isolated,
        reasons: row.reasons,
        nearest: row.nearest,
        onWatchList: person.onWatchList,
        lastContact: lastContactOf(person),
      };
    });
  const seen = new Set(ranked.map((entry) => entry.id));
  const onlyWatched: WatchEntry[] = watched
    .filter((person) => !seen.has(person.id))
    .map((person) => ({
      id: person.id,
      name: person.displayName,
      streetId: person.homePlace?.id ?? '',
      streetName: person.homePlace?.name ?? '',
      rank: null,
      score: null,
      ties: 0,
      weakTies: 0,
      isolated: false,
      reasons: [],
      nearest: [],
      onWatchList: true,
      lastContact: lastContactOf(person),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return [...ranked, ...onlyWatched];
}

@Injectable({ providedIn: 'root' })
export class WatchListApi {
  private readonly graphql = inject(GraphqlClient);

  entries(placeId: string): Observable<WatchEntry[]> {
    return forkJoin({
      atRisk: this.graphql.request(AT_RISK, { placeId }).pipe(map((data) => data.atRisk)),
      watched: this.graphql
        .request(ON_WATCH_LIST, { placeId, first: LIMITS.maxPageSize })
        .pipe(map((data) => data.people.edges.map((edge) => edge.node))),
    }).pipe(map(({ atRisk, watched }) => toWatchEntries(atRisk, watched)));
  }

  setWatchList(id: string, onWatchList: boolean): Observable<boolean> {
    return this.graphql.request(SET_WATCH_LIST, { id, onWatchList }).pipe(map((data) => data.setWatchList.onWatchList));
  }
}
