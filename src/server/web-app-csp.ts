/**
 * The web app's Content-Security-Policy, sent by `spotter serve` (src/server/routes/web-app.ts) and by
 * `npm start`'s preview server (web/vite.config.ts): everything from the app's own origin, nothing from elsewhere
 * (models and wasm are served locally; the API is on the same origin). 'wasm-unsafe-eval' lets tfjs compile its
 * wasm backend; blob: carries the camera recording, video frames and worker code; inline styles are React's style
 * attributes. No imports: the Vite config reads it too.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
