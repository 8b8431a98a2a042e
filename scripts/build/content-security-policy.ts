// The Content Security Policy of the built app: only this origin, no inline script, no eval, no inline styles in
// markup. vis-timeline sets styles through the DOM (element.style), which a policy does not restrict, and React does
// the same for style props, so 'unsafe-inline' is not needed anywhere. SECURITY.md says why each directive is there.
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Build only: puts the policy in index.html as the first thing in <head>, so it holds on any static host. The dev
 * server is left alone, since Vite's hot reload needs inline scripts.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'istanbul-talks:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
