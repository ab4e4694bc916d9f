// Container health check: `node /app/healthcheck.js [path]` (default /health/live).
// Exit 0 when http://127.0.0.1:$PORT<path> answers 2xx within 4 s, 1 otherwise.
// Used by the image's HEALTHCHECK (liveness) and by compose (readiness: /health/ready).
'use strict';

const path = process.argv[2] || '/health/live';
const port = process.env.PORT || '3000';

fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(4000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
