/**
 * Every error a client sees goes through here: one place, one exhaustive mapping to the stable codes of
 * `ErrorCode`. Unknown errors are logged on the server and reach the client as a plain
 * INTERNAL_SERVER_ERROR without details.
 */
import { BadRequestException, HttpException, Logger } from '@nestjs/common';
import { ErrorCode } from '@weefsel/domain';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';

const logger = new Logger('GraphQL');

interface Classified {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/** Apollo codes for requests that never reached a resolver. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function classify(error: unknown, extensionsCode?: unknown): Classified {
  if (error instanceof AppError) return { code: error.code, message: error.message, details: error.details };
  if (error instanceof BadRequestException) return fromValidation(error);
  if (error instanceof HttpException) return fromHttp(error);
  if (error instanceof QueryFailedError) return fromDatabase(error);
  if (typeof extensionsCode === 'string' && REQUEST_ERROR_CODES.has(extensionsCode)) {
    return { code: ErrorCode.BAD_USER_INPUT, message: error instanceof Error ? error.message : String(error) };
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong on our side. Please try again.' };
}

function fromValidation(error: BadRequestException): Classified {
  const response = error.getResponse();
  const messages =
    typeof response === 'object' && response !== null && 'message' in response
      ? (response as { message: string | string[] }).message
      : error.message;
  const list = Array.isArray(messages) ? messages : [messages];
  return { code: ErrorCode.BAD_USER_INPUT, message: list.join('; '), details: { problems: list } };
}

function fromHttp(error: HttpException): Classified {
  const status = error.getStatus();
  if (status === 401) return { code: ErrorCode.UNAUTHENTICATED, message: 'Please sign in.' };
  if (status === 403) return { code: ErrorCode.FORBIDDEN, message: 'You do not have access to this.' };
  if (status === 404) return { code: ErrorCode.NOT_FOUND, message: error.message };
  if (status === 409) return { code: ErrorCode.CONFLICT, message: error.message };
  if (status >= 400 && status < 500) return { code: ErrorCode.BAD_USER_INPUT, message: error.message };
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong on our side. Please try again.' };
}

/** PostgreSQL SQLSTATE codes, https://www.postgresql.org/docs/current/errcodes-appendix.html */
function fromDatabase(error: QueryFailedError): Classified {
  const sqlState = (error.driverError as { code?: string } | undefined)?.code;
  switch (sqlState) {
    case '23505':
      return { code: ErrorCode.CONFLICT, message: 'This record already exists (a unique value is taken).' };
    case '23503':
      return {
        code: ErrorCode.CONFLICT,
        message: 'This record is linked to other records: remove or end those links first.',
      };
    case '23514':
    case '22P02':
    case '22007':
    case '22008':
    case '22001':
      return { code: ErrorCode.BAD_USER_INPUT, message: 'A value is not valid for this field.' };
    default:
      return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong on our side. Please try again.' };
  }
}

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const extensionsCode = formatted.extensions?.['code'];
  const classified = classify(original, extensionsCode);
  switch (classified.code) {
    case ErrorCode.INTERNAL_SERVER_ERROR:
      logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
      break;
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.NOT_FOUND:
    case ErrorCode.FORBIDDEN:
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.CONFLICT:
      break;
    default: {
      const unreachable: never = classified.code;
      throw new Error(`unmapped error code ${String(unreachable)}`);
    }
  }
  return {
    message: classified.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: classified.code, ...(classified.details ?? {}) },
  };
}
