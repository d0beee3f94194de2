// Roadmap page: a progress bar while the solver runs; the chart of score against cumulative cost
// (the plan's years, and the cost-optimal frontier: the cheapest cost for each reachable score).
(function () {
  var form = document.getElementById('roadmap-form');
  if (form) {
    form.addEventListener('submit', function () {
      document.getElementById('roadmap-progress').hidden = false;
      document.getElementById('roadmap-solve').disabled = true;
    });
  }
  var canvas = document.getElementById('roadmap-chart');
  if (!canvas || !window.Chart) { return; }
  var plan = JSON.parse(canvas.dataset.plan);
  var years = (plan.plan || []).filter(function (y) { return y.cumulativeCost != null && y.score != null; })
    .map(function (y) { return { x: Number(y.cumulativeCost), y: Number(y.score), label: String(y.year) }; });
  var frontier = (plan.frontier || []).map(function (f) {
    return { x: Number(f.cost), y: Number(f.level) };
  }).sort(function (a, b) { return a.x - b.x; });
  new window.Chart(canvas, {
    type: 'scatter',
    data: { datasets: [
      { label: canvas.dataset.frontierLabel || 'frontier', data: frontier, showLine: true, borderColor: '#a0aec0', backgroundColor: '#a0aec0', pointRadius: 2, stepped: true },
      { label: canvas.dataset.planLabel || 'plan', data: years, showLine: true, borderColor: '#2f855a', backgroundColor: '#2f855a', pointRadius: 5 }
    ] },
    options: { animation: false, scales: { x: { title: { display: true, text: plan.currency } }, y: { title: { display: true, text: canvas.dataset.unitLabel || plan.unit } } },
      plugins: { tooltip: { callbacks: { label: function (c) { return (c.raw.label ? c.raw.label + ': ' : '') + c.raw.y + ' @ ' + c.raw.x; } } } } }
  });
})();
