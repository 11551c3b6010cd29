/**
 * Charts through Chart.js, registered piece by piece so the bundle carries only bar and point
 * charts. Labels (prompt ids) come from the report and are drawn on a canvas: text, never markup.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { el } from './dom.js';
import { afterFirstScreen } from './first-screen.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

export const BASE_COLOUR = '#8c959f';
export const HEAD_COLOUR = '#8250df';
const INTERVAL_COLOUR = 'rgba(130, 80, 223, 0.25)';

/** A canvas in a box of fixed height, with a text caption for screen readers and search. */
function chartBox(title: string, height: number): { box: HTMLElement; canvas: HTMLCanvasElement } {
  const canvas = el('canvas', { role: 'img', 'aria-label': title });
  const box = el('figure', { class: 'chart' }, el('figcaption', null, title), el('div', { class: 'chart-area' }, canvas));
  (box.lastChild as HTMLElement).style.height = `${height}px`;
  return { box, canvas };
}

function draw(canvas: HTMLCanvasElement, config: ChartConfiguration): void {
  const options = { animation: false as const, responsive: true, maintainAspectRatio: false, ...config.options };
  afterFirstScreen(() => new Chart(canvas, { ...config, options } as ChartConfiguration));
}

export interface SideSeries {
  labels: string[];
  base: (number | null)[];
  head: (number | null)[];
}

/** Base and head side by side for each label (one metric, e.g. latency p50 and p95). */
export function baseHeadChart(title: string, series: SideSeries, format: (v: number) => string, max?: number): HTMLElement {
  const { box, canvas } = chartBox(title, 170);
  draw(canvas, {
    type: 'bar',
    data: {
      labels: series.labels,
      datasets: [
        { label: 'base', data: series.base, backgroundColor: BASE_COLOUR },
        { label: 'head', data: series.head, backgroundColor: HEAD_COLOUR },
      ],
    },
    options: {
      scales: { y: { beginAtZero: true, max, ticks: { callback: (v) => format(Number(v)) } } },
      plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${format(Number(c.raw))}` } } },
    },
  });
  return box;
}

export interface ScoreChange {
  label: string;
  delta: number | null;
  ci95: [number, number] | null;
}

/** Each prompt's change in mean score (head − base) as a point, with its 95% interval as a bar. */
export function scoreChangeChart(title: string, changes: ScoreChange[], format: (v: number) => string): HTMLElement {
  const { box, canvas } = chartBox(title, 60 + changes.length * 26);
  draw(canvas, {
    type: 'bar',
    data: {
      labels: changes.map((c) => c.label),
      datasets: [
        { type: 'bar', label: '95% interval', data: changes.map((c) => c.ci95) as unknown as number[], backgroundColor: INTERVAL_COLOUR, indexAxis: 'y', barPercentage: 0.6 },
        { type: 'line', label: 'Δ score', data: changes.map((c) => c.delta), backgroundColor: HEAD_COLOUR, borderColor: HEAD_COLOUR, showLine: false, pointRadius: 5, indexAxis: 'y' },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: { x: { suggestedMin: -0.2, suggestedMax: 0.2, ticks: { callback: (v) => format(Number(v)) } }, y: { ticks: { autoSkip: false } } },
      plugins: {
        tooltip: {
          callbacks: {
            label: (c) => {
              const raw = c.raw as number | [number, number] | null;
              return Array.isArray(raw) ? `95% interval ${format(raw[0])} … ${format(raw[1])}` : `Δ score ${raw === null ? '—' : format(raw)}`;
            },
          },
        },
      },
    },
  });
  return box;
}
