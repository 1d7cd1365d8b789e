/**
 * Apollo Server 5 through @nestjs/apollo: code-first schema, one error formatter, per-request DataLoaders,
 * and (outside production, when asked) the number of SQL statements each operation sent.
 */
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { ApolloServerPlugin } from '@apollo/server';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../common/format-error';
import { RequestWithViewer } from '../auth/viewer';
import { createLoaders, GqlContext } from './loaders';

const queryStatsPlugin: ApolloServerPlugin<GqlContext> = {
  async requestDidStart({ contextValue }) {
    const stats = contextValue.req.queryStats ?? { count: 0 };
    return {
      async willSendResponse({ response }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...(response.body.singleResult.extensions ?? {}),
            sqlQueries: stats.count,
          };
        }
      },
    };
  },
};

export function graphqlOptions(config: AppConfig, db: DataSource): ApolloDriverConfig {
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    introspection: true,
    playground: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    plugins: config.exposeQueryStats ? [queryStatsPlugin] : [],
    context: ({ req }: { req: RequestWithViewer }): GqlContext => ({ req, loaders: createLoaders(db, req) }),
  };
}
