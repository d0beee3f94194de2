// Fleet readiness over time (timeline.js): whole percentages from 0 to 100 on the y axis, the vehicles ready in the
// tooltip. Without Chart.js the server-drawn SVG line stays.
(function () {
  var canvas = document.getElementById('readiness-canvas');
  if (!canvas || !window.Chart || !window.localisTimeline) { return; }
  var percents = canvas.dataset.percents.split(',').map(Number);
  var ready = canvas.dataset.ready.split(',').map(Number);
  var vehicles = canvas.dataset.vehicles.split(',').map(Number);
  var svg = document.getElementById('readiness-svg');
  if (svg) { svg.setAttribute('hidden', ''); }
  window.localisTimeline(canvas, { values: percents, unit: '%', max: 100, projectedAfter: canvas.dataset.today,
    tooltip: function (i) { return percents[i] + ' % (' + ready[i] + ' / ' + vehicles[i] + ')'; } });
})();
