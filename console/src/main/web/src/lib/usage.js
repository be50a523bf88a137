/**
 * Today's tokens per hospital from the hub's usage ledger (GET /api/admin/usage → byHospital), which counts every
 * model call of the day across restarts and scheduler replicas, unlike the scheduler's counters since its start.
 * Returns {tenantId: promptTokens + outputTokens}; empty when the ledger is unavailable.
 */
export function tokensToday(usage) {
  const byHospital = usage && usage.byHospital;
  if (!byHospital || typeof byHospital !== 'object') return {};
  const tokens = {};
  for (const [tenant, totals] of Object.entries(byHospital)) {
    tokens[tenant] = (Number(totals?.promptTokens) || 0) + (Number(totals?.outputTokens) || 0);
  }
  return tokens;
}
