// Spotter service worker: app shell and model files cached after the first visit, so the app works offline.
// Same-origin GETs only; navigations are network-first (fresh app when online), everything else cache-first.
const CACHE = 'spotter-v1';
const SHELL = ['./', './index.html', './manifest.webmanifest', './icon.svg', './demo/demo-track.json'];
// The live model, the default upload model and the wasm binary, so both modes work offline after one visit.
const MODELS = [
  './models/movenet-lightning.json',
  './models/movenet-lightning.bin',
  './models/blazepose-full.json',
  './models/blazepose-full.bin',
  './models/blazepose-detector.json',
  './models/blazepose-detector.bin',
  './wasm/tfjs-backend-wasm-simd.wasm',
  './wasm/tfjs-backend-wasm.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(async (c) => {
        // Hashed bundles (listed by the build), the shell and the models.
        const listed = await fetch('./precache.json')
          .then((r) => (r.ok ? r.json() : []))
          .catch(() => []);
        await c.addAll([...SHELL, ...MODELS, ...listed]);
      })
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || req.headers.has('range')) return;
  // The server's API (spotter serve) is never cached: its answers are per account and change.
  if (url.pathname.startsWith('/api/')) return;
  if (req.mode === 'navigate') {
    event.respondWith(
      fetch(req)
        .then((res) => {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put('./index.html', copy));
          return res;
        })
        .catch(() => caches.match('./index.html')),
    );
    return;
  }
  event.respondWith(
    caches.match(req).then(
      (hit) =>
        hit ??
        fetch(req).then((res) => {
          if (res.ok && res.status === 200) {
            const copy = res.clone();
            caches.open(CACHE).then((c) => c.put(req, copy));
          }
          return res;
        }),
    ),
  );
});
