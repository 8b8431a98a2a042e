// Handing a link to the reader: the system share sheet where the browser offers one, else the clipboard.

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export async function shareLink(url: string, title: string, nav: Navigator = navigator): Promise<ShareOutcome> {
  if (typeof nav.share === 'function' && (nav.canShare?.({ url, title }) ?? true)) {
    try {
      await nav.share({ url, title });
      return 'shared';
    } catch (error) {
      // Closing the share sheet is a choice, not a failure; anything else falls through to copying.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await nav.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
