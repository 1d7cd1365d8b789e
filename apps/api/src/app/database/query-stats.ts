/**
 * Counts the SQL statements one GraphQL operation sends, so a test can prove that DataLoaders keep a page
 * of people with their ties, collectives and street at a small, fixed number of queries.
 * The count lives in AsyncLocalStorage, so concurrent requests never mix their counts.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

interface QueryStats {
  count: number;
}

const storage = new AsyncLocalStorage<QueryStats>();

/** Express middleware: everything this request does runs inside its own counter. */
export function queryStatsMiddleware(req: { queryStats?: QueryStats }, _res: unknown, next: () => void): void {
  const stats: QueryStats = { count: 0 };
  req.queryStats = stats;
  storage.run(stats, next);
}

/** TypeORM logger: counts every query; prints only errors (and slow queries) to the console. */
export class CountingLogger extends AbstractLogger {
  override logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const stats = storage.getStore();
    if (stats) stats.count++;
  }

  protected writeLog(level: LogLevel, logMessage: LogMessage | LogMessage[]): void {
    const messages = Array.isArray(logMessage) ? logMessage : [logMessage];
    for (const message of messages) {
      if (message.type === 'query-error' || message.type === 'query-slow' || level === 'error') {
        console.error(`[db] ${message.type ?? level}: ${String(message.message)}`);
      }
    }
  }
}
