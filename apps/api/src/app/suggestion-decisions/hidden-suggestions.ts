/**
 * The suggestion ids a tenant has decided on, for the suggestion lists to leave out (analytics
 * SuggestionsService). Read fresh on every request, after the cached analysis: a decision takes effect at once,
 * without touching the analysis cache.
 */
import { EntityManager } from 'typeorm';
import { hiddenCondition } from './suggestion-decision.rules';

export async function hiddenSuggestionIds(
  em: Pick<EntityManager, 'query'>,
  tenantId: string,
  today: string,
): Promise<Set<string>> {
  const rows: { suggestion_id: string }[] = await em.query(
    `SELECT DISTINCT d.suggestion_id FROM suggestion_decision d WHERE d.tenant_id = $1 AND ${hiddenCondition('$2')}`,
    [tenantId, today],
  );
  return new Set(rows.map((r) => r.suggestion_id));
}
