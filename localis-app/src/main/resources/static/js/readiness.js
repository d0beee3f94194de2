// Fleet readiness over time with Chart.js: dates on the x axis (a linear axis of days, labelled as dates, so no
// date adapter is needed), whole percentages on the y axis, and the vehicles ready in the tooltip. Without
// Chart.js the server-drawn SVG line stays.
(function () {
  var canvas = document.getElementById('readiness-canvas');
  if (!canvas || !window.Chart) { return; }
  var day = 86400000;
  var lang = document.documentElement.lang === 'ru' ? 'ru-RU' : 'en-GB';
  var dates = canvas.dataset.dates.split(',');
  var percents = canvas.dataset.percents.split(',').map(Number);
  var ready = canvas.dataset.ready.split(',').map(Number);
  var vehicles = canvas.dataset.vehicles.split(',').map(Number);
  var points = dates.map(function (d, i) { return { x: Date.parse(d + 'T00:00:00Z') / day, y: percents[i] }; });
  var dateText = function (x) {
    return new Date(x * day).toLocaleDateString(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  };
  canvas.hidden = false;
  var svg = document.getElementById('readiness-svg');
  if (svg) { svg.setAttribute('hidden', ''); }
  new window.Chart(canvas, {
    type: 'line',
    data: { datasets: [{ label: canvas.dataset.label, data: points, borderColor: '#276749', backgroundColor: 'rgba(39,103,73,.12)',
      fill: true, stepped: true, pointRadius: 3 }] },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { legend: { display: false }, tooltip: { callbacks: {
        title: function (items) { return dateText(items[0].parsed.x); },
        label: function (item) { var i = item.dataIndex; return percents[i] + ' % (' + ready[i] + ' / ' + vehicles[i] + ')'; }
      } } },
      scales: {
        x: { type: 'linear', ticks: { maxTicksLimit: 6, callback: function (v) { return dateText(v); } } },
        y: { min: 0, max: 100, ticks: { stepSize: 25, callback: function (v) { return v + ' %'; } } }
      }
    }
  });
})();
