import { lang, t, colon } from '../lib/i18n.js';
import { diagnosisMatrix, percent, text } from '../lib/results.js';
import { Degraded } from './Degraded.jsx';

/** Candidates from common to rare, each with the evidence for and against it: suggestions, never a verdict. */
export function DiagnosisMatrix({ matrix }) {
  if (!matrix) return <Empty title={t('matrix')} />;
  const { rows, nextStep } = diagnosisMatrix(matrix);
  const l = lang.get();
  const items = (values) => text(values, l);
  return (
    <section class="card" data-testid="diagnosis-matrix">
      <h3>{t('matrix')}</h3>
      <Degraded result={matrix} />
      <div class="scroll">
        <table class="table">
          <thead>
            <tr><th>{t('candidate')}</th><th>{t('probability')}</th><th>{t('supporting')}</th><th>{t('opposing')}</th>
              <th>{t('missing')}</th><th>{t('severity')}</th><th>{t('redFlags')}</th></tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} class={row.redFlag ? 'red-flag' : ''}>
                <td>{text(row.condition, l)}</td>
                <td class="num">{percent(row.probability)}</td>
                <td>{items(row.supporting)}</td>
                <td>{items(row.opposing)}</td>
                <td>{items(row.missing)}</td>
                <td>{text(row.severity, l)}</td>
                <td>{row.redFlag ? `⚠ ${items(row.redFlags)}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextStep && <p><b>{t('nextStep')}{colon()}</b>{text(nextStep, l)}</p>}
    </section>
  );
}

export function Empty({ title }) {
  return (
    <section class="card">
      <h3>{title}</h3>
      <p class="muted">{t('noResult')}</p>
    </section>
  );
}
