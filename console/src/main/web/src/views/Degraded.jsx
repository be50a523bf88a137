import { lang, t, colon } from '../lib/i18n.js';
import { degradation, text } from '../lib/results.js';

/** Says plainly when a result came from the knowledge engine alone (no model reachable, quota spent). */
export function Degraded({ result }) {
  const degraded = degradation(result);
  if (!degraded) return null;
  const reason = text(degraded.reason, lang.get());
  return (
    <div class="banner warn" role="status" data-testid="degraded-banner">
      {t('degraded')}{reason ? `${colon()}${reason}` : ''}
    </div>
  );
}
