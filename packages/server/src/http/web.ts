import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';

/** Serves the built web app, with every unknown page path answered by index.html (client-side routes). */
export function serveWeb(app: Express, webDist: string): boolean {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) return false;
  // Phones on mobile data: gzip halves what they download. GraphQL is mounted earlier and not compressed.
  const compress = compression();
  app.use('/assets', compress, express.static(path.join(webDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(compress, express.static(webDist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz|readyz).*/, compress, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
