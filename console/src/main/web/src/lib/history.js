/**
 * Turns the hub's scheduler history ({points:[{at, queue:{tenant:n}, slo:{tenant:share}}]}) into chart series per
 * hospital: queue depth, and SLO attainment in percent (null where no call finished in that minute).
 */
export function daySeries(history, hospitalIds, timeOf = (iso) => iso.slice(11, 16)) {
  const points = (history && history.points) || [];
  return {
    times: points.map((p) => timeOf(p.at)),
    queue: hospitalIds.map((id) => points.map((p) => (p.queue && p.queue[id]) ?? 0)),
    slo: hospitalIds.map((id) => points.map((p) => {
      const v = p.slo && p.slo[id];
      return v == null ? null : Math.round(v * 1000) / 10;
    })),
  };
}
