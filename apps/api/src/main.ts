/**
 * Weefsel API: GraphQL at /graphql, GET /health, and the web app at / when it has been built.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { loadConfig } from './app/config/app-config';
import { queryStatsMiddleware } from './app/database/query-stats';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    logger: ['error', 'warn'],
    bodyParser: false,
  });
  // CSV imports arrive as JSON strings; the importer itself refuses files over LIMITS.importBytesMax (20 MB)
  app.useBodyParser('json', { limit: '25mb' });
  app.use(queryStatsMiddleware);
  app.enableShutdownHooks();
  await app.listen(config.port, '0.0.0.0');
  const url = `http://localhost:${config.port}`;
  const store = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.pgliteDataDir}`;
  console.log(`Weefsel API listening on ${url} (GraphQL ${url}/graphql, web ${url}/, data: ${store})`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
