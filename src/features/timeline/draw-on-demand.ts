// vis-timeline 8.5.4 draws every change in its next animation frame: its `_redraw` is throttled to one draw a frame.
// The list, the counts and the controls beside it change in React's commit, so each zoom step, filter change and
// keystroke showed one frame with the page new and the timeline old, and the screen was whole a frame later.
//
// This swaps that throttle for one the canvas can also flush at the end of its commit: the draw happens there, with
// the rest of the page's changes, and the draw queued for the frame is skipped unless something asked for one since.
// Drags, wheel zooms and resizes, which vis-timeline handles without React, still draw in the frame (or in the commit
// their window change leads to, if that comes first).
import type { Timeline } from 'vis-timeline/esnext';

interface Core {
  /** The throttled draw every part of vis-timeline calls; an own property set in its constructor. */
  _redraw?: () => void;
  /** The draw itself, bound to the timeline. */
  _origRedraw?: () => void;
}

/**
 * Makes the timeline's queued draws flushable: returns a function that draws at once if a draw is queued (and
 * does nothing if none is); null when vis-timeline's internals are not what this expects, leaving it as it was.
 */
export function drawOnDemand(timeline: Timeline): (() => void) | null {
  const core = timeline as unknown as Core;
  const draw = core._origRedraw;
  if (typeof draw !== 'function' || typeof core._redraw !== 'function' || !Object.hasOwn(core, '_redraw')) return null;
  let wanted = false;
  let queued = false;
  const drawIfWanted = () => {
    if (!wanted) return;
    // Cleared first: anything that asks for a draw while this one runs gets it in the next frame, as before.
    wanted = false;
    draw();
  };
  core._redraw = () => {
    wanted = true;
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      drawIfWanted();
    });
  };
  return drawIfWanted;
}
