// The Basic credential lives in sessionStorage: it survives a reload of the tab, not closing it,
// and is never written to localStorage or a cookie.
const KEY = 'yilian.credential';

export function basicCredential(username, password) {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  return `Basic ${btoa(binary)}`;
}

export function storedCredential() {
  return sessionStorage.getItem(KEY);
}

export function storeCredential(value) {
  sessionStorage.setItem(KEY, value);
}

export function forgetCredential() {
  sessionStorage.removeItem(KEY);
}
