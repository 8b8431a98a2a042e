import { describe, expect, it } from 'vitest';
import { layoutShiftScore } from './layout-shift';

const shift = (startTime: number, value: number, hadRecentInput = false) => ({ startTime, value, hadRecentInput });

describe('the layout shift score of a load', () => {
  it('is zero without shifts', () => {
    expect(layoutShiftScore([])).toBe(0);
  });

  it('sums shifts less than a second apart into one window and keeps the largest window', () => {
    // 100–900 ms: one window of 0.03; 3000 ms, two seconds later: a window of its own, 0.02.
    expect(layoutShiftScore([shift(900, 0.01), shift(100, 0.01), shift(500, 0.01), shift(3000, 0.02)])).toBe(0.03);
  });

  it('leaves out shifts that follow the reader’s input', () => {
    expect(layoutShiftScore([shift(100, 0.004), shift(200, 0.5, true)])).toBe(0.004);
  });

  it('closes a window after five seconds even while shifts keep coming', () => {
    const steady = Array.from({ length: 12 }, (_, i) => shift(i * 800, 0.01));
    // 0–4800 ms hold seven shifts; the window that opens at 5600 ms holds the other five.
    expect(layoutShiftScore(steady)).toBe(0.07);
  });
});
