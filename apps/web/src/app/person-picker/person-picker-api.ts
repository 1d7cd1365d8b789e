/**
 * The read behind the person picker: residents whose name contains the typed text, a handful at a time. The API
 * scopes `people` to the signed-in worker's places, so the picker never offers someone the worker may not see.
 */
import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';
import { GraphqlClient, operation } from '../graphql/graphql-client';

/** A resident as the picker shows and returns them: name and street, enough to tell two Jansens apart. */
export interface PersonOption {
  id: string;
  displayName: string;
  homePlace: { id: string; name: string };
}

/** A labelled row of people offered before anything is typed (recent contacts, the watch-list, …). */
export interface PersonSuggestionGroup {
  label: string;
  people: readonly PersonOption[];
}

interface PersonSearchData {
  people: { totalCount: number; edges: { node: PersonOption }[] };
}

type PersonSearchVariables = { search: string; first: number };

export const PERSON_SEARCH = operation<PersonSearchData, PersonSearchVariables>(`
  query PersonSearch($search: String, $first: Int) {
    people(search: $search, first: $first) {
      totalCount
      edges { node { id displayName homePlace { id name } } }
    }
  }
`);

export interface PersonSearchResult {
  totalCount: number;
  people: PersonOption[];
}

@Injectable({ providedIn: 'root' })
export class PersonPickerApi {
  private readonly graphql = inject(GraphqlClient);

  search(text: string, first: number): Observable<PersonSearchResult> {
    return this.graphql.request(PERSON_SEARCH, { search: text.trim(), first }).pipe(
      map(({ people }) => ({
        totalCount: people.totalCount,
        people: people.edges.map((edge) => edge.node),
      })),
    );
  }
}
