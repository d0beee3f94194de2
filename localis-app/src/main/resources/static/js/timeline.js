// A value over time with Chart.js, shared by the charts of the drive pages and dashboards: dates on the x axis (a
// linear axis of days, labelled as dates in the page's language, so no date adapter is needed) and the values with
// their unit on the y axis. localisTimeline(canvas, options) draws one; every canvas.js-timeline with data-dates,
// data-values, data-unit and data-label is drawn on load. options: values, unit, max, stepped, tooltip(i), and
// projectedAfter (an ISO date): the line after that day is dashed, as a projection rather than a record.
(function () {
  var day = 86400000;
  window.localisTimeline = function (canvas, options) {
    if (!canvas || !window.Chart) { return null; }
    var lang = document.documentElement.lang === 'ru' ? 'ru-RU' : 'en-GB';
    window.Chart.defaults.locale = lang;
    var dates = canvas.dataset.dates.split(',');
    var values = options.values;
    var unit = options.unit || '';
    var number = function (v) { return Number(v).toLocaleString(lang) + (unit ? ' ' + unit : ''); };
    var points = dates.map(function (d, i) { return { x: Date.parse(d + 'T00:00:00Z') / day, y: values[i] }; });
    var dateText = function (x) {
      return new Date(x * day).toLocaleDateString(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    };
    var projectedAfter = options.projectedAfter ? Date.parse(options.projectedAfter + 'T00:00:00Z') / day : null;
    canvas.hidden = false;
    var y = { beginAtZero: true, ticks: { callback: function (v) { return number(v); } } };
    if (options.max !== undefined) { y.min = 0; y.max = options.max; y.ticks.stepSize = options.max / 4; }
    return new window.Chart(canvas, {
      type: 'line',
      data: { datasets: [{ label: canvas.dataset.label, data: points, borderColor: '#276749', backgroundColor: 'rgba(39,103,73,.12)',
        fill: true, stepped: options.stepped !== false, pointRadius: 3,
        segment: { borderDash: function (ctx) { return projectedAfter !== null && ctx.p1.parsed.x > projectedAfter ? [6, 4] : undefined; } } }] },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false }, tooltip: { callbacks: {
          title: function (items) { return dateText(items[0].parsed.x); },
          label: function (item) { return options.tooltip ? options.tooltip(item.dataIndex) : number(values[item.dataIndex]); }
        } } },
        scales: { x: { type: 'linear', ticks: { maxTicksLimit: 6, callback: function (v) { return dateText(v); } } }, y: y }
      }
    });
  };
  var draw = function () {
    Array.prototype.forEach.call(document.querySelectorAll('canvas.js-timeline'), function (c) {
      window.localisTimeline(c, { values: c.dataset.values.split(',').map(Number), unit: c.dataset.unit });
    });
  };
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
