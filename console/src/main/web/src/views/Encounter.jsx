import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { lang, serverMessage, t } from '../lib/i18n.js';
import { first, text } from '../lib/results.js';
import { IntakeChat } from './IntakeChat.jsx';
import { DiagnosisMatrix } from './DiagnosisMatrix.jsx';
import { ExamLadder } from './ExamLadder.jsx';
import { FollowUpPlan } from './FollowUpPlan.jsx';
import { ReviewPanel } from './ReviewPanel.jsx';

/** One patient's encounter: the interview, the AI results, and the review that waits for the clinician. */
export function Encounter({ id }) {
  const [encounter, setEncounter] = useState(null);
  const [error, setError] = useState('');

  const reload = useCallback(() => api.encounter(id).then(setEncounter).catch((e) => {
    setEncounter(null);
    setError(serverMessage(e.body) || (e.status === 404 ? t('clinicApiMissing') : e.message));
  }), [id]);

  useEffect(() => { reload(); }, [reload]);

  if (error) {
    return (
      <section class="card" data-testid="encounter-error">
        <p class="error" role="alert">{error}</p>
        <a href="#/clinic">{t('back')}</a>
      </section>
    );
  }
  if (!encounter) return <p class="muted">{t('waiting')}</p>;

  const results = first(encounter, 'results') || {};
  const l = lang.get();
  return (
    <div class="encounter" data-testid="encounter-view">
      <section class="card summary">
        <a href="#/clinic">← {t('back')}</a>
        <h2>{t('patientId')}: <span data-testid="encounter-patient">{encounter.patientId}</span></h2>
        <p>{t('status')}: <b>{text(encounter.status, l)}</b> · {t('step')}: <b>{text(encounter.currentStep, l)}</b>
          {' · '}<a href={api.fhirUrl(id)} onClick={(e) => downloadFhir(e, id)}>{t('fhir')}</a></p>
      </section>
      <ReviewPanel encounterId={id} review={first(encounter, 'openReview')} results={results} onDone={reload} />
      <IntakeChat encounterId={id} summary={first(results, 'intakeSummary', 'intake')} onChange={reload} />
      <DiagnosisMatrix matrix={first(results, 'diagnosisMatrix', 'matrix')} />
      <ExamLadder plan={first(results, 'examPlan', 'examRecommendation', 'exams')} />
      <FollowUpPlan plan={first(results, 'followUpPlan', 'followUp')} />
    </div>
  );
}

/** The Bundle needs the credential header, so it is fetched by script and saved, not opened as a link. */
async function downloadFhir(event, id) {
  event.preventDefault();
  const bundle = await api.fhir(id);
  const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `encounter-${id}.fhir.json` });
  link.click();
  URL.revokeObjectURL(url);
}
