/** The GraphQL reads behind the people page: a page of residents, and the places to filter by. */
import { inject, Injectable } from '@angular/core';
import { LIMITS, type Place, type PersonRoleSpell } from '@weefsel/domain';
import { map, type Observable } from 'rxjs';
import { GraphqlClient, operation } from '../graphql/graphql-client';

export type PlaceRef = Pick<Place, 'id' | 'name' | 'level'>;
export type PlaceNode = Pick<Place, 'id' | 'name' | 'level' | 'parentId' | 'cbsCode'>;

export interface PersonListItem {
  id: string;
  displayName: string;
  pseudonym: string;
  onWatchList: boolean;
  birthYear: number | null;
  homePlace: PlaceRef;
  roles: PersonRoleSpell[];
}

export interface PeoplePage {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  people: PersonListItem[];
}

export interface PeopleQuery {
  /** a place and everything below it; null for all the user's places */
  placeId: string | null;
  search: string;
  first: number;
  after: string | null;
}

interface PeopleData {
  people: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: PersonListItem }[];
  };
}

type PeopleVariables = { placeId: string | null; search: string | null; first: number; after: string | null };

export const PEOPLE = operation<PeopleData, PeopleVariables>(`
  query People($placeId: ID, $search: String, $first: Int, $after: String) {
    people(placeId: $placeId, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id displayName pseudonym onWatchList birthYear
          homePlace { id name level }
          roles { role since until }
        }
      }
    }
  }
`);

interface PlacesData {
  places: { edges: { node: PlaceNode }[] };
}

export const PLACES = operation<PlacesData, { first: number }>(`
  query Places($first: Int) {
    places(first: $first) { edges { node { id name level parentId cbsCode } } }
  }
`);

@Injectable({ providedIn: 'root' })
export class PeopleApi {
  private readonly graphql = inject(GraphqlClient);

  people(query: PeopleQuery): Observable<PeoplePage> {
    const search = query.search.trim();
    return this.graphql
      .request(PEOPLE, {
        placeId: query.placeId,
        search: search === '' ? null : search,
        first: query.first,
        after: query.after,
      })
      .pipe(
        map(({ people }) => ({
          totalCount: people.totalCount,
          hasNextPage: people.pageInfo.hasNextPage,
          endCursor: people.pageInfo.endCursor,
          people: people.edges.map((edge) => edge.node),
        })),
      );
  }

  /** The places this user may see. One page of the maximum size: a worker's patch is far smaller. */
  places(): Observable<PlaceNode[]> {
    return this.graphql
      .request(PLACES, { first: LIMITS.maxPageSize })
      .pipe(map(({ places }) => places.edges.map((edge) => edge.node)));
  }
}
