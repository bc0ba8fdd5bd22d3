// Charts (chart.js, bundled). Each chart is a canvas with a text label, next to a data table
// that carries the same numbers for screen readers and tests.
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, LineController,
  LineElement, PointElement, Tooltip,
} from 'chart.js';
import { h } from './dom.js';

// Only what the items draw (line, bar, doughnut), so the bundle carries no other chart types.
Chart.register(LineController, BarController, DoughnutController, LineElement, BarElement, PointElement, ArcElement,
  CategoryScale, LinearScale, Legend, Tooltip);

/** ADG-like colours, in series order. */
export const COLOURS = ['#0052CC', '#36B37E', '#FF991F', '#6554C0', '#00B8D9', '#FF5630', '#97A0AF', '#172B4D'];

/**
 * A chart in a sized box; `label` describes it for assistive technology. The chart is made once
 * the box is in the document (chart.js measures its parent).
 */
export function chartBox(label, config, { height = 220 } = {}) {
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  const box = h('div', { class: 'bp-chart', style: { height: `${height}px` }, 'data-testid': 'chart' }, canvas);
  const make = () => {
    if (box.bpChart) return;
    box.bpChart = new Chart(canvas, {
      ...config,
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: 'bottom' }, ...(config.options?.plugins || {}) },
        ...(config.options || {}),
      },
    });
    box.setAttribute('data-chart-ready', 'true');
  };
  box.bpMake = make;
  queueMicrotask(() => { if (box.isConnected) make(); else requestAnimationFrame(() => box.isConnected && make()); });
  return box;
}

/** Destroys the charts under el (before its content is replaced). */
export function destroyCharts(el) {
  for (const box of el.querySelectorAll('.bp-chart')) box.bpChart?.destroy();
}

/** A dataset with the series colour. */
export function series(label, data, index, extra = {}) {
  const colour = COLOURS[index % COLOURS.length];
  return { label, data, borderColor: colour, backgroundColor: colour, tension: 0.2, spanGaps: true, ...extra };
}
