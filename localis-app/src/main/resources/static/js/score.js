// Score page: a progress bar while a large upload is scored, and the originating vs non-originating chart.
(function () {
  var form = document.getElementById('score-form');
  if (form) {
    form.addEventListener('submit', function () {
      var p = document.getElementById('progress');
      if (p) { p.hidden = false; }
      var b = document.getElementById('submit');
      if (b) { b.disabled = true; }
    });
  }
  var canvas = document.getElementById('origin-chart');
  if (canvas && window.Chart) {
    var orig = parseFloat(canvas.dataset.originating);
    var non = parseFloat(canvas.dataset.nonOriginating);
    new window.Chart(canvas, {
      type: 'doughnut',
      data: {
        labels: [canvas.dataset.labelOriginating, canvas.dataset.labelNonOriginating],
        datasets: [{ data: [orig, non], backgroundColor: ['#2f855a', '#c05621'] }]
      },
      options: { plugins: { legend: { position: 'bottom' } }, animation: false }
    });
  }
})();
