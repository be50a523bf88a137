import { useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { lang, serverMessage, t, colon } from '../lib/i18n.js';
import { first, text } from '../lib/results.js';

const SUBJECT_TITLES = {
  intakeSummary: 'intake', diagnosisMatrix: 'matrix', examPlan: 'exams', followUpPlan: 'followUp',
};

/** Nothing an agent proposes counts until a clinician approves, edits or rejects it here. */
export function ReviewPanel({ encounterId, review, results, onDone }) {
  const [comment, setComment] = useState('');
  const [editing, setEditing] = useState(false);
  const [edited, setEdited] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  if (!review) return null;
  const task = first(review, 'task', 'taskId', 'id');
  const subject = first(review, 'subject', 'result', 'resultKey');
  const subjectResult = typeof subject === 'string' ? results?.[subject] : subject;

  const decide = async (decision) => {
    let editedResult;
    if (decision === 'edit') {
      try {
        editedResult = JSON.parse(edited);
      } catch {
        setMessage(t('badJson'));
        return;
      }
    }
    setBusy(true);
    try {
      await api.review(encounterId, { task, decision, comment, editedResult });
      setMessage(t('submitted'));
      setEditing(false);
      await onDone();
    } catch (e) {
      setMessage(serverMessage(e.body) || e.message);
    } finally {
      setBusy(false);
    }
  };

  const startEditing = () => {
    setEdited(JSON.stringify(subjectResult ?? {}, null, 2));
    setEditing(true);
  };

  return (
    <section class="card review" data-testid="review-panel">
      <h3>{t('review')}{colon()}{typeof subject === 'string' && SUBJECT_TITLES[subject] ? t(SUBJECT_TITLES[subject])
        : text(first(review, 'label', 'name') || subject || task, lang.get())}</h3>
      <label>{t('comment')}<textarea rows="2" value={comment} onInput={(e) => setComment(e.currentTarget.value)} /></label>
      {editing && (
        <label>{t('editedResult')}
          <textarea class="mono" rows="10" value={edited} onInput={(e) => setEdited(e.currentTarget.value)} />
        </label>
      )}
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => decide('approve')} data-testid="approve">{t('approve')}</button>
        {editing
          ? <button type="button" disabled={busy} onClick={() => decide('edit')}>{t('save')}</button>
          : <button type="button" disabled={busy} onClick={startEditing}>{t('edit')}</button>}
        <button type="button" class="danger" disabled={busy} onClick={() => decide('reject')}>{t('reject')}</button>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
