// Every call the console makes to the hub, in one place: when an endpoint's shape changes, only this file changes.
import { storedCredential } from './auth.js';
import { readSse } from './sse.js';

/** An HTTP error with the hub's bilingual message and, for refused configuration edits, the problems. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function call(method, path, { body, credential, accept = 'application/json' } = {}) {
  const headers = { Accept: accept, 'X-Requested-With': 'XMLHttpRequest' };
  const auth = credential || storedCredential();
  if (auth) headers.Authorization = auth;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new ApiError(response.status, await jsonOrNull(response));
  return response;
}

async function jsonOrNull(response) {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return { message: text };
  }
}

const json = async (method, path, options) => jsonOrNull(await call(method, path, options));

/** A source that may not be deployed yet: null instead of an error when it is absent or unreachable. */
async function optional(load) {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiError && [404, 501, 502, 503, 504].includes(error.status)) return null;
    if (error instanceof TypeError) return null; // network failure
    throw error;
  }
}

export const api = {
  me: (credential) => json('GET', '/api/me', { credential }),

  // Clinic
  listEncounters: () => json('GET', '/api/encounters'),
  startEncounter: ({ patientId, age, sex, message }) =>
    json('POST', '/api/encounters', { body: { patientId, age, sex, message } }),
  encounter: (id) => json('GET', `/api/encounters/${encodeURIComponent(id)}`),
  review: (id, { task, decision, comment, editedResult }) =>
    json('POST', `/api/encounters/${encodeURIComponent(id)}/reviews`,
      { body: { task, decision, comment, editedResult } }),
  fhirUrl: (id) => `/api/encounters/${encodeURIComponent(id)}/fhir`,
  fhir: (id) => json('GET', `/api/encounters/${encodeURIComponent(id)}/fhir`, { accept: 'application/fhir+json, application/json' }),

  /** Sends a patient's answer; the reply streams as server-sent events, or comes back as one JSON document. */
  async sendMessage(id, text, onEvent) {
    const response = await call('POST', `/api/encounters/${encodeURIComponent(id)}/messages`,
      { body: { text }, accept: 'text/event-stream, application/json' });
    if ((response.headers.get('Content-Type') || '').includes('text/event-stream')) {
      await readSse(response, onEvent);
    } else {
      onEvent({ event: 'done', data: await jsonOrNull(response) });
    }
  },

  // Central IT
  consortium: () => json('GET', '/api/admin/consortium'),
  updateQuota: (tenantId, quota) =>
    json('PUT', `/api/admin/tenants/${encodeURIComponent(tenantId)}/quota`, { body: quota }),
  /** Today's usage ledger ({byHospital: {tenant: totals}, rows}); null when the hub does not serve it. */
  usageToday: () => optional(() => json('GET', '/api/admin/usage')),
  /** The scheduler's scaling advice, {pools:[...]}, when the hub proxies it; null otherwise. */
  replicas: () => optional(() => json('GET', '/api/admin/scheduler/capacity/replicas')),
  /** A day of queue depth and SLO attainment per hospital ({points:[{at, queue, slo}]}); null when not served. */
  schedulerHistory: () => optional(() => json('GET', '/api/admin/scheduler/history')),
  /** The scheduler's Prometheus text, when the hub proxies it; null otherwise. */
  schedulerMetrics: () => optional(async () =>
    (await call('GET', '/api/admin/scheduler/metrics', { accept: 'text/plain' })).text()),
};
