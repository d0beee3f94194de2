// Draws every <canvas class="js-chart" data-type data-labels="a|b" data-values="1|2"> with Chart.js.
(function () {
  if (!window.Chart) { return; }
  // numbers on the axes and in tooltips in the page's language (1 000 000 in Russian, 1,000,000 in English)
  window.Chart.defaults.locale = document.documentElement.lang === 'ru' ? 'ru-RU' : 'en-GB';
  var palette = ['#c05621', '#dd6b20', '#d69e2e', '#38a169', '#2f855a', '#2b6cb0', '#6b46c1'];
  document.querySelectorAll('canvas.js-chart').forEach(function (c) {
    var labels = c.dataset.labels ? c.dataset.labels.split('|') : [];
    var values = c.dataset.values ? c.dataset.values.split('|').map(Number) : [];
    new window.Chart(c, {
      type: c.dataset.type || 'bar',
      data: { labels: labels, datasets: [{ data: values, backgroundColor: palette }] },
      options: { animation: false, plugins: { legend: { display: c.dataset.type === 'doughnut', position: 'bottom' } },
                 scales: c.dataset.type === 'doughnut' ? {} : { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  });
})();
