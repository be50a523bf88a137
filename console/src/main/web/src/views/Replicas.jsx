import { t } from '../lib/i18n.js';

/** The scheduler's scaling advice per model pool; "not available" until the hub can reach the scheduler. */
export function Replicas({ replicas }) {
  const pools = replicas?.pools || [];
  return (
    <section class="card" data-testid="replicas">
      <h3>{t('replicas')}</h3>
      {replicas === undefined && <p class="muted">{t('waiting')}</p>}
      {replicas !== undefined && pools.length === 0 && <p class="muted">{t('notAvailable')}</p>}
      {pools.length > 0 && (
        <table class="table">
          <thead><tr><th>{t('pool')}</th><th>{t('kind')}</th><th>{t('current')}</th><th>{t('recommended')}</th>
            <th>{t('tokensPerSecond')}</th></tr></thead>
          <tbody>
            {pools.map((p) => (
              <tr key={p.pool} class={p.recommended > p.current ? 'attention' : ''}>
                <td>{p.pool}</td><td>{p.kind}</td><td class="num">{p.current}</td><td class="num">{p.recommended}</td>
                <td class="num">{p.predictedTokensPerSecond != null ? Math.round(p.predictedTokensPerSecond) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
