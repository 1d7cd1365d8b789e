/**
 * The one error type the GraphQL client throws. `code` is the API's stable `extensions.code` (ErrorCode from
 * @weefsel/domain) or NETWORK_ERROR when no GraphQL answer arrived at all; screens choose their words by code.
 */
import { HttpErrorResponse } from '@angular/common/http';
import { ErrorCode } from '@weefsel/domain';

export const NETWORK_ERROR = 'NETWORK_ERROR';
export type GraphqlErrorCode = ErrorCode | typeof NETWORK_ERROR;

/** One entry of a GraphQL response's `errors` array, as far as the web reads it. */
export interface GraphqlErrorEntry {
  message?: unknown;
  extensions?: { code?: unknown } | null;
}

export class GraphqlError extends Error {
  override readonly name = 'GraphqlError';

  constructor(
    readonly code: GraphqlErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/**
 * A code the API promises keeps its meaning; anything else (Apollo's GRAPHQL_VALIDATION_FAILED, a typo on the
 * server) means client and server disagree, which for the user is a server fault.
 */
export function toErrorCode(raw: unknown): ErrorCode {
  return typeof raw === 'string' && KNOWN_CODES.has(raw) ? (raw as ErrorCode) : ErrorCode.INTERNAL_SERVER_ERROR;
}

/** The first entry decides: GraphQL lists errors in the order they were raised. */
export function fromGraphqlErrors(errors: readonly GraphqlErrorEntry[]): GraphqlError {
  const first = errors[0] ?? {};
  const message = typeof first.message === 'string' && first.message !== '' ? first.message : 'GraphQL error';
  return new GraphqlError(toErrorCode(first.extensions?.code), message);
}

/**
 * Whatever was thrown, as a GraphqlError. For a response that is not 2xx, Apollo still sends `errors` for a bad
 * query; otherwise the HTTP status says enough.
 */
export function toGraphqlError(failure: unknown): GraphqlError {
  if (failure instanceof GraphqlError) return failure;
  if (!(failure instanceof HttpErrorResponse)) {
    return new GraphqlError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      failure instanceof Error ? failure.message : 'Unknown error',
    );
  }
  const body: unknown = failure.error;
  if (isRecord(body) && Array.isArray(body['errors']) && body['errors'].length > 0) {
    return fromGraphqlErrors(body['errors'] as GraphqlErrorEntry[]);
  }
  switch (failure.status) {
    case 0: // no answer: offline, DNS, CORS, server down
    case 502:
    case 503:
    case 504:
      return new GraphqlError(NETWORK_ERROR, failure.message);
    case 401:
      return new GraphqlError(ErrorCode.UNAUTHENTICATED, failure.message);
    case 403:
      return new GraphqlError(ErrorCode.FORBIDDEN, failure.message);
    default:
      return new GraphqlError(ErrorCode.INTERNAL_SERVER_ERROR, failure.message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
