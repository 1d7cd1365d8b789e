/**
 * A small typed GraphQL client over Angular's HttpClient: POST {query, variables} to /graphql on the same origin,
 * with the access token as a Bearer header. A response carrying `errors` becomes a thrown GraphqlError with the
 * first error's `extensions.code`; UNAUTHENTICATED on a request that carried a token means the token is dead,
 * so it is dropped (the shell then sends the user to the sign-in page).
 */
import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ErrorCode } from '@weefsel/domain';
import { catchError, map, type Observable, tap, throwError } from 'rxjs';
import { AuthToken } from '../auth/auth-token';
import { Translator } from '../i18n/translator';
import { fromGraphqlErrors, toGraphqlError, GraphqlError, type GraphqlErrorEntry } from './graphql-error';

export const GRAPHQL_PATH = '/graphql';

export type GraphqlVariables = Readonly<Record<string, unknown>>;
export type NoVariables = Readonly<Record<string, never>>;

/** A GraphQL document that knows the shape of its result and variables. */
export interface GraphqlOperation<TData, TVariables extends GraphqlVariables = NoVariables> {
  readonly document: string;
  /** Never set: carries the types from the declaration to `request`. */
  readonly types?: { data: TData; variables: TVariables };
}

export function operation<TData, TVariables extends GraphqlVariables = NoVariables>(
  document: string,
): GraphqlOperation<TData, TVariables> {
  return { document };
}

interface GraphqlResponse<TData> {
  data?: TData | null;
  errors?: readonly GraphqlErrorEntry[];
}

@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly http = inject(HttpClient);
  private readonly token = inject(AuthToken);
  private readonly translator = inject(Translator);

  request<TData, TVariables extends GraphqlVariables>(
    op: GraphqlOperation<TData, TVariables>,
    variables: TVariables,
  ): Observable<TData> {
    const bearer = this.token.value();
    // Accept-Language lets the API word its messages in the user's language; until it does, they come in English.
    let headers = new HttpHeaders({ 'Accept-Language': this.translator.language() });
    if (bearer) headers = headers.set('Authorization', `Bearer ${bearer}`);

    return this.http.post<GraphqlResponse<TData>>(GRAPHQL_PATH, { query: op.document, variables }, { headers }).pipe(
      catchError((failure: unknown) => throwError(() => toGraphqlError(failure))),
      map((response) => {
        if (response.errors && response.errors.length > 0) throw fromGraphqlErrors(response.errors);
        if (response.data === null || response.data === undefined) {
          throw new GraphqlError(ErrorCode.INTERNAL_SERVER_ERROR, 'The response has no data.');
        }
        return response.data;
      }),
      tap({
        error: (error: unknown) => {
          if (bearer && error instanceof GraphqlError && error.code === ErrorCode.UNAUTHENTICATED) {
            this.token.expire(bearer);
          }
        },
      }),
    );
  }
}
