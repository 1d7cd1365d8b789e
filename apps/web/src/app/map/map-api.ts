/**
 * The GraphQL reads behind the relationship map: the whole network of a place as of a date in one query, the
 * gap-filler suggestions (drawn as proposed ties), and the user's own places (the map opens on the first).
 * The payload types mirror apps/api's NetworkModel; the map never asks for anything the role may not see
 * (analysts get pseudonyms from the API itself, and no suggestions).
 */
import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';
import { GraphqlClient, type NoVariables, operation } from '../graphql/graphql-client';

export type NodeKind = 'PERSON' | 'COLLECTIVE' | 'INITIATIVE';
export type EdgeKind = 'TIE' | 'MEMBERSHIP' | 'PARTICIPATION';

export interface NetworkNode {
  id: string;
  kind: NodeKind;
  /** a name for workers, a pseudonym for analysts, the name of a collective or initiative */
  label: string;
  /** a person's street; a collective's or initiative's place */
  placeId: string;
  /** roles held at the date (people); the collective's or initiative's kind */
  roles: string[];
  community: number | null;
  degree: number | null;
  betweenness: number | null;
  constraint: number | null;
  clustering: number | null;
  isolated: boolean | null;
  /** at-risk score; null when not at risk */
  atRisk: number | null;
  articulationPoint: boolean | null;
  hiddenConnector: boolean | null;
  /** workers only */
  onWatchList: boolean | null;
  /** an initiative's phase (IDEA … ENDED); null for people and collectives */
  phase: string | null;
  /** why a resident is at risk (ISOLATED, SINGLE_TIE, ONLY_WEAK_TIES, …); empty when not at risk */
  atRiskReasons: string[];
  /** where the API's layout puts the node (map units; the same for every visit until the data changes) */
  x: number;
  y: number;
}

export interface NetworkEdge {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  /** tie strength 1–5; null for memberships and participations */
  strength: number | null;
  /** tie kind (NEIGHBOUR, FRIEND, …) or membership/participation role */
  detail: string | null;
  weak: boolean;
  bridge: boolean;
  localBridge: boolean;
  span: number | null;
  bridging: boolean;
  viaInitiative: boolean;
  /** ecogram functions of a tie (PRACTICAL, COMPANIONSHIP, ADVICE, EMOTIONAL); empty for memberships */
  functions: string[];
}

export interface Network {
  asOf: string;
  placeId: string;
  pseudonymised: boolean;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  communities: number;
  modularity: number | null;
  betweennessExact: boolean;
  betweennessErrorBound: number | null;
}

export interface Suggestion {
  id: string;
  rank: number;
  kind: string;
  people: string[];
  proposedTie: { personAId: string; personBId: string } | null;
  explanation: { nl: string; en: string };
  effect: { isolatedChange: number; componentsChange: number };
}

type NetworkVariables = { placeId: string; asOf: string };

export const NETWORK = operation<{ network: Network }, NetworkVariables>(`
  query Network($placeId: ID!, $asOf: LocalDate) {
    network(placeId: $placeId, asOf: $asOf) {
      asOf placeId pseudonymised
      nodes {
        id kind label placeId roles community degree betweenness constraint clustering
        isolated atRisk articulationPoint hiddenConnector onWatchList phase atRiskReasons x y
      }
      edges { id kind source target strength detail weak bridge localBridge span bridging viaInitiative functions }
      communities modularity betweennessExact betweennessErrorBound
    }
  }
`);

/** The API's maximum: the map shows the whole ranked list it can get. */
export const SUGGESTION_LIMIT = 50;

type SuggestionsVariables = { placeId: string; asOf: string; limit: number };

export const SUGGESTIONS = operation<{ suggestions: Suggestion[] }, SuggestionsVariables>(`
  query MapSuggestions($placeId: ID!, $asOf: LocalDate, $limit: Int) {
    suggestions(placeId: $placeId, asOf: $asOf, limit: $limit) {
      id rank kind people
      proposedTie { personAId personBId }
      explanation { nl en }
      effect { isolatedChange componentsChange }
    }
  }
`);

export const MY_PLACES = operation<{ me: { places: { id: string }[] } }, NoVariables>(`
  query MyPlaces {
    me { places { id } }
  }
`);

@Injectable({ providedIn: 'root' })
export class MapApi {
  private readonly graphql = inject(GraphqlClient);

  network(placeId: string, asOf: string): Observable<Network> {
    return this.graphql.request(NETWORK, { placeId, asOf }).pipe(map(({ network }) => network));
  }

  suggestions(placeId: string, asOf: string): Observable<Suggestion[]> {
    return this.graphql
      .request(SUGGESTIONS, { placeId, asOf, limit: SUGGESTION_LIMIT })
      .pipe(map(({ suggestions }) => suggestions));
  }

  /** The ids of the places assigned to the user, in the API's order. */
  myPlaceIds(): Observable<string[]> {
    return this.graphql.request(MY_PLACES, {}).pipe(map(({ me }) => me.places.map((place) => place.id)));
  }
}
