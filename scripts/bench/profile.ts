// Where a profiled load spends its time: self time per function from a sampled V8 CPU profile, mapped through the
// build's source maps to the original function and file, and summed per package (or per src/ folder).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface Frame {
  fn: string;
  url: string;
  line: number;
  column: number;
  ms: number;
}
export interface ProfileSummary {
  /** The functions with the most self time, named as in the sources. */
  top: { fn: string; ms: number }[];
  /** Self time per package (node_modules) or src/ folder, and V8's own: (program), (garbage collector). */
  bySource: { source: string; ms: number }[];
}

/** Self time per call frame (ms), biggest first; idle time left out. */
export function selfTimes(profile: CpuProfile): Frame[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const frames = new Map<string, Frame>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') return;
    const key = `${frame.functionName}@${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    const entry = frames.get(key) ?? {
      fn: frame.functionName || '(anonymous)',
      url: frame.url,
      line: frame.lineNumber,
      column: frame.columnNumber,
      ms: 0,
    };
    entry.ms += (deltas[i + 1] ?? 0) / 1000;
    frames.set(key, entry);
  });
  return [...frames.values()].sort((a, b) => b.ms - a.ms);
}

/** "node_modules/edtf/…" → "edtf"; "src/data/edtf.ts" → "src/data"; else the file itself. */
function sourceGroup(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1] as string;
  const src = /(src\/[^/]+(?:\/[^/]+)?)\//.exec(source);
  return src ? (src[1] as string) : source;
}

/** Names frames from `buildDir`'s source maps; frames from other files keep their minified names. */
export function summarise(frames: Frame[], buildDir: string, top = 15): ProfileSummary {
  const consumers = new Map<string, SourceMapConsumer | null>();
  const consumerFor = (url: string) => {
    const file = url.replace(/^https?:\/\/[^/]+\//, '');
    if (!consumers.has(file)) {
      const map = join(buildDir, `${file}.map`);
      consumers.set(
        file,
        file && existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))) : null,
      );
    }
    return consumers.get(file) ?? null;
  };
  const named = new Map<string, number>();
  const grouped = new Map<string, number>();
  for (const frame of frames) {
    let fn = frame.fn;
    let source = frame.url ? (frame.url.split('/').pop() ?? frame.url) : fn;
    const consumer = frame.url ? consumerFor(frame.url) : null;
    if (consumer) {
      const original = consumer.originalPositionFor({ line: frame.line + 1, column: frame.column });
      if (original.source) {
        source = original.source.replace(/^(\.\.\/)+/, '');
        fn = `${original.name ?? frame.fn} (${source}:${original.line})`;
      }
    } else if (frame.url) fn = `${frame.fn} (${source})`;
    named.set(fn, (named.get(fn) ?? 0) + frame.ms);
    const group = frame.url ? sourceGroup(source) : frame.fn;
    grouped.set(group, (grouped.get(group) ?? 0) + frame.ms);
  }
  const sorted = <K extends string>(map: Map<string, number>, key: K) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ [key]: name, ms: Math.round(ms) }) as Record<K, string> & { ms: number });
  return { top: sorted(named, 'fn'), bySource: sorted(grouped, 'source') };
}
