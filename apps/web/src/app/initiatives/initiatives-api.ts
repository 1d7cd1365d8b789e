/**
 * The GraphQL behind the initiatives and collectives board: the initiatives of a place with their people and
 * supporting collectives plus their health (one request), the ties one initiative created (when its panel opens),
 * moving an initiative to another phase or changing what it needs, and the collectives with the network's
 * memberships and ties (for their E-I index and bridges, computed in collective-links.ts).
 */
import { inject, Injectable } from '@angular/core';
import {
  type CollectiveKind,
  type InitiativeKind,
  type InitiativePhase,
  LIMITS,
  type ParticipationRole,
} from '@weefsel/domain';
import { map, type Observable } from 'rxjs';
import { GraphqlClient, operation } from '../graphql/graphql-client';

export interface BoardParticipation {
  id: string;
  role: ParticipationRole;
  since: string;
  /** null when they live outside the user's places */
  person: { id: string; displayName: string; homePlace: { name: string } | null } | null;
}

export interface BoardInitiative {
  id: string;
  name: string;
  kind: InitiativeKind;
  phase: InitiativePhase;
  startedOn: string | null;
  endedOn: string | null;
  meaningForStreet: string | null;
  supportNeeded: string | null;
  place: { id: string; name: string; level: string } | null;
  participations: BoardParticipation[];
  supportingCollectives: { id: string; name: string; kind: CollectiveKind }[];
}

/** apps/api InitiativeHealthModel: what an initiative means for the street (lesson 2). */
export interface InitiativeHealth {
  initiativeId: string;
  activePeople: number;
  dependsOnOneInitiator: boolean;
  soleInitiatorLabel: string | null;
  streets: number;
  eiIndexStreets: number | null;
  collectives: number;
  tiesCreated: number;
  weakTiesCreated: number;
  crossStreetTiesCreated: number;
  bridgingTiesCreated: number;
  tiesCreatedEver: number;
}

export interface Board {
  initiatives: BoardInitiative[];
  health: InitiativeHealth[];
}

export const INITIATIVE_BOARD = operation<
  { initiatives: { edges: { node: BoardInitiative }[] }; initiativeHealth: InitiativeHealth[] },
  { placeId: string; first: number }
>(`
  query InitiativeBoard($placeId: ID!, $first: Int) {
    initiatives(placeId: $placeId, first: $first) {
      edges {
        node {
          id name kind phase startedOn endedOn meaningForStreet supportNeeded
          place { id name level }
          participations { id role since person { id displayName homePlace { name } } }
          supportingCollectives { id name kind }
        }
      }
    }
    initiativeHealth(placeId: $placeId) {
      initiativeId activePeople dependsOnOneInitiator soleInitiatorLabel streets eiIndexStreets collectives
      tiesCreated weakTiesCreated crossStreetTiesCreated bridgingTiesCreated tiesCreatedEver
    }
  }
`);

export interface CreatedTie {
  id: string;
  kind: string;
  strength: number;
  since: string;
  until: string | null;
  personA: { id: string; displayName: string } | null;
  personB: { id: string; displayName: string } | null;
}

export const INITIATIVE_TIES = operation<{ initiative: { id: string; tiesCreated: CreatedTie[] } }, { id: string }>(`
  query InitiativeTies($id: ID!) {
    initiative(id: $id) {
      id
      tiesCreated(includeEnded: true) {
        id kind strength since until
        personA { id displayName }
        personB { id displayName }
      }
    }
  }
`);

export interface InitiativeChange {
  phase?: InitiativePhase;
  supportNeeded?: string | null;
  meaningForStreet?: string | null;
}

export type InitiativePatch = Pick<BoardInitiative, 'id' | 'phase' | 'supportNeeded' | 'meaningForStreet' | 'endedOn'>;

export const UPDATE_INITIATIVE = operation<
  { updateInitiative: InitiativePatch },
  { id: string; input: InitiativeChange }
>(`
  mutation UpdateInitiative($id: ID!, $input: UpdateInitiativeInput!) {
    updateInitiative(id: $id, input: $input) { id phase supportNeeded meaningForStreet endedOn }
  }
`);

export interface BoardCollective {
  id: string;
  name: string;
  kind: CollectiveKind;
  description: string | null;
  memberCount: number;
  place: { id: string; name: string } | null;
}

export interface NetworkLinks {
  nodes: { id: string; kind: string }[];
  edges: { kind: string; source: string; target: string }[];
}

export const COLLECTIVES = operation<
  { collectives: { edges: { node: BoardCollective }[] }; network: NetworkLinks },
  { placeId: string; first: number }
>(`
  query CollectivesBoard($placeId: ID!, $first: Int) {
    collectives(placeId: $placeId, first: $first) {
      edges { node { id name kind description memberCount place { id name } } }
    }
    network(placeId: $placeId) {
      nodes { id kind }
      edges { kind source target }
    }
  }
`);

@Injectable({ providedIn: 'root' })
export class InitiativesApi {
  private readonly graphql = inject(GraphqlClient);

  board(placeId: string): Observable<Board> {
    return this.graphql.request(INITIATIVE_BOARD, { placeId, first: LIMITS.maxPageSize }).pipe(
      map((data) => ({
        initiatives: data.initiatives.edges.map((edge) => edge.node),
        health: data.initiativeHealth,
      })),
    );
  }

  tiesCreated(id: string): Observable<CreatedTie[]> {
    return this.graphql.request(INITIATIVE_TIES, { id }).pipe(map((data) => data.initiative.tiesCreated));
  }

  update(id: string, input: InitiativeChange): Observable<InitiativePatch> {
    return this.graphql.request(UPDATE_INITIATIVE, { id, input }).pipe(map((data) => data.updateInitiative));
  }

  collectives(placeId: string): Observable<{ collectives: BoardCollective[]; network: NetworkLinks }> {
    return this.graphql.request(COLLECTIVES, { placeId, first: LIMITS.maxPageSize }).pipe(
      map((data) => ({
        collectives: data.collectives.edges.map((edge) => edge.node),
        network: data.network,
      })),
    );
  }
}
