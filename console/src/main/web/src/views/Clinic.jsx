import { useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { serverMessage, t } from '../lib/i18n.js';
import { first, list, text } from '../lib/results.js';
import { lang } from '../lib/i18n.js';

/** The clinic's start page: a new encounter, and the hospital's encounters. */
export function Clinic() {
  const [encounters, setEncounters] = useState(null);
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    api.listEncounters()
      .then((body) => setEncounters(list(Array.isArray(body) ? body : first(body, 'encounters', 'items', 'content'))))
      .catch((e) => setLoadError(e.status === 404 ? t('clinicApiMissing') : serverMessage(e.body) || e.message));
  }, []);

  return (
    <div class="clinic" data-testid="clinic-view">
      <NewEncounter />
      <section class="card">
        <h2>{t('encounters')}</h2>
        {loadError && <p class="muted" data-testid="encounters-error">{loadError}</p>}
        {encounters && encounters.length === 0 && <p class="muted">{t('noEncounters')}</p>}
        {encounters && encounters.length > 0 && (
          <table class="table" data-testid="encounter-list">
            <thead><tr><th>{t('patientId')}</th><th>{t('status')}</th><th>{t('step')}</th><th /></tr></thead>
            <tbody>
              {encounters.map((e) => (
                <tr key={e.id}>
                  <td>{e.patientId}</td>
                  <td>{text(e.status, lang.get())}</td>
                  <td>{text(e.currentStep, lang.get())}</td>
                  <td><a href={`#/encounters/${encodeURIComponent(e.id)}`}>{t('open')}</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function NewEncounter() {
  const [form, setForm] = useState({ patientId: '', age: '', sex: 'F', message: '' });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const field = (name) => (e) => setForm({ ...form, [name]: e.currentTarget.value });

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const created = await api.startEncounter({ ...form, age: Number(form.age) });
      location.hash = `#/encounters/${encodeURIComponent(created.id)}`;
    } catch (e) {
      setError(e.status === 404 ? t('clinicApiMissing') : serverMessage(e.body) || e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card new-encounter" onSubmit={submit} data-testid="new-encounter">
      <h2>{t('newEncounter')}</h2>
      <div class="row">
        <label>{t('patientId')}<input name="patientId" required value={form.patientId} onInput={field('patientId')} /></label>
        <label>{t('age')}<input name="age" type="number" min="0" max="130" required value={form.age}
          onInput={field('age')} /></label>
        <label>{t('sex')}
          <select name="sex" value={form.sex} onChange={field('sex')}>
            <option value="F">{t('female')}</option>
            <option value="M">{t('male')}</option>
          </select>
        </label>
      </div>
      <label>{t('chiefComplaint')}
        <textarea name="message" rows="2" required value={form.message} onInput={field('message')} />
      </label>
      {error && <p class="error" role="alert">{error}</p>}
      <button type="submit" disabled={busy} data-testid="start-encounter">{t('start')}</button>
    </form>
  );
}
