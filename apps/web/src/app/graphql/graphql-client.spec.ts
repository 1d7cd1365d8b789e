import { provideHttpClient, withFetch } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ErrorCode } from '@weefsel/domain';
import { firstValueFrom } from 'rxjs';
import { AuthToken } from '../auth/auth-token';
import { Translator } from '../i18n/translator';
import { GRAPHQL_PATH, GraphqlClient, operation } from './graphql-client';
import { GraphqlError, NETWORK_ERROR } from './graphql-error';

const ECHO = operation<{ echo: string }, { text: string }>('query Echo($text: String!) { echo(text: $text) }');

describe('GraphqlClient', () => {
  let client: GraphqlClient;
  let http: HttpTestingController;
  let token: AuthToken;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withFetch()), provideHttpClientTesting()],
    });
    client = TestBed.inject(GraphqlClient);
    http = TestBed.inject(HttpTestingController);
    token = TestBed.inject(AuthToken);
  });

  afterEach(() => http.verify());

  /** Starts a request and returns its outcome: the data, or the error it failed with. */
  function send(text = 'hoi'): Promise<{ echo: string } | GraphqlError> {
    return firstValueFrom(client.request(ECHO, { text })).catch((error: GraphqlError) => error);
  }

  it('posts query and variables as JSON to /graphql and returns data', async () => {
    const result = send('hallo');
    const req = http.expectOne(GRAPHQL_PATH);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ query: ECHO.document, variables: { text: 'hallo' } });
    req.flush({ data: { echo: 'hallo' } });
    await expect(result).resolves.toEqual({ echo: 'hallo' });
  });

  it('sends the token as a Bearer header, and no Authorization header without one', async () => {
    const anonymous = send();
    const first = http.expectOne(GRAPHQL_PATH);
    expect(first.request.headers.has('Authorization')).toBe(false);
    first.flush({ data: { echo: 'x' } });
    await anonymous;

    token.set('abc.def.ghi');
    const signedIn = send();
    const second = http.expectOne(GRAPHQL_PATH);
    expect(second.request.headers.get('Authorization')).toBe('Bearer abc.def.ghi');
    second.flush({ data: { echo: 'x' } });
    await signedIn;
  });

  it("sends the user's language so the API can word its messages", async () => {
    TestBed.inject(Translator).use('en');
    const result = send();
    const req = http.expectOne(GRAPHQL_PATH);
    expect(req.request.headers.get('Accept-Language')).toBe('en');
    req.flush({ data: { echo: 'x' } });
    await result;
  });

  it('turns a response with errors into a GraphqlError with extensions.code and message', async () => {
    const result = send();
    http.expectOne(GRAPHQL_PATH).flush({
      data: null,
      errors: [{ message: 'E-mail address or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const error = await result;
    expect(error).toBeInstanceOf(GraphqlError);
    expect(error).toMatchObject({
      code: ErrorCode.UNAUTHENTICATED,
      message: 'E-mail address or password is incorrect.',
    });
  });

  it('fails on errors even when partial data came along', async () => {
    const result = send();
    http.expectOne(GRAPHQL_PATH).flush({
      data: { echo: 'partial' },
      errors: [{ message: 'Residents are for workers.', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(await result).toMatchObject({ code: ErrorCode.FORBIDDEN, message: 'Residents are for workers.' });
  });

  it('reads GraphQL errors from an HTTP 400 (Apollo does so for invalid input)', async () => {
    const result = send();
    http
      .expectOne(GRAPHQL_PATH)
      .flush(
        { errors: [{ message: 'Variable "$text" got invalid value.', extensions: { code: 'BAD_USER_INPUT' } }] },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(await result).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    const result = send();
    http.expectOne(GRAPHQL_PATH).error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    expect(await result).toMatchObject({ code: NETWORK_ERROR });
  });

  it('reports a response without data as a server fault', async () => {
    const result = send();
    http.expectOne(GRAPHQL_PATH).flush({ data: null });
    expect(await result).toMatchObject({ code: ErrorCode.INTERNAL_SERVER_ERROR });
  });

  it('drops the token when the API refuses it', async () => {
    token.set('expired-token');
    const result = send();
    http.expectOne(GRAPHQL_PATH).flush({
      errors: [{ message: 'Your session has expired.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(await result).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    expect(token.value()).toBeNull();
    expect(token.expired()).toBe(true);
  });

  it('keeps the token on other errors', async () => {
    token.set('good-token');
    const result = send();
    http.expectOne(GRAPHQL_PATH).flush({ errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }] });
    await result;
    expect(token.value()).toBe('good-token');
  });
});
