/**
 * The one error type services throw. Its code becomes the GraphQL `extensions.code`; its message is
 * written for the person using the app (what is wrong and what to do), never a stack trace.
 */
import { ErrorCode } from '@weefsel/domain';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(kind: string, id: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${kind} ${id} was not found.`, { kind, id });
}

export function forbidden(message = 'You do not have access to this.'): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message);
}

export function badInput(message: string, field?: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
}

export function conflict(message: string): AppError {
  return new AppError(ErrorCode.CONFLICT, message);
}

export function unauthenticated(message = 'Please sign in.'): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message);
}
