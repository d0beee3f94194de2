// Statement import page: polls the import's status and reloads the page when it has finished.
(function () {
  var page = document.getElementById('import-page');
  if (page.dataset.finished === 'true') { return; }
  var timer = setInterval(function () {
    fetch(page.dataset.statusUrl, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }).then(function (s) {
      document.getElementById('import-bar').style.width = s.percent + '%';
      document.getElementById('import-counts').textContent = s.processed + ' / ' + s.total;
      if (s.finished) { clearInterval(timer); location.reload(); }
    });
  }, 700);
})();
