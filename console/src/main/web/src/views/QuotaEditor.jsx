import { useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { lang, serverMessage, t } from '../lib/i18n.js';
import { text } from '../lib/results.js';

const FIELDS = [
  { key: 'share', step: '0.01', min: 0, max: 1 },
  { key: 'guaranteed', step: '0.01', min: 0, max: 1 },
  { key: 'borrowLimit', step: '0.01', min: 0, max: 1 },
  { key: 'dailyTokenBudget', step: '1', min: 1 },
  { key: 'requestsPerMinute', step: '1', min: 1 },
];

/** Writes one hospital's quota into the consortium file; the hub validates it and shows every problem. */
export function QuotaEditor({ hospital, onSaved, onCancel }) {
  const id = hospital.hospital.id;
  const [values, setValues] = useState(Object.fromEntries(FIELDS.map(({ key }) => [key, String(hospital.quota?.[key] ?? '')])));
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const quota = Object.fromEntries(FIELDS.map(({ key }) => [key, Number(values[key])]));
      onSaved(await api.updateQuota(id, quota));
    } catch (e) {
      setError({ message: serverMessage(e.body) || e.message, problems: e.body?.problems || [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card quota-editor" onSubmit={submit} data-testid="quota-editor">
      <h3>{t('editQuota')}: {text(hospital.hospital.name, lang.get())} ({id})</h3>
      <div class="row">
        {FIELDS.map(({ key, step, min, max }) => (
          <label key={key}>{t(key)}
            <input name={key} type="number" required step={step} min={min} max={max} value={values[key]}
              onInput={(e) => setValues({ ...values, [key]: e.currentTarget.value })} />
          </label>
        ))}
      </div>
      {error && (
        <div class="banner danger" role="alert" data-testid="quota-error">
          <p>{error.message}</p>
          {error.problems.length > 0 && (
            <ul class="problems">{error.problems.map((p, i) => <li key={i}>{p.text || p.message}</li>)}</ul>
          )}
        </div>
      )}
      <div class="actions">
        <button type="submit" disabled={busy} data-testid="save-quota">{t('save')}</button>
        <button type="button" class="link" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
