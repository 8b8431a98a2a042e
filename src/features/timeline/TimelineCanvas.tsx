// The one owner of the vis-timeline instance, through its public API only. Loaded lazily: vis-timeline and moment are
// most of the app's weight. It creates the instance once, pushes items, groups, options, selection and window in their
// own effects, and destroys it on unmount, so StrictMode's double mount leaves exactly one timeline.
import moment from 'moment';
import { useEffect, useRef, useState } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import type { TimeWindow } from '../../lib/time';
import { TRACK_COLOURS, type TimelineGroupSpec, type TimelineItemSpec } from './timeline-items';
import { diffItems } from './timeline-sync';
import type { ZoomLimits } from './timeline-window';
import './timeline.css';

export interface TimelineCanvasProps {
  items: readonly TimelineItemSpec[];
  groups: TimelineGroupSpec[];
  selectedId: string | null;
  window: TimeWindow;
  limits: ZoomLimits;
  onSelect: (id: string) => void;
  onWindowChange: (window: TimeWindow) => void;
  /** Called once, when vis-timeline has drawn for the first time. */
  onFirstDraw?: () => void;
  /** Row names inside the rows (items named `caption:` carry them) instead of in a column beside them. */
  labelsInRows?: boolean;
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

function labelNode(label: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'tl-label';
  root.textContent = label;
  return root;
}

// vis-timeline accepts elements for content and title, but its type declarations say string.
type VisContent = DataItem['content'];
const asVisContent = (el: HTMLElement) => el as unknown as VisContent;

// Labels and tooltips are built by the `template` options, only for items vis-timeline draws or hovers. `content`
// carries the label as plain data; it is never parsed as HTML while a template is set.
//
// A marker (a point) is handed over as a bar of no length, its mark drawn by CSS (timeline.css, `is-marker`): one
// element per item, laid out like any bar. vis-timeline's own points are two elements (box and dot), stack a dot's
// width further left than they are drawn, and keep a label cut by the view's left edge where a bar's is kept in
// view or hidden with it.
function toDataItem(spec: TimelineItemSpec): DataItem {
  const marker = spec.shape === 'point' || spec.end === undefined;
  return {
    id: spec.id,
    group: spec.group,
    type: 'range',
    start: new Date(spec.start),
    end: new Date(marker ? spec.start : spec.end!),
    content: spec.label,
    className: marker ? `${spec.className} is-marker` : spec.className,
  };
}

/** What vis-timeline hands its templates: the item's data. */
interface TemplateData {
  id?: string | number;
  content?: unknown;
}

/** A row's name beside it, after a swatch of its colour; the full name on hover and in the key. */
function toDataGroup(spec: TimelineGroupSpec, order: number): DataGroup & { order: number } {
  const root = document.createElement('div');
  root.className = 'tl-group';
  const swatch = document.createElement('span');
  swatch.className = 'tl-swatch';
  swatch.setAttribute('aria-hidden', 'true');
  const name = document.createElement('span');
  name.textContent = spec.shortLabel;
  root.append(swatch, name);
  return {
    id: spec.id,
    content: asVisContent(root),
    title: spec.label,
    className: TRACK_COLOURS[spec.colour],
    order,
  };
}

const sameWindow = (a: TimeWindow, b: TimeWindow) =>
  Math.abs(a.start - b.start) < 1000 && Math.abs(a.end - b.end) < 1000;

export default function TimelineCanvas(props: TimelineCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  // DataSets live as long as the component: the timeline instance reads them, React effects write them.
  const [data] = useState(() => ({ items: new DataSet<DataItem>(), groups: new DataSet<DataGroup>() }));
  // The specs the timeline holds, by id: what the next change is measured against, and where the tooltip template
  // finds its lines.
  const held = useRef(new Map<string, TimelineItemSpec>());
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { limits } = latest.current;
    const template = (item: TemplateData) => labelNode(typeof item.content === 'string' ? item.content : '');
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
      // Month names are three letters: on a phone every month keeps its name, not one in three.
      maxMinorChars: 4,
      groupOrder: 'order',
      stack: true,
      // Compact lines: five rows of events fit the box without a scroll of their own.
      margin: { item: { horizontal: 4, vertical: 3 }, axis: 4 },
      template,
      tooltip: {
        followMouse: false,
        overflowMethod: 'cap',
        delay: 150,
        template: tooltip as unknown as (item: unknown) => string,
      },
      verticalScroll: true,
      locale: 'en',
      onInitialDrawComplete: () => latest.current.onFirstDraw?.(),
    };
    const timeline = new Timeline(container, data.items, data.groups, options);
    timeline.on('select', (props: { items: string[] }) => {
      const id = props.items[0];
      if (id !== undefined) latest.current.onSelect(String(id));
    });
    timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
      if (props.byUser) latest.current.onWindowChange({ start: props.start.valueOf(), end: props.end.valueOf() });
    });
    // The window is set when the first draw is done, not given as `start`/`end`: with those, vis-timeline shows
    // itself only after its delayed `rangechanged` event, a fifth of a second late. Without them it fits itself to the
    // items on that draw; the window the URL asks for replaces the fit at once, and a redraw places the items in it
    // before the browser paints.
    const showAskedWindow = () => {
      timeline.off('changed', showAskedWindow);
      const { start, end } = latest.current.window;
      timeline.setWindow(new Date(start), new Date(end), { animation: false });
      timeline.redraw();
    };
    timeline.on('changed', showAskedWindow);
    timelineRef.current = timeline;
    return () => {
      timeline.destroy();
      timelineRef.current = null;
    };
  }, [data]);

  useEffect(() => {
    const { removed, updated } = diffItems(held.current, props.items);
    held.current = new Map(props.items.map((i) => [i.id, i]));
    if (removed.length > 0) data.items.remove(removed);
    if (updated.length > 0) data.items.update(updated.map(toDataItem));
  }, [props.items, data]);

  useEffect(() => {
    data.groups.clear();
    data.groups.add(props.groups.map(toDataGroup));
  }, [props.groups, data]);

  const { labelsInRows } = props;
  useEffect(() => {
    const timeline = timelineRef.current;
    const labels = containerRef.current?.querySelector<HTMLElement>('.vis-panel.vis-left');
    if (!timeline || !labels) return;
    if (labelsInRows) {
      // The column is empty and a sliver wide: no tab stop that shows nothing.
      labels.removeAttribute('tabindex');
      labels.removeAttribute('aria-label');
      labels.removeAttribute('role');
    } else {
      // With many rows, vis-timeline scrolls its row labels; a scrollable box must be reachable by keyboard to be
      // scrolled without a mouse (axe: scrollable-region-focusable).
      labels.setAttribute('tabindex', '0');
      labels.setAttribute('aria-label', 'Timeline rows; scroll with the arrow keys');
      labels.setAttribute('role', 'region');
    }
    // The column's width is measured when vis-timeline draws: draw again now that its names are shown or hidden.
    timeline.redraw();
  }, [labelsInRows]);

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

  return (
    <div
      ref={containerRef}
      className={`timeline-canvas h-full${props.labelsInRows ? ' labels-in-rows' : ''}`}
      data-testid="timeline-canvas"
    />
  );
}
