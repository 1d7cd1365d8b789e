/**
 * The `importCsv` mutation with upload progress. The app's HttpClient runs on fetch, which cannot report
 * upload progress, so this one request goes through Angular's XMLHttpRequest backend; token, language and
 * error handling are the same as GraphqlClient's (a refused token is dropped, errors become GraphqlError).
 */
import { HttpClient, HttpEventType, HttpHeaders, HttpXhrBackend } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ErrorCode } from '@weefsel/domain';
import { catchError, filter, map, type Observable, tap, throwError } from 'rxjs';
import { AuthToken } from '../auth/auth-token';
import { GRAPHQL_PATH } from '../graphql/graphql-client';
import { fromGraphqlErrors, GraphqlError, type GraphqlErrorEntry, toGraphqlError } from '../graphql/graphql-error';
import { Translator } from '../i18n/translator';

export interface ImportProblem {
  file: string;
  line: number;
  column: string | null;
  reason: string;
}

export interface ImportKindCount {
  kind: string;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  problems: ImportProblem[];
  problemCount: number;
  counts: ImportKindCount[];
}

export interface CsvFile {
  name: string;
  content: string;
}

export type ImportEvent =
  | { kind: 'uploading'; share: number }
  /** everything is sent; the server is checking (dry run) or checking and writing */
  | { kind: 'processing' }
  | { kind: 'done'; report: ImportReport };

export const IMPORT_CSV = `
  mutation ImportCsv($files: [CsvFileInput!]!, $dryRun: Boolean!) {
    importCsv(files: $files, dryRun: $dryRun) {
      ok dryRun problemCount
      problems { file line column reason }
      counts { kind created updated unchanged }
    }
  }
`;

interface Response {
  data?: { importCsv: ImportReport } | null;
  errors?: readonly GraphqlErrorEntry[];
}

@Injectable({ providedIn: 'root' })
export class ImportApi {
  private readonly http = new HttpClient(inject(HttpXhrBackend));
  private readonly token = inject(AuthToken);
  private readonly translator = inject(Translator);

  importCsv(files: readonly CsvFile[], dryRun: boolean): Observable<ImportEvent> {
    const bearer = this.token.value();
    let headers = new HttpHeaders({ 'Accept-Language': this.translator.language() });
    if (bearer) headers = headers.set('Authorization', `Bearer ${bearer}`);
    const body = {
      query: IMPORT_CSV,
      variables: { files: files.map(({ name, content }) => ({ name, content })), dryRun },
    };
    return this.http.post<Response>(GRAPHQL_PATH, body, { headers, reportProgress: true, observe: 'events' }).pipe(
      catchError((failure: unknown) => throwError(() => toGraphqlError(failure))),
      filter((event) => event.type === HttpEventType.UploadProgress || event.type === HttpEventType.Response),
      map((event): ImportEvent => {
        if (event.type === HttpEventType.UploadProgress) {
          const share = event.total ? event.loaded / event.total : 0;
          return share >= 1 ? { kind: 'processing' } : { kind: 'uploading', share };
        }
        if (event.type !== HttpEventType.Response) return { kind: 'processing' };
        const response = event.body;
        if (response?.errors && response.errors.length > 0) throw fromGraphqlErrors(response.errors);
        if (!response?.data) throw new GraphqlError(ErrorCode.INTERNAL_SERVER_ERROR, 'The response has no data.');
        return { kind: 'done', report: response.data.importCsv };
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
