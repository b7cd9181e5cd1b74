// Entry point: the browser's location and fetch are read here and nowhere else.
import { createApiClient } from './api-client.js';
import { startApp } from './app.js';
import './styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('#app is missing from index.html');

const app = startApp(root, {
  // The API serves the viewer, so GraphQL is next to the page (Vite proxies it in development).
  api: createApiClient({ baseUrl: new URL('.', location.href).toString() }),
  hash: {
    get: () => location.hash,
    set: (hash) =>
      history.replaceState(
        null,
        '',
        hash === '' ? location.pathname + location.search : `#${hash}`,
      ),
    onChange: (listener) => window.addEventListener('hashchange', listener),
  },
  webgl: new URLSearchParams(location.search).get('renderer') === 'webgl',
});

// A handle for the browser tests and the benchmark, which assert on `cy` state and timing.
const handle = {
  cy: app.cy,
  store: app.store,
  view: app.view,
  idle: () => app.controller.whenIdle(),
  ready: false,
  firstGraphMs: Number.NaN,
};
(window as unknown as { innograph: typeof handle }).innograph = handle;
void app.ready.then(() => {
  handle.ready = true;
  // performance.now() counts from navigation start: this is time to the first interactive graph.
  handle.firstGraphMs = performance.now();
  document.body.dataset['graphReady'] = 'true';
});
