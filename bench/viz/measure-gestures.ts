// Frame times while a user zooms with the wheel and pans by dragging, driven by real input
// events (CDP mouse events through playwright), so Cytoscape sees the same wheel and drag
// gestures — and takes the same viewport fast paths — as for a person at the mouse.
import type { Page } from 'playwright-core';

export interface FrameStats {
  /** Frames drawn while the gesture ran. */
  frames: number;
  /** Intervals between consecutive animation frames, in ms. */
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Time from the last input event until the viewer had drawn its full-quality picture. */
  settleMs: number;
}

export interface GestureStats {
  zoom: FrameStats;
  pan: FrameStats;
}

/** Input events per gesture and the time between them (a wheel notch or mouse move per ~25 ms). */
const STEPS = 24;
const STEP_GAP_MS = 25;
/** How long after the last event the viewer may still be finishing its picture. */
const SETTLE_WAIT_MS = 600;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}

// The in-page code is a string: tsx would otherwise wrap functions with helpers (`__name`)
// that do not exist in the page.
const START_RECORDING = `(() => {
  const rec = { frames: [], renders: [], running: true };
  rec.onRender = () => rec.renders.push(performance.now());
  window.__gesture = rec;
  const loop = (t) => { rec.frames.push(t); if (rec.running) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  window.innograph.cy.on('render', rec.onRender);
})()`;

const STOP_RECORDING = `(() => {
  const rec = window.__gesture;
  rec.running = false;
  window.innograph.cy.off('render', rec.onRender);
  return { frames: rec.frames, renders: rec.renders };
})()`;

async function record(page: Page, gesture: () => Promise<void>): Promise<FrameStats> {
  await page.evaluate(START_RECORDING);
  // Let the recorder see a frame before the first event.
  await page.waitForTimeout(50);
  const inputStart = await page.evaluate<number>('performance.now()');
  await gesture();
  const inputEnd = await page.evaluate<number>('performance.now()');
  await page.waitForTimeout(SETTLE_WAIT_MS);
  const { frames, renders } = await page.evaluate<{ frames: number[]; renders: number[] }>(
    STOP_RECORDING,
  );
  const during = frames.filter((t) => t >= inputStart && t <= inputEnd);
  const intervals: number[] = [];
  for (let i = 1; i < during.length; i++) intervals.push((during[i] ?? 0) - (during[i - 1] ?? 0));
  intervals.sort((a, b) => a - b);
  const lastRender = Math.max(inputEnd, ...renders.filter((t) => t >= inputEnd));
  return {
    frames: during.length,
    medianMs: quantile(intervals, 0.5),
    p95Ms: quantile(intervals, 0.95),
    maxMs: intervals.at(-1) ?? Number.NaN,
    settleMs: lastRender - inputEnd,
  };
}

/** A point over the graph canvas with no node under it, so a drag there pans. */
async function findEmptyPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate<{ x: number; y: number }>(`(() => {
    const cy = window.innograph.cy;
    const box = cy.container().getBoundingClientRect();
    const boxes = cy.nodes(':visible').map((n) => n.renderedBoundingBox({ includeLabels: true }));
    for (let fy = 0.5; fy < 0.95; fy += 0.05) for (const sign of [1, -1]) {
      const y = box.height * (sign > 0 ? fy : 1 - fy);
      for (let fx = 0.1; fx < 0.9; fx += 0.02) {
        const x = box.width * fx;
        const hit = boxes.some((b) => x > b.x1 - 8 && x < b.x2 + 8 && y > b.y1 - 8 && y < b.y2 + 8);
        if (!hit) return { x: box.left + x, y: box.top + y };
      }
    }
    return { x: box.left + 5, y: box.top + 5 };
  })()`);
}

/** Zooms in and out with the wheel over the centre, then drags the background across. */
export async function measureGestures(page: Page): Promise<GestureStats> {
  const centre = await page.evaluate<{ x: number; y: number }>(`(() => {
    const box = window.innograph.cy.container().getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  })()`);
  await page.mouse.move(centre.x, centre.y);
  const zoom = await record(page, async () => {
    for (let i = 0; i < STEPS; i++) {
      await page.mouse.wheel(0, i < STEPS / 2 ? -100 : 100);
      await page.waitForTimeout(STEP_GAP_MS);
    }
  });

  const from = await findEmptyPoint(page);
  await page.mouse.move(from.x, from.y);
  const pan = await record(page, async () => {
    await page.mouse.down();
    for (let i = 1; i <= STEPS; i++) {
      // Out and back, so the graph ends where it started.
      const dx = (i <= STEPS / 2 ? i : STEPS - i) * 12;
      await page.mouse.move(from.x + dx, from.y + dx / 3);
      await page.waitForTimeout(STEP_GAP_MS);
    }
    await page.mouse.up();
  });
  return { zoom, pan };
}
