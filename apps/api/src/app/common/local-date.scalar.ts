/**
 * `LocalDate`: a calendar date written YYYY-MM-DD (no time, no zone), as ties, memberships and contact
 * moments are recorded. Anything else, including 2025-02-30, is refused with BAD_USER_INPUT.
 */
import { isIsoDate } from '@weefsel/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`"${String(value)}" is not a date: write it as YYYY-MM-DD, e.g. 2026-03-15.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('A date is written as a string, YYYY-MM-DD.');
    return parse(ast.value);
  },
});
