// Pure geometry for the targets chart: figures by year → positions in an SVG box. Goals and
// reported figures become two series; points without a year are left to the table.
import type { TargetPoint } from './api-types.js';

export interface ChartPoint {
  x: number;
  y: number;
  point: TargetPoint;
}

export interface ChartGeometry {
  width: number;
  height: number;
  goals: ChartPoint[];
  actuals: ChartPoint[];
  xTicks: { x: number; year: number }[];
  yTicks: { y: number; value: number }[];
  /** Plot area: left, top, right, bottom. */
  box: { left: number; top: number; right: number; bottom: number };
}

/** 0, 1, 2, 2.5, 5 × 10^n steps so that about `count` ticks cover [0, max]. */
export function toNiceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let value = 0; value <= max + step * 0.999; value += step)
    ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

export function toChartGeometry(
  points: readonly TargetPoint[],
  width = 560,
  height = 260,
): ChartGeometry {
  const box = { left: 56, top: 16, right: width - 16, bottom: height - 32 };
  const dated = points.filter((p): p is TargetPoint & { year: number } => p.year !== null);
  const years = dated.map((p) => p.year);
  const minYear = years.length > 0 ? Math.min(...years) : 0;
  const maxYear = years.length > 0 ? Math.max(...years) : 0;
  // Headroom above the highest point, so its value label stays inside the box.
  const yTicksValues = toNiceTicks(Math.max(0, ...dated.map((p) => p.value)) * 1.15);
  const top = yTicksValues[yTicksValues.length - 1] ?? 1;
  const xOf = (year: number): number =>
    maxYear === minYear
      ? (box.left + box.right) / 2
      : box.left + 20 + ((year - minYear) / (maxYear - minYear)) * (box.right - box.left - 40);
  const yOf = (value: number): number => box.bottom - (value / (top || 1)) * (box.bottom - box.top);
  const toChartPoint = (point: TargetPoint & { year: number }): ChartPoint => ({
    x: xOf(point.year),
    y: yOf(point.value),
    point,
  });
  const byYear = (a: ChartPoint, b: ChartPoint): number => a.x - b.x;
  const xTicks: { x: number; year: number }[] = [];
  for (let year = minYear; years.length > 0 && year <= maxYear; year++)
    xTicks.push({ x: xOf(year), year });
  return {
    width,
    height,
    box,
    goals: dated
      .filter((p) => p.kind === 'TARGET')
      .map(toChartPoint)
      .sort(byYear),
    actuals: dated
      .filter((p) => p.kind === 'ACTUAL')
      .map(toChartPoint)
      .sort(byYear),
    xTicks,
    yTicks: yTicksValues.map((value) => ({ y: yOf(value), value })),
  };
}
