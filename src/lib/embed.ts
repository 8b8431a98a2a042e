// The embed's contract with the pages that frame it (docs/embedding.md): the message it posts with its height, and the
// snippet an editor pastes into an article.

/** `{ type: EMBED_HEIGHT_MESSAGE, height: <CSS pixels> }`, posted to the parent window whenever the content resizes. */
export const EMBED_HEIGHT_MESSAGE = 'istanbul-talks:embed-height';

/** A frame's starting height: the timeline and the first entries of the list, before the host script fits it. */
export const EMBED_HEIGHT = 720;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML an editor pastes: the frame, lazily loaded, with a title for screen readers, and the optional host script
 * that fits its height to the content. `embedUrl` and `scriptUrl` are absolute.
 */
export function embedSnippet({ embedUrl, scriptUrl, title }: { embedUrl: string; scriptUrl: string; title: string }) {
  return [
    `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" loading="lazy" width="100%" ` +
      `height="${EMBED_HEIGHT}" style="border:0;max-width:1000px"></iframe>`,
    `<script src="${escapeAttribute(scriptUrl)}" async></script>`,
  ].join('\n');
}
