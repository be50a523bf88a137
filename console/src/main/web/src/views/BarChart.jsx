import { useEffect, useRef } from 'preact/hooks';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

// Only the parts of Chart.js that a bar chart needs, to keep the bundle small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export function BarChart({ title, labels, values, max }) {
  const canvas = useRef(null);
  useEffect(() => {
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels, datasets: [{ label: title, data: values, backgroundColor: '#0f6e6e' }] },
      options: { responsive: true, animation: false, scales: { y: { beginAtZero: true, max } } },
    });
    return () => chart.destroy();
  }, [title, JSON.stringify(labels), JSON.stringify(values), max]);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <canvas ref={canvas} />
    </figure>
  );
}
