// Just enough of the Prometheus text format for the IT view: samples with their labels, summed per tenant.

/** [{name, labels, value}] for every sample line; comments and malformed lines are skipped. */
export function parsePrometheus(text) {
  const samples = [];
  for (const line of (text || '').split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)/.exec(line.trim());
    if (!match || line.startsWith('#')) continue;
    const labels = {};
    for (const pair of (match[3] || '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[pair[1]] = pair[2].replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c));
    }
    const value = Number(match[4]);
    if (!Number.isNaN(value)) samples.push({ name: match[1], labels, value });
  }
  return samples;
}

/** Sum of one metric per tenant, for the samples whose labels match `where`. */
export function sumByTenant(samples, name, where = {}) {
  const totals = {};
  for (const s of samples) {
    if (s.name !== name || !s.labels.tenant) continue;
    if (Object.entries(where).some(([k, v]) => s.labels[k] !== v)) continue;
    totals[s.labels.tenant] = (totals[s.labels.tenant] || 0) + s.value;
  }
  return totals;
}

/** Per tenant: queue depth, share of requests that met their SLO, tokens used. Empty when no metrics. */
export function schedulerFigures(text) {
  const samples = parsePrometheus(text);
  const met = sumByTenant(samples, 'yilian_scheduler_slo_requests_total', { met: 'true' });
  const missed = sumByTenant(samples, 'yilian_scheduler_slo_requests_total', { met: 'false' });
  const sloMet = {};
  for (const tenant of new Set([...Object.keys(met), ...Object.keys(missed)])) {
    const total = (met[tenant] || 0) + (missed[tenant] || 0);
    if (total > 0) sloMet[tenant] = (met[tenant] || 0) / total;
  }
  return {
    queueDepth: sumByTenant(samples, 'yilian_scheduler_queue_depth'),
    sloMet,
    tokens: sumByTenant(samples, 'yilian_scheduler_tokens_total'),
    available: samples.some((s) => s.name.startsWith('yilian_scheduler_')),
  };
}
