/**
 * The reads behind quick capture: the "likely people" — whom this worker spoke to lately (the newest contact
 * moments of their places, their own first) and who is on the watch-list — and the one resident a link names
 * (`/capture?person=ID`, from the visit plan). Writes go through PersonApi.
 */
import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';
import { GraphqlClient, operation } from '../graphql/graphql-client';
import type { PersonOption } from '../person-picker/person-picker-api';

/** how many of the newest contact moments to look through, and how many people to offer per group */
export const RECENT_MOMENTS = 40;
export const LIKELY_PEOPLE = 6;

interface LikelyData {
  contactMoments: { edges: { node: { worker: { id: string }; people: PersonOption[] } }[] };
  people: { edges: { node: PersonOption }[] };
}

export const LIKELY_PEOPLE_QUERY = operation<LikelyData, { moments: number; watched: number }>(`
  query CaptureLikelyPeople($moments: Int, $watched: Int) {
    contactMoments(first: $moments) {
      edges { node { worker { id } people { id displayName homePlace { id name } } } }
    }
    people(onWatchList: true, first: $watched) {
      edges { node { id displayName homePlace { id name } } }
    }
  }
`);

export const CAPTURE_PERSON = operation<{ person: PersonOption }, { id: string }>(`
  query CapturePerson($id: ID!) {
    person(id: $id) { id displayName homePlace { id name } }
  }
`);

export interface LikelyPeople {
  recent: PersonOption[];
  watched: PersonOption[];
}

/** People of the newest moments, the worker's own moments first, each person once, newest first. */
export function recentPeople(
  moments: readonly { worker: { id: string }; people: readonly PersonOption[] }[],
  workerId: string | null,
  limit: number,
): PersonOption[] {
  const own = moments.filter((m) => m.worker.id === workerId);
  const others = moments.filter((m) => m.worker.id !== workerId);
  const seen = new Map<string, PersonOption>();
  for (const moment of [...own, ...others]) {
    for (const person of moment.people) if (!seen.has(person.id)) seen.set(person.id, person);
  }
  return [...seen.values()].slice(0, limit);
}

@Injectable({ providedIn: 'root' })
export class CaptureApi {
  private readonly graphql = inject(GraphqlClient);

  likelyPeople(workerId: string | null): Observable<LikelyPeople> {
    return this.graphql.request(LIKELY_PEOPLE_QUERY, { moments: RECENT_MOMENTS, watched: LIKELY_PEOPLE }).pipe(
      map((data) => ({
        recent: recentPeople(
          data.contactMoments.edges.map((e) => e.node),
          workerId,
          LIKELY_PEOPLE,
        ),
        watched: data.people.edges.map((e) => e.node),
      })),
    );
  }

  /** One resident as the picker shows them; NOT_FOUND for an id outside the worker's places. */
  person(id: string): Observable<PersonOption> {
    return this.graphql.request(CAPTURE_PERSON, { id }).pipe(map((data) => data.person));
  }
}
