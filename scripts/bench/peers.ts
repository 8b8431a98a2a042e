// The two peers, fed the same events: a plain vis-timeline page (standalone build, default options, items as points
// and ranges with plain-text content) and TimelineJS (its own JSON format, its dist served locally, no web fonts).
// Both pages fetch their data file from the same local server, as our app fetches its dataset.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatePoint } from '../../src/data/edtf';
import { resolveEdtf } from '../../src/data/edtf-parse';
import type { Dataset } from '../../src/data/schema';
import { gzipBytes, ROOT, type Chunk } from './build';

const VIS_JS = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
const TLJS_DIST = 'node_modules/@knight-lab/timelinejs/dist';

const VIS_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>vis-timeline, default options</title></head>
  <body>
    <button id="zoom-in" type="button">Zoom in</button>
    <div id="timeline"></div>
    <script src="vis-timeline-graph2d.min.js"></script>
    <script>
      const data = new URLSearchParams(location.search).get('data');
      fetch(data)
        .then((response) => response.json())
        .then((items) => {
          window.timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), {});
        });
      // Default options have no zoom button; this one zooms like the app's, without animation.
      document.getElementById('zoom-in').onclick = () => window.timeline.zoomIn(0.5, { animation: false });
    </script>
  </body>
</html>
`;

const TLJS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" /><title>TimelineJS</title>
    <link rel="stylesheet" href="css/timeline.css" />
  </head>
  <body style="margin: 0">
    <div id="timeline-embed" style="width: 100%; height: 650px"></div>
    <script src="js/timeline.js"></script>
    <script>
      const data = new URLSearchParams(location.search).get('data');
      fetch(data)
        .then((response) => response.json())
        .then((json) => {
          // font: null keeps TimelineJS from loading web fonts; script_path keeps everything on this server.
          window.timeline = new TL.Timeline('timeline-embed', json, {
            font: null,
            hash_bookmark: false,
            script_path: new URL('js/', location.href).href,
          });
        });
    </script>
  </body>
</html>
`;

/** Writes both peer pages and their library files under `dir` (bench-results/peers). */
export function writePeerPages(dir: string) {
  mkdirSync(join(dir, 'vis'), { recursive: true });
  mkdirSync(join(dir, 'tljs/js'), { recursive: true });
  mkdirSync(join(dir, 'tljs/css'), { recursive: true });
  writeFileSync(join(dir, 'vis/index.html'), VIS_PAGE);
  cpSync(join(ROOT, VIS_JS), join(dir, 'vis/vis-timeline-graph2d.min.js'));
  writeFileSync(join(dir, 'tljs/index.html'), TLJS_PAGE);
  cpSync(join(ROOT, TLJS_DIST, 'js/timeline.js'), join(dir, 'tljs/js/timeline.js'));
  cpSync(join(ROOT, TLJS_DIST, 'css/timeline.css'), join(dir, 'tljs/css/timeline.css'));
  cpSync(join(ROOT, TLJS_DIST, 'css/icons'), join(dir, 'tljs/css/icons'), { recursive: true });
}

/** What each peer page ships before any data: its library files, gzip level 9. */
export function peerBytes(dir: string): Record<'vis' | 'tljs', { js: Chunk[]; css: Chunk[] }> {
  const chunk = (file: string): Chunk => ({ file, bytes: 0, gzip: gzipBytes(join(dir, file)) });
  return {
    vis: { js: [chunk('vis/vis-timeline-graph2d.min.js')], css: [] },
    tljs: { js: [chunk('tljs/js/timeline.js')], css: [chunk('tljs/css/timeline.css')] },
  };
}

interface Placed {
  event: Dataset['events'][number];
  from: DatePoint;
  to: DatePoint | null;
}

/** Events with a date the app can place: a point, or a range when the date spans a period or an interval. */
function placed(dataset: Dataset): Placed[] {
  return dataset.events.flatMap((event) => {
    const date = resolveEdtf(event.date);
    const from = date?.from ?? date?.to;
    if (!date || !from) return [];
    const spans = date.kind === 'interval' ? Boolean(date.from && date.to) : from.precision in { month: 1, year: 1 };
    return [{ event, from, to: spans ? (date.to ?? from) : null }];
  });
}

export function visItems(dataset: Dataset) {
  return placed(dataset).map(({ event, from, to }) => ({
    id: event.id,
    content: event.title,
    start: from.start,
    ...(to ? { end: to.end + 1, type: 'range' } : { type: 'point' }),
  }));
}

const tljsDate = (point: DatePoint) => {
  const d = new Date(point.start);
  const parts: Record<string, number> = { year: d.getUTCFullYear() };
  if (point.precision !== 'year') parts.month = d.getUTCMonth() + 1;
  if (point.precision === 'day' || point.precision === 'minute' || point.precision === 'second') {
    parts.day = d.getUTCDate();
  }
  if (point.precision === 'minute' || point.precision === 'second') {
    parts.hour = d.getUTCHours();
    parts.minute = d.getUTCMinutes();
  }
  return parts;
};

export function tljsJson(dataset: Dataset) {
  const tracks = new Map(dataset.tracks.map((t) => [t.id, t.label]));
  return {
    events: placed(dataset).map(({ event, from, to }) => ({
      unique_id: event.id,
      start_date: tljsDate(from),
      ...(to && to !== from ? { end_date: tljsDate(to) } : {}),
      text: { headline: event.title, text: event.summary },
      group: tracks.get(event.track) ?? event.track,
    })),
  };
}
