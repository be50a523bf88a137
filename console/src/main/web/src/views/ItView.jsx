import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { lang, serverMessage, t } from '../lib/i18n.js';
import { schedulerFigures } from '../lib/prometheus.js';
import { percent, text } from '../lib/results.js';
import { tokensToday } from '../lib/usage.js';
import { QuotaEditor } from './QuotaEditor.jsx';
import { BarChart } from './BarChart.jsx';
import { DayChart } from './DayChart.jsx';
import { daySeries } from '../lib/history.js';
import { Replicas } from './Replicas.jsx';

/** Central IT: every hospital's quota, what the scheduler reports about it, and the quota editor. */
export function ItView() {
  const [status, setStatus] = useState(null);
  const [figures, setFigures] = useState(schedulerFigures(null));
  const [replicas, setReplicas] = useState(undefined);
  const [usage, setUsage] = useState({});
  const [history, setHistory] = useState(null);
  const [editing, setEditing] = useState(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    try {
      setStatus(await api.consortium());
    } catch (e) {
      setError(serverMessage(e.body) || e.message);
    }
    api.schedulerMetrics().then((text) => setFigures(schedulerFigures(text))).catch(() => {});
    api.usageToday().then((u) => setUsage(tokensToday(u))).catch(() => setUsage({}));
    api.replicas().then(setReplicas).catch(() => setReplicas(null));
    api.schedulerHistory().then(setHistory).catch(() => setHistory(null));
  }, []);

  useEffect(() => { load(); }, [load]);

  if (error) return <p class="error" role="alert" data-testid="it-error">{error}</p>;
  if (!status) return <p class="muted">{t('waiting')}</p>;
  const l = lang.get();
  const name = (h) => text(h.hospital.name, l);
  const noData = <span class="muted">{t('noData')}</span>;
  const hospitals = status.hospitals || [];

  const saved = async (change) => {
    setEditing(null);
    setNotice(`${t('applied')}: ${change.tenantId}`);
    await load();
  };

  return (
    <div class="it" data-testid="it-view">
      <section class="card">
        <h2>{t('hospitals')}</h2>
        <p class="muted">{t('configInForce')}: {status.sha256?.slice(0, 12)} · {t('loadedAt')}: {status.loadedAt}</p>
        {notice && <div class="banner ok" role="status" data-testid="quota-applied">{notice}</div>}
        <div class="scroll">
          <table class="table" data-testid="quota-table">
            <thead>
              <tr><th>{t('hospital')}</th><th>{t('tier')}</th><th>{t('share')}</th><th>{t('guaranteed')}</th>
                <th>{t('borrowLimit')}</th><th>{t('dailyTokenBudget')}</th><th>{t('requestsPerMinute')}</th>
                <th>{t('usage')}</th><th>{t('queue')}</th><th>{t('slo')}</th><th /></tr>
            </thead>
            <tbody>
              {hospitals.map((h) => {
                const id = h.hospital.id;
                const q = h.quota || {};
                return (
                  <tr key={id} data-tenant={id}>
                    <td>{name(h)}</td>
                    <td>{h.hospital.tier}</td>
                    <td class="num" data-field="share">{q.share}</td>
                    <td class="num" data-field="guaranteed">{q.guaranteed}</td>
                    <td class="num" data-field="borrowLimit">{q.borrowLimit}</td>
                    <td class="num" data-field="dailyTokenBudget">{q.dailyTokenBudget?.toLocaleString()}</td>
                    <td class="num" data-field="requestsPerMinute">{q.requestsPerMinute}</td>
                    <td class="num" data-field="tokensToday">{usage[id] !== undefined ? usage[id].toLocaleString() : noData}</td>
                    <td class="num">{figures.queueDepth[id] !== undefined ? figures.queueDepth[id] : noData}</td>
                    <td class="num">{figures.sloMet[id] !== undefined ? percent(figures.sloMet[id]) : noData}</td>
                    <td><button type="button" data-testid={`edit-quota-${id}`}
                      onClick={() => { setNotice(''); setEditing(h); }}>{t('editQuota')}</button></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      {editing && <QuotaEditor hospital={editing} onSaved={saved} onCancel={() => setEditing(null)} />}
      {status.latestEditRejected && (
        <section class="card">
          <h3>{t('rejectedEdit')} ({status.latestEditRejected.at})</h3>
          <ul class="problems">
            {status.latestEditRejected.problems.map((p, i) => (
              <li key={i}>{p.file}:{p.line}:{p.column}: {p.field}: {p.message}</li>
            ))}
          </ul>
        </section>
      )}
      {history && history.points && history.points.length > 0 && (() => {
        const day = daySeries(history, hospitals.map((h) => h.hospital.id), (iso) => new Date(iso)
          .toLocaleTimeString(l === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit' }));
        return (
          <section class="card charts" data-testid="day-charts">
            <DayChart title={t('queueDay')} times={day.times} testid="queue-day"
              series={hospitals.map((h, i) => ({ label: name(h), values: day.queue[i] }))} />
            <DayChart title={t('sloDay')} times={day.times} max={100} testid="slo-day"
              series={hospitals.map((h, i) => ({ label: name(h), values: day.slo[i] }))} />
          </section>
        );
      })()}
      <section class="card charts">
        {figures.available ? (
          <>
            <BarChart title={t('queueChart')} labels={hospitals.map(name)}
              values={hospitals.map((h) => figures.queueDepth[h.hospital.id] ?? 0)} />
            <BarChart title={t('sloChart')} labels={hospitals.map(name)} max={100}
              values={hospitals.map((h) => Math.round((figures.sloMet[h.hospital.id] ?? 0) * 1000) / 10)} />
          </>
        ) : (
          <p class="muted" data-testid="metrics-unavailable">{t('queueChart')} / {t('sloChart')}: {t('notAvailable')}</p>
        )}
      </section>
      <Replicas replicas={replicas} />
    </div>
  );
}
