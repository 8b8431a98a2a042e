// What runs inside the measured page, installed before any of the page's own scripts. It is serialised with
// Function.prototype.toString, so it must not close over anything from this module.
//
// - Marks: every animation frame, until all are found, it looks for each named selector; the mark is the time the
//   first frame that shows it has been painted (ms since navigation start). It starts before the page's first
//   frame, so content that comes in the served HTML is marked in the frame that first paints it, whether or not any
//   script of the page has run. When all are found, or the page shows its error selector, it
//   reports once on the console ("__bench {…}"): that reaches the harness even when the page stays busy afterwards
//   and could not answer a question.
// - Layout shifts: every layout-shift entry the browser reports, kept for the harness to score (layout-shift.ts).
// - Quiet: resolves once nothing has mutated and no long task has run for a quiet period, with the time of the last
//   activity (ms since navigation, mutations watched from the start): when a load has settled.
// - Settle: armed before an action, it starts the clock at the action's first input event (pointerdown, keydown…)
//   and stops it two animation frames after the last DOM mutation, once no mutation and no long task has happened
//   for a quiet period. It watches the whole document, or only `root` (the timeline, for a zoom step); long tasks
//   anywhere count as activity either way.

export interface MarkSpec {
  /** Present in the DOM. */
  selector: string;
  /** Each of these must also be laid out (non-zero box) and not visibility: hidden. */
  shown?: string[];
}
export type Marks = Record<string, MarkSpec>;

export interface SettleResult {
  /** From the input event to two frames after the last mutation; null when nothing changed or it never settled. */
  ms: number | null;
  mutated: boolean;
  timedOut: boolean;
}

/** What a layout-shift entry carries that the score needs. */
export interface Shift {
  value: number;
  startTime: number;
  hadRecentInput: boolean;
}

export interface BenchApi {
  marks: Record<string, number>;
  longTaskMs: number;
  shifts: Shift[];
  armSettle: (quietMs: number, timeoutMs: number, root?: string) => void;
  settled: Promise<SettleResult> | null;
  /** Resolves with the time of the last activity, or -1 if the page was not quiet within timeoutMs. */
  quiet: (quietMs: number, timeoutMs: number) => Promise<number>;
}

export interface LoadReport {
  marks: Record<string, number>;
  longTaskMs: number;
  /** [url, responseEnd] of every resource loaded so far. */
  resources: [string, number][];
  /** Text of the error the page shows, when it shows one instead. */
  failed?: string;
}

declare global {
  interface Window {
    __bench: BenchApi;
  }
}

function install(specs: Marks, failSelector: string | null) {
  const marks: Record<string, number> = {};
  let lastActivity = performance.now();
  const bench: BenchApi = { marks, longTaskMs: 0, shifts: [], armSettle, settled: null, quiet };
  window.__bench = bench;

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.longTaskMs += entry.duration;
        lastActivity = Math.max(lastActivity, entry.startTime + entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: quiet periods then rest on mutations alone.
  }

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
        bench.shifts.push({ value: shift.value, startTime: shift.startTime, hadRecentInput: shift.hadRecentInput });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No layout-shift entries in this browser: the score stays unmeasured.
  }

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
        const kind = /\.json(\?|$)/.test(entry.name) ? 'data' : entry.name.includes('TimelineCanvas') ? 'chunk' : null;
        if (kind) console.debug(`__bench-resource ${kind} ${entry.responseEnd}`);
      }
    }).observe({ type: 'resource', buffered: true });
  } catch {
    // No resource timing: the phases table stays empty.
  }

  const shown = (selector: string) => {
    const el = document.querySelector(selector);
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const report = (failed?: string) => {
    const resources = performance
      .getEntriesByType('resource')
      .map((e) => [e.name, (e as PerformanceResourceTiming).responseEnd] as [string, number]);
    const result: LoadReport = { marks, longTaskMs: bench.longTaskMs, resources, ...(failed ? { failed } : {}) };
    console.debug(`__bench ${JSON.stringify(result)}`);
  };
  // A message posted from an animation-frame callback is handled once that frame's style, layout and paint are done:
  // the time the frame has been painted. The callback's own timestamp is when the frame was due, which can be long
  // before it ran while a script held the main thread.
  const afterPaint = (then: (time: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(null);
  };
  const seen = new Set<string>();
  const poll = () => {
    let pending = false;
    const found: string[] = [];
    for (const [name, spec] of Object.entries(specs)) {
      if (seen.has(name)) continue;
      if (document.querySelector(spec.selector) && (spec.shown ?? []).every(shown)) {
        seen.add(name);
        found.push(name);
      } else pending = true;
    }
    const failure = failSelector ? document.querySelector(failSelector) : null;
    if (failure) return report((failure.textContent ?? 'an error').trim().slice(0, 300));
    if (found.length > 0) {
      afterPaint((time) => {
        for (const name of found) {
          marks[name] = time;
          console.debug(`__bench-mark ${name} ${time}`);
        }
        if (!pending) report();
      });
    } else if (!pending) report();
    if (pending) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  // Clocks that tick by themselves (vis-timeline's current-time bar moves every second) are not the page settling.
  const ticking = (record: MutationRecord) => {
    const node = record.target instanceof Element ? record.target : record.target.parentElement;
    return Boolean(node?.closest('.vis-current-time'));
  };
  const watch = (onMutation: () => void, root: Node = document.documentElement) => {
    const observer = new MutationObserver((records) => {
      if (records.every(ticking)) return;
      lastActivity = performance.now();
      onMutation();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    return observer;
  };

  // Every change to the document from navigation on: the harness only asks for quiet after the marks reach it, and
  // a page's work in between (drawing more after its first items) belongs to the load.
  let lastChange = performance.now();
  new MutationObserver((records) => {
    if (!records.every(ticking)) lastChange = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  function quiet(quietMs: number, timeoutMs: number): Promise<number> {
    const began = performance.now();
    return new Promise((resolve) => {
      const timer = setInterval(() => {
        const now = performance.now();
        const last = Math.max(lastActivity, lastChange);
        if (now - last >= quietMs || now - began > timeoutMs) {
          clearInterval(timer);
          resolve(now - last >= quietMs ? last : -1);
        }
      }, 25);
    });
  }

  function armSettle(quietMs: number, timeoutMs: number, root?: string) {
    let start: number | null = null;
    let generation = 0;
    let settledGeneration = 0;
    let settledAt = 0;
    const types = ['pointerdown', 'mousedown', 'keydown', 'click', 'input', 'change'];
    const onInput = (event: Event) => {
      if (start === null) start = event.timeStamp;
    };
    for (const type of types) window.addEventListener(type, onInput, { capture: true });
    const observer = watch(
      () => {
        if (start === null) return;
        const mine = ++generation;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            if (mine !== generation) return;
            settledGeneration = mine;
            settledAt = performance.now();
          }),
        );
      },
      (root && document.querySelector(root)) || document.documentElement,
    );
    const armedAt = performance.now();
    bench.settled = new Promise((resolve) => {
      const finish = (result: SettleResult) => {
        clearInterval(timer);
        observer.disconnect();
        for (const type of types) window.removeEventListener(type, onInput, { capture: true });
        resolve(result);
      };
      const timer = setInterval(() => {
        const now = performance.now();
        if (now - armedAt > timeoutMs) return finish({ ms: null, mutated: generation > 0, timedOut: true });
        if (start === null) return;
        const idle = now - Math.max(lastActivity, start) >= quietMs;
        if (generation === 0 && idle && now - start >= Math.max(quietMs, 1000)) {
          return finish({ ms: null, mutated: false, timedOut: false });
        }
        if (generation > 0 && idle && settledGeneration === generation) {
          finish({ ms: settledAt - start, mutated: true, timedOut: false });
        }
      }, 25);
    });
  }
}

/** The init script for a page: a no-op `__name` first, because tsx's transform may wrap functions in it. */
export function initScript(marks: Marks, failSelector?: string): string {
  const args = `${JSON.stringify(marks)}, ${JSON.stringify(failSelector ?? null)}`;
  return `var __name = (f) => f;\n(${install.toString()})(${args});`;
}

/**
 * A fixed piece of work, timed in a blank page before each load: sorting and counting (script), then laying out
 * 500 paragraphs (style and layout), the kinds of work the measured steps do. It is the same work every time, so
 * its time moves only with the machine: when a run's checks are slower, so was the machine, whatever the code. The
 * middle of three tries, in ms.
 */
function machineCheck(): number {
  const once = () => {
    const began = performance.now();
    let seed = 42;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const numbers = Array.from({ length: 20_000 }, random).sort((a, b) => a - b);
    const counts = new Map<string, number>();
    for (const n of numbers) {
      const word = Math.floor(n * 2000).toString(36);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const words = [...counts.keys()];
    const box = document.createElement('div');
    box.style.width = '420px';
    for (let i = 0; i < 500; i++) {
      const p = document.createElement('p');
      p.textContent = `Entry ${i}: ${words[i % words.length]} seen ${counts.get(words[i % words.length]!)} times`;
      box.append(p);
    }
    document.body.append(box);
    void box.offsetHeight;
    box.remove();
    return performance.now() - began;
  };
  const tries = [once(), once(), once()].sort((a, b) => a - b);
  return tries[1]!;
}

/** The script that runs `machineCheck` in a page and evaluates to its time. */
export function machineCheckScript(): string {
  return `var __name = (f) => f;\n(${machineCheck.toString()})()`;
}
