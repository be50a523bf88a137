import { lang, t, colon } from '../lib/i18n.js';
import { followUpPlan, text } from '../lib/results.js';
import { Degraded } from './Degraded.jsx';
import { Empty } from './DiagnosisMatrix.jsx';

export function FollowUpPlan({ plan }) {
  if (!plan) return <Empty title={t('followUp')} />;
  const { checkIns, watchFor, schedule } = followUpPlan(plan);
  const l = lang.get();
  return (
    <section class="card" data-testid="follow-up">
      <h3>{t('followUp')}</h3>
      <Degraded result={plan} />
      {schedule && <p><b>{t('schedule')}{colon()}</b>{text(schedule, l)}</p>}
      <h4>{t('checkIns')}</h4>
      <ul>{checkIns.map((q, i) => <li key={i}>{text(q, l)}</li>)}</ul>
      <h4>{t('watchFor')}</h4>
      <ul class="watch">{watchFor.map((w, i) => <li key={i}>{text(w, l)}</li>)}</ul>
    </section>
  );
}
