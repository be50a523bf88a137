import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './style.css';
import { api } from './lib/api.js';
import { forgetCredential, storedCredential } from './lib/auth.js';
import { lang, setLang, t } from './lib/i18n.js';
import { useSignal } from './signal.js';
import { Login } from './views/Login.jsx';
import { Clinic } from './views/Clinic.jsx';
import { Encounter } from './views/Encounter.jsx';
import { ItView } from './views/ItView.jsx';

/** Hash routes keep the console a set of static files: #/clinic, #/encounters/ID, #/it. */
function useRoute() {
  const [route, setRoute] = useState(location.hash.slice(1) || '/clinic');
  useEffect(() => {
    const onChange = () => setRoute(location.hash.slice(1) || '/clinic');
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

function App() {
  useSignal(lang);
  const route = useRoute();
  const [me, setMe] = useState(null);
  const [checking, setChecking] = useState(Boolean(storedCredential()));

  useEffect(() => {
    document.documentElement.lang = lang.get() === 'en' ? 'en' : 'zh-CN';
    if (!storedCredential()) return;
    api.me().then(setMe).catch(() => forgetCredential()).finally(() => setChecking(false));
  }, []);

  const logout = () => {
    forgetCredential();
    setMe(null);
    location.hash = '#/clinic';
  };

  if (checking) return null;
  if (!me) return <Login onLogin={setMe} />;

  const isIt = Boolean(me.consortiumIt);
  const encounterId = route.startsWith('/encounters/') ? decodeURIComponent(route.slice('/encounters/'.length)) : null;
  const page = route === '/it' && isIt ? <ItView />
    : encounterId ? <Encounter id={encounterId} />
      : <Clinic />;

  return (
    <div class="shell">
      <header class="topbar">
        <strong class="brand">{t('appName')}</strong>
        <nav>
          <a href="#/clinic" class={route !== '/it' ? 'active' : ''} data-testid="nav-clinic">{t('clinic')}</a>
          {isIt && <a href="#/it" class={route === '/it' ? 'active' : ''} data-testid="nav-it">{t('it')}</a>}
        </nav>
        <span class="who" data-testid="who">
          {me.displayName} · {lang.get() === 'en' ? me.hospital?.name?.en : me.hospital?.name?.zh}
        </span>
        <button type="button" class="link" data-testid="lang" onClick={() => setLang(lang.get() === 'en' ? 'zh' : 'en')}>
          {t('language')}
        </button>
        <button type="button" class="link" data-testid="logout" onClick={logout}>{t('logout')}</button>
      </header>
      <p class="notice" data-testid="notice">{t('notice')}</p>
      <main>{page}</main>
    </div>
  );
}

render(<App />, document.getElementById('app'));
