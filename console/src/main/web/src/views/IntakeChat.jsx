import { useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { lang, serverMessage, t, colon } from '../lib/i18n.js';
import { intake, text } from '../lib/results.js';
import { Degraded } from './Degraded.jsx';

/** The pre-visit interview as a chat; the hub's reply streams in as server-sent events. */
export function IntakeChat({ encounterId, summary, onChange }) {
  const view = intake(summary);
  const [pending, setPending] = useState([]);
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState('');
  const l = lang.get();

  const send = async (event) => {
    event.preventDefault();
    if (!answer.trim()) return;
    const sent = answer.trim();
    setBusy(true);
    setAlert('');
    setAnswer('');
    setPending([{ role: 'patient', text: sent }]);
    try {
      await api.sendMessage(encounterId, sent, ({ event: name, data }) => {
        if (name === 'question') setPending((p) => [...p, { role: 'assistant', text: data?.text ?? data }]);
        if (name === 'red-flag') setAlert(text(data?.message ?? data?.text ?? data, l) || t('redFlagAlert'));
        if (name === 'error') setAlert(serverMessage(data) || text(data, l));
      });
      setPending([]);
      await onChange();
    } catch (e) {
      setAlert(serverMessage(e.body) || e.message);
    } finally {
      setBusy(false);
    }
  };

  const turns = [...view.transcript, ...pending];
  return (
    <section class="card" data-testid="intake">
      <h3>{t('intake')}</h3>
      <Degraded result={summary} />
      {view.redFlags.length > 0 && (
        <div class="banner danger" role="alert" data-testid="red-flags">
          {t('redFlagAlert')}{colon()}{text(view.redFlags, l)}
        </div>
      )}
      {alert && <div class="banner danger" role="alert">{alert}</div>}
      <ol class="chat">
        {turns.map((turn, i) => (
          <li key={i} class={turn.role === 'patient' || turn.role === 'user' ? 'from-patient' : 'from-interview'}>
            <span class="who">{turn.role === 'patient' || turn.role === 'user' ? t('patient') : t('assistant')}</span>
            {text(turn.text, l)}
          </li>
        ))}
        {!pending.length && view.pendingQuestion && (
          <li class="from-interview pending" data-testid="pending-question">
            <span class="who">{t('assistant')}</span>{text(view.pendingQuestion, l)}
          </li>
        )}
      </ol>
      <form class="chat-input" onSubmit={send}>
        <input name="answer" placeholder={t('answer')} value={answer} disabled={busy}
          onInput={(e) => setAnswer(e.currentTarget.value)} />
        <button type="submit" disabled={busy}>{busy ? t('waiting') : t('send')}</button>
      </form>
    </section>
  );
}
