// The look of the small bordered controls in the page's bars (filters, Share, Cite, the timeline's buttons): one
// definition, so that controls standing side by side cannot drift apart.

/** A bordered control: the filters' disclosures, and the base of the buttons below. */
export const CONTROL =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium dark:border-slate-600 dark:bg-slate-900';

/** A bordered button, which also answers the pointer. */
export const CONTROL_BUTTON = `${CONTROL} hover:bg-slate-100 dark:hover:bg-slate-800`;
