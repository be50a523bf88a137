import { useEffect, useRef } from 'preact/hooks';
import { CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';

// Only the parts of Chart.js a line over the day needs.
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS = ['#0f6e6e', '#c2571a', '#5b4fa8', '#2f7d32', '#a8324a', '#6b6b6b'];

/** One line per hospital over the day's samples: {times: ['08:01', ...], series: [{label, values}]}. */
export function DayChart({ title, times, series, max, testid }) {
  const canvas = useRef(null);
  useEffect(() => {
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: times,
        datasets: series.map((s, i) => ({ label: s.label, data: s.values, borderColor: COLOURS[i % COLOURS.length],
          pointRadius: 0, spanGaps: true })),
      },
      options: { responsive: true, animation: false, scales: { y: { beginAtZero: true, max } } },
    });
    return () => chart.destroy();
  }, [title, JSON.stringify(times), JSON.stringify(series), max]);
  return (
    <figure class="chart" data-testid={testid}>
      <figcaption>{title}</figcaption>
      <canvas ref={canvas} />
    </figure>
  );
}
