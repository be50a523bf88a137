import { useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { basicCredential, storeCredential } from '../lib/auth.js';
import { lang, setLang, t } from '../lib/i18n.js';

/** The same username and password as for the API; checked with GET /api/me before anything is kept. */
export function Login({ onLogin }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    const credential = basicCredential(username.trim(), password);
    try {
      const me = await api.me(credential);
      storeCredential(credential);
      onLogin(me);
    } catch (e) {
      setError(e.status === 401 ? t('loginFailed') : `${t('error')}: ${e.message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="login">
      <form class="card" onSubmit={submit} data-testid="login-form">
        <h1>{t('appName')}</h1>
        <p class="muted">{t('loginHint')}</p>
        <label>{t('username')}
          <input name="username" autocomplete="username" value={username} required
            onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
        <label>{t('password')}
          <input name="password" type="password" autocomplete="current-password" value={password} required
            onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {error && <p class="error" role="alert" data-testid="login-error">{error}</p>}
        <button type="submit" disabled={busy} data-testid="login-submit">{t('login')}</button>
        <button type="button" class="link" onClick={() => setLang(lang.get() === 'en' ? 'zh' : 'en')}>
          {t('language')}
        </button>
      </form>
    </div>
  );
}
