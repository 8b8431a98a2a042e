// `npm start` serves the build as a static host serves it (docs/deployment.md): every response with the site's
// headers (scripts/build/headers.ts: the full pages framed only by the site, the embed by anyone), a folder's address
// without its final slash sent to the address with it (/e/round-3 → /e/round-3/), and an address the site has no
// page for answered with 404.html and the status 404. Preview only; the dev server keeps Vite's single-page fallback.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { headersFor } from '../build/headers.ts';

export function staticHost(): Plugin {
  return {
    name: 'istanbul-talks:static-host',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      // Added here, before Vite's own middlewares: every response, file or page, carries the headers of its path.
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://host').pathname;
        for (const [name, value] of Object.entries(headersFor(pathname, base))) res.setHeader(name, value);
        next();
      });
      // Returned, so it runs after the files and the pages have had their turn: only what they left gets here.
      return () => {
        server.middlewares.use((req, res, next) => {
          if (req.method !== 'GET' && req.method !== 'HEAD') return next();
          const url = new URL(req.url ?? '/', 'http://host');
          let path: string;
          try {
            path = decodeURIComponent(url.pathname);
          } catch {
            path = '';
          }
          const file = join(outDir, path);
          // A page's file (the pages middleware before this one has turned `e/round-3/` into its index.html).
          if (path && existsSync(file) && statSync(file).isFile()) return next();
          if (path && !path.endsWith('/') && existsSync(join(file, 'index.html'))) {
            res.statusCode = 301;
            res.setHeader('Location', `${url.pathname}/${url.search}`);
            return res.end();
          }
          const notFound = join(outDir, '404.html');
          if (!existsSync(notFound)) return next();
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          createReadStream(notFound).pipe(res);
        });
      };
    },
  };
}
