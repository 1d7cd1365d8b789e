import { HttpBackend, HttpEventType, HttpXhrBackend, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ErrorCode } from '@weefsel/domain';
import { lastValueFrom, toArray } from 'rxjs';
import { AuthToken } from '../auth/auth-token';
import { GRAPHQL_PATH } from '../graphql/graphql-client';
import { ImportApi, type ImportEvent } from './import-api';

describe('ImportApi', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        // the real one is XMLHttpRequest (fetch has no upload progress); the testing backend stands in for it
        { provide: HttpXhrBackend, useExisting: HttpBackend },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthToken).set('abc.def.ghi');
  });

  afterEach(() => http.verify());

  const files = [{ name: 'straten.csv', content: 'external_id,name,level\n' }];
  const report = { ok: true, dryRun: true, problems: [], problemCount: 0, counts: [] };

  it('sends the files as the importCsv mutation, reporting upload progress, then the report', async () => {
    const events = lastValueFrom(TestBed.inject(ImportApi).importCsv(files, true).pipe(toArray()));
    const req = http.expectOne(GRAPHQL_PATH);
    expect(req.request.reportProgress).toBe(true);
    expect(req.request.headers.get('Authorization')).toBe('Bearer abc.def.ghi');
    expect(req.request.body.variables).toEqual({ files, dryRun: true });
    expect(req.request.body.query).toContain('importCsv(files: $files, dryRun: $dryRun)');
    req.event({ type: HttpEventType.UploadProgress, loaded: 50, total: 200 });
    req.event({ type: HttpEventType.UploadProgress, loaded: 200, total: 200 });
    req.flush({ data: { importCsv: report } });
    expect(await events).toEqual<ImportEvent[]>([
      { kind: 'uploading', share: 0.25 },
      { kind: 'processing' },
      { kind: 'done', report },
    ]);
  });

  it('turns GraphQL errors into a GraphqlError with the code, and drops a refused token', async () => {
    const result = lastValueFrom(TestBed.inject(ImportApi).importCsv(files, false)).catch((e: unknown) => e);
    http.expectOne(GRAPHQL_PATH).flush({ errors: [{ message: 'Expired.', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await result).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    expect(TestBed.inject(AuthToken).value()).toBeNull();
  });

  it('reports an unreachable server as a network error', async () => {
    const result = lastValueFrom(TestBed.inject(ImportApi).importCsv(files, true)).catch((e: unknown) => e);
    http.expectOne(GRAPHQL_PATH).error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    expect(await result).toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
