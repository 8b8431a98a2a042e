// The one owner of the vis-timeline instance. Loaded lazily: vis-timeline and moment are most of the app's weight.
// It creates the instance once, pushes items, groups, options, selection and window in their own effects, and
// destroys it on unmount, so StrictMode's double mount leaves exactly one timeline.
import moment from 'moment';
import { useEffect, useRef, useState } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import { markFirstLoadDone } from '../../app/first-load';
import type { TimelineGroupSpec, TimelineItemSpec } from './timeline-items';
import { batchedChanges } from './batched-changes';
import { drawOnDemand } from './draw-on-demand';
import { keepNearItemsDrawn } from './near-items';
import { diffItems } from './timeline-sync';
import type { TimeWindow, ZoomLimits } from './timeline-window';
import './timeline.css';

export interface TimelineCanvasProps {
  items: readonly TimelineItemSpec[];
  groups: TimelineGroupSpec[];
  selectedId: string | null;
  window: TimeWindow;
  limits: ZoomLimits;
  onSelect: (id: string) => void;
  onWindowChange: (window: TimeWindow) => void;
}

/**
 * Text only: nodes built with textContent, so no string from the data is ever parsed as HTML. Tooltips and row
 * names take a line each.
 */
function textNode(className: string, lines: readonly string[]): HTMLElement {
  const root = document.createElement('div');
  root.className = className;
  for (const line of lines) {
    const el = document.createElement('div');
    el.textContent = line;
    root.appendChild(el);
  }
  return root;
}

/**
 * An item's label: its one line straight in the element, not in a line of its own. Every drawn box is laid out again
 * on each zoom step and filter change; with an element fewer in each, an actor tick at 10,000 events settled 11 to
 * 29 ms sooner in three stepped A/Bs on one loaded page.
 */
function labelNode(label: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'tl-label';
  root.textContent = label;
  return root;
}

/**
 * Writes a new label into a content box that holds one built by `labelNode`, changing its text node in place; a box
 * holding anything else (an empty label has no text node) gets a new label built.
 */
function relabel(box: HTMLElement, label: string) {
  const root = box.firstElementChild;
  const text = root?.classList.contains('tl-label') ? root.firstChild : null;
  if (text instanceof Text && root!.childNodes.length === 1) {
    if (text.data !== label) text.data = label;
  } else box.replaceChildren(labelNode(label));
}

// vis-timeline accepts elements for content and title, but its type declarations say string.
type VisContent = DataItem['content'];
const asVisContent = (el: HTMLElement) => el as unknown as VisContent;

// Labels and tooltips are built by the `template` options from the spec, only for items vis-timeline draws or
// hovers: building two small DOM trees for each of 10,000 items up front cost more than drawing the few in view.
// `content` still carries the label for vis-timeline's own checks; it is never parsed as HTML while a template is set.
function toDataItem(spec: TimelineItemSpec): DataItem {
  return {
    id: spec.id,
    group: spec.group,
    type: spec.shape,
    start: new Date(spec.start),
    ...(spec.end !== undefined ? { end: new Date(spec.end) } : {}),
    content: spec.label,
    className: spec.className,
  };
}

/** What vis-timeline hands its templates: the item's data. */
interface TemplateData {
  id?: string | number;
}

function toDataGroup(spec: TimelineGroupSpec, order: number): DataGroup & { order: number } {
  return { id: spec.id, content: asVisContent(textNode('tl-group', [spec.label])), order };
}

/**
 * From this many changed items on, changes are applied with the window moved off them (see offWindow), when they
 * cannot be batched (batched-changes.ts); batched, they are applied where the reader looks.
 */
const OFF_WINDOW_FROM = 50;

/**
 * vis-timeline draws and measures each item added inside the visible window on its own (a layout each), so adding
 * thousands took tens of seconds. With the window moved to an empty stretch before the first event (the limits
 * leave a margin there), nothing added is in view. It then shows the window asked for, not the one it had: before
 * its first draw, that one is its own default and not where the reader looks. The next frame draws what is in view
 * in one batch.
 */
function offWindow(timeline: Timeline, limits: ZoomLimits, window: TimeWindow, change: () => void) {
  timeline.setWindow(new Date(limits.min), new Date(limits.min + limits.zoomMin), { animation: false });
  change();
  timeline.setWindow(new Date(window.start), new Date(window.end), { animation: false });
}

const sameWindow = (a: TimeWindow, b: TimeWindow) =>
  Math.abs(a.start - b.start) < 1000 && Math.abs(a.end - b.end) < 1000;

export default function TimelineCanvas(props: TimelineCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  // Applies item changes in one draw (batched-changes.ts); null if it cannot, and large changes go off-window.
  const batched = useRef<ReturnType<typeof batchedChanges>>(null);
  // Draws what the effects below queued at once, in the commit, instead of in the timeline's next frame.
  const drawNow = useRef<(() => void) | null>(null);
  // DataSets live as long as the component: the timeline instance reads them, React effects write them.
  const [itemsData] = useState(() => ({ items: new DataSet<DataItem>(), groups: new DataSet<DataGroup>() }));
  // The specs the timeline holds, by id: what the next change is measured against, and where templates look up
  // labels and tooltips.
  const held = useRef(new Map<string, TimelineItemSpec>());
  // The content box of each item vis-timeline has drawn (it keeps one per item): a relabelled range gets its new
  // label here. Not the node the template built: vis-timeline keeps the one it has when the new one reads the same.
  const labelBoxes = useRef(new Map<string, HTMLElement>());
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { limits } = latest.current;
    const template = (_item: unknown, element: HTMLElement, data: TemplateData) => {
      const id = String(data.id);
      labelBoxes.current.set(id, element);
      return labelNode(held.current.get(id)?.label ?? '');
    };
    const tooltip = (item: TemplateData) => textNode('tl-tooltip', held.current.get(String(item.id))?.tooltip ?? []);
    const options: TimelineOptions = {
      // Wall-clock times are carried as UTC: show them as they were stated, whatever the reader's time zone.
      moment: (date: moment.MomentInput) => moment(date).utc(),
      orientation: { axis: 'top', item: 'top' },
      height: '100%',
      ...limits,
      min: new Date(limits.min),
      max: new Date(limits.max),
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      groupOrder: 'order',
      stack: true,
      margin: { item: { horizontal: 2, vertical: 6 }, axis: 8 },
      template,
      tooltip: {
        followMouse: false,
        overflowMethod: 'cap',
        delay: 150,
        template: tooltip as unknown as (item: unknown) => string,
      },
      verticalScroll: true,
      locale: 'en',
    };
    const timeline = new Timeline(container, itemsData.items, itemsData.groups, options);
    batched.current = batchedChanges(timeline);
    drawNow.current = drawOnDemand(timeline);
    keepNearItemsDrawn(timeline);
    timeline.on('select', (props: { items: string[] }) => {
      const id = props.items[0];
      if (id !== undefined) latest.current.onSelect(String(id));
    });
    timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
      if (props.byUser) latest.current.onWindowChange({ start: props.start.valueOf(), end: props.end.valueOf() });
    });
    // No start/end at construction: with them vis-timeline stays hidden until a range change that may never come.
    // It fits itself on its first draw instead; right after, show the window the URL asks for. With groups, that
    // first draw can also leave items at x = 0 until its resize poll, which one redraw fixes.
    let firstDraw = true;
    timeline.on('changed', () => {
      if (!firstDraw) return;
      firstDraw = false;
      const { start, end } = latest.current.window;
      timeline.setWindow(new Date(start), new Date(end), { animation: false });
      timeline.redraw();
      markFirstLoadDone();
    });
    // With many rows, vis-timeline scrolls its row labels; a scrollable box must be reachable by keyboard to be
    // scrolled without a mouse (axe: scrollable-region-focusable).
    const labels = container.querySelector<HTMLElement>('.vis-panel.vis-left');
    labels?.setAttribute('tabindex', '0');
    labels?.setAttribute('aria-label', 'Timeline rows; scroll with the arrow keys');
    labels?.setAttribute('role', 'region');
    timelineRef.current = timeline;
    return () => {
      timeline.destroy();
      timelineRef.current = null;
      batched.current = null;
      drawNow.current = null;
    };
  }, [itemsData]);

  useEffect(() => {
    const { removed, added, changed, relabelled, moved } = diffItems(held.current, props.items);
    held.current = new Map(props.items.map((i) => [i.id, i]));
    const batch = batched.current;
    // Moved ranges keep their drawn box only in a batched change (batched-changes.ts); otherwise they are changes.
    const replaced = batch ? changed : [...changed, ...moved];
    const movedIds = batch ? moved.map((i) => i.id) : [];
    // Written into the box vis-timeline drew (attached or kept for when it comes back into view); one it has not
    // drawn yet reads its label from `held` when it does. Tooltips are built from `held` on hover. The label's text
    // is changed in place: a filter change relabels about 200 boxes at 10,000 events, and new label nodes for them
    // meant about 400 new elements to style and lay out in the click (a 3 ms style pass in the trace).
    for (const item of batch ? [...relabelled, ...moved] : relabelled) {
      const box = labelBoxes.current.get(item.id);
      if (box) relabel(box, item.label);
    }
    for (const id of [...removed, ...replaced.map((i) => i.id)]) labelBoxes.current.delete(id);
    const count = removed.length + added.length + changed.length + moved.length;
    if (count === 0) return;
    // An updated item that is drawn is redrawn on the spot, on its own: changed ones are removed (which only hides
    // them) and added back instead, to be drawn with the rest. Moved ones are updated without that redraw.
    const apply = () => {
      itemsData.items.remove([...removed, ...replaced.map((i) => i.id)]);
      itemsData.items.add([...added, ...replaced].map(toDataItem));
      if (movedIds.length > 0) itemsData.items.update(moved.map(toDataItem));
    };
    const timeline = timelineRef.current;
    if (timeline && batch) batch(apply, movedIds);
    else if (!timeline || count < OFF_WINDOW_FROM) apply();
    else offWindow(timeline, latest.current.limits, latest.current.window, apply);
  }, [props.items, itemsData]);

  // Items whose row does not exist yet wait, and are placed when it comes (on the first render the rows come after
  // the items). Unbatched, those in view are then measured one by one, so with many items the rows come off-window.
  useEffect(() => {
    const timeline = timelineRef.current;
    const replace = () => {
      itemsData.groups.clear();
      itemsData.groups.add(props.groups.map(toDataGroup));
    };
    if (timeline && !batched.current && itemsData.items.length >= OFF_WINDOW_FROM)
      offWindow(timeline, latest.current.limits, latest.current.window, replace);
    else replace();
  }, [props.groups, itemsData]);

  const { min, max, zoomMin, zoomMax } = props.limits;
  useEffect(() => {
    timelineRef.current?.setOptions({ min: new Date(min), max: new Date(max), zoomMin, zoomMax });
  }, [min, max, zoomMin, zoomMax]);

  useEffect(() => {
    timelineRef.current?.setSelection(props.selectedId ? [props.selectedId] : []);
  }, [props.selectedId, props.items]);

  const { start, end } = props.window;
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const shown = timeline.getWindow();
    if (!sameWindow({ start: shown.start.valueOf(), end: shown.end.valueOf() }, { start, end })) {
      timeline.setWindow(new Date(start), new Date(end), { animation: false });
    }
  }, [start, end]);

  // Last, after every effect above has handed vis-timeline its changes: they are drawn in one go, in the same task
  // as the rest of the page's changes, not a frame later.
  useEffect(() => {
    drawNow.current?.();
  });

  return <div ref={containerRef} className="timeline-canvas h-full" data-testid="timeline-canvas" />;
}
