import { HttpErrorResponse } from '@angular/common/http';
import { ErrorCode } from '@weefsel/domain';
import { fromGraphqlErrors, GraphqlError, NETWORK_ERROR, toErrorCode, toGraphqlError } from './graphql-error';

describe('toErrorCode', () => {
  it('keeps every code the API promises', () => {
    for (const code of Object.values(ErrorCode)) expect(toErrorCode(code)).toBe(code);
  });

  it('treats an unknown or missing code as a server fault', () => {
    expect(toErrorCode('GRAPHQL_VALIDATION_FAILED')).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(toErrorCode(undefined)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(toErrorCode(42)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });
});

describe('fromGraphqlErrors', () => {
  it('takes code and message from the first error', () => {
    const error = fromGraphqlErrors([
      { message: 'Not yours.', extensions: { code: 'FORBIDDEN' } },
      { message: 'Second.', extensions: { code: 'NOT_FOUND' } },
    ]);
    expect(error).toBeInstanceOf(GraphqlError);
    expect(error.code).toBe(ErrorCode.FORBIDDEN);
    expect(error.message).toBe('Not yours.');
  });

  it('survives an error without message or extensions', () => {
    const error = fromGraphqlErrors([{}]);
    expect(error.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(error.message).toBe('GraphQL error');
  });
});

describe('toGraphqlError', () => {
  const http = (status: number, error: unknown = null) =>
    new HttpErrorResponse({ status, error, url: '/graphql', statusText: 'x' });

  it('reads GraphQL errors from the body of a non-2xx response', () => {
    const body = { errors: [{ message: 'Bad e-mail.', extensions: { code: 'BAD_USER_INPUT' } }] };
    const error = toGraphqlError(http(400, body));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toBe('Bad e-mail.');
  });

  it.each([
    [0, NETWORK_ERROR],
    [502, NETWORK_ERROR],
    [503, NETWORK_ERROR],
    [504, NETWORK_ERROR],
    [401, ErrorCode.UNAUTHENTICATED],
    [403, ErrorCode.FORBIDDEN],
    [500, ErrorCode.INTERNAL_SERVER_ERROR],
  ])('maps HTTP status %i without a GraphQL body to %s', (status, code) => {
    expect(toGraphqlError(http(status, 'Proxy error')).code).toBe(code);
  });

  it('passes a GraphqlError through unchanged', () => {
    const original = new GraphqlError(ErrorCode.CONFLICT, 'Taken.');
    expect(toGraphqlError(original)).toBe(original);
  });

  it('wraps anything else as a server fault with its message', () => {
    const error = toGraphqlError(new TypeError('boom'));
    expect(error.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(error.message).toBe('boom');
  });
});
