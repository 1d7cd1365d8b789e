import { GraphQLError, GraphQLScalarType } from 'graphql';

/** A JSON object, output only (audit details: ids and counts). */
export const GraphQLJSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object.',
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('JSONObject is output only.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  parseLiteral: () => {
    throw new GraphQLError('JSONObject is output only.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
