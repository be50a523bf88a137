import { lang, t, colon } from '../lib/i18n.js';
import { examPlan, text } from '../lib/results.js';
import { Degraded } from './Degraded.jsx';
import { Empty } from './DiagnosisMatrix.jsx';

/** Cheap, non-invasive exams first; each says why now and which candidates it separates. */
export function ExamLadder({ plan }) {
  if (!plan) return <Empty title={t('exams')} />;
  const { exams } = examPlan(plan);
  const l = lang.get();
  return (
    <section class="card" data-testid="exam-ladder">
      <h3>{t('exams')}</h3>
      <Degraded result={plan} />
      <ol class="ladder">
        {exams.map((exam, i) => (
          <li key={i}>
            <b>{text(exam.name, l)}</b>
            <span class="tag">{t('cost')}: {text(exam.costTier, l) || '—'}</span>
            <span class="tag">{t('invasiveness')}: {text(exam.invasiveness, l) || '—'}</span>
            {exam.why && <p>{t('why')}{colon()}{text(exam.why, l)}</p>}
            {exam.separates.length > 0 && <p class="muted">{t('separates')}{colon()}{text(exam.separates, l)}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
