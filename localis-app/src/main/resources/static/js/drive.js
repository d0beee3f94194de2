// Public drive page: live progress (polls the cached JSON), share link, pledge form mode.
(function () {
  var page = document.querySelector('.drive-page');
  if (!page) { return; }
  var share = document.getElementById('share-link');
  if (share) { share.value = location.origin + share.dataset.path; share.addEventListener('focus', function () { share.select(); }); }

  var lang = document.documentElement.lang === 'ru' ? 'ru' : 'en';
  var symbols = { RUB: '\u20bd', EUR: '\u20ac' };
  var form = document.getElementById('pledge-form');
  if (form) {
    var total = document.getElementById('pledge-total');
    var amount = document.getElementById('pledge-amount');
    var size = document.getElementById('pledge-size');
    var tiresInput = document.getElementById('pledge-tires');
    var currency = form.dataset.currency, digits = Number(form.dataset.digits || 2);
    // The amount typed, in minor units, or null: digits with at most `digits` decimals (a comma or a point).
    var minorOf = function (text) {
      var t = String(text || '').replace(/[\s\u00a0]/g, '').replace(',', '.');
      var m = /^(\d{1,12})(?:\.(\d*))?$/.exec(t);
      if (!m || (m[2] || '').length > digits) { return null; }
      var frac = (m[2] || '');
      while (frac.length < digits) { frac += '0'; }
      return Number(m[1] + frac);
    };
    var showTotal = function () {
      var tires = form.querySelector('input[name=mode][value=tires]').checked;
      var text = null;
      if (tires) {
        var n = /^\d{1,4}$/.test(tiresInput.value.trim()) ? Number(tiresInput.value.trim()) : 0;
        var opt = size.options[size.selectedIndex];
        if (n > 0 && opt) {
          var price = Number(opt.dataset.priceMinor);
          text = n + ' \u00d7 ' + money(price, currency, digits) + ' = ' + money(n * price, currency, digits);
        }
      } else {
        var minor = minorOf(amount.value);
        if (minor !== null && minor > 0) { text = money(minor, currency, digits); }
      }
      total.hidden = text === null;
      total.textContent = text === null ? '' : form.dataset.totalLabel + ' ' + text;
    };
    var sync = function () {
      var tires = form.querySelector('input[name=mode][value=tires]').checked;
      amount.closest('label').hidden = tires;
      document.getElementById('pledge-size-row').hidden = !tires;
      showTotal();
    };
    form.querySelectorAll('input[name=mode]').forEach(function (r) { r.addEventListener('change', sync); });
    [amount, size, tiresInput].forEach(function (e) { e.addEventListener('input', showTotal); e.addEventListener('change', showTotal); });
    sync();
    // after a refused pledge: bring the first field in error into view and put the cursor in it
    var bad = form.querySelector('[aria-invalid=true]');
    var errors = document.getElementById('pledge-errors');
    if (bad || errors) {
      var target = bad && !bad.closest('[hidden]') ? bad : (errors || bad);
      target.scrollIntoView({ block: 'center' });
      if (target.focus) { target.focus({ preventScroll: true }); }
    }
  }

  // Exact money text from minor units, without floating point.
  function money(minor, currency, digits) {
    var d = digits === undefined ? 2 : digits;
    var neg = minor < 0; var s = String(Math.abs(minor));
    while (s.length < d + 1) { s = '0' + s; }
    var whole = d > 0 ? s.slice(0, -d) : s, frac = d > 0 ? s.slice(-d) : '';
    var group = lang === 'ru' ? '\u00a0' : ',', point = lang === 'ru' ? ',' : '.';
    whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    return (neg ? '-' : '') + whole + (d > 0 ? point + frac : '') + '\u00a0' + (symbols[currency] || currency);
  }
  function set(id, text) { var e = document.getElementById(id); if (e && e.textContent !== text) { e.textContent = text; } }

  var url = page.dataset.progressUrl;
  function refresh() {
    fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.ok ? r.json() : null; }).then(function (p) {
      if (!p) { return; }
      set('raised', money(p.raisedMinor, p.currency, p.currencyDigits));
      set('goal', money(p.goalMinor, p.currency, p.currencyDigits));
      set('percent', p.percent + '%');
      set('donors', String(p.donors));
      set('days-left', String(p.daysLeft));
      set('tires-funded', p.tiresFunded + ' / ' + p.tiresTarget);
      set('pledged', p.pledgesOutstanding + ' \u00b7 ' + money(p.pledgedOutstandingMinor, p.currency, p.currencyDigits));
      var bar = document.getElementById('raised-bar'); if (bar) { bar.style.width = p.percent + '%'; }
      p.lines.forEach(function (l) {
        var row = document.querySelector('#sizes tr[data-line="' + l.lineNo + '"]');
        if (!row) { return; }
        row.querySelector('.meter-fill').style.width = l.percent + '%';
        row.querySelector('.meter').setAttribute('aria-valuenow', l.percent);
        row.querySelector('.funded').textContent = String(l.funded);
      });
    }).catch(function () { /* offline: keep what is shown */ });
  }
  var every = Number(page.dataset.refreshSeconds || 10) * 1000;
  setInterval(function () { if (!document.hidden) { refresh(); } }, every);
})();
