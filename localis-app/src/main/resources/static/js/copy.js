// Copy buttons beside bank details: each copies its value (data-copy, or the text of the value before it).
(function () {
  var list = document.getElementById('bank-details');
  if (!list || !navigator.clipboard) { return; }
  var done = list.dataset.copied || 'Copied';
  list.querySelectorAll('button.copy').forEach(function (b) {
    b.hidden = false;
    var value = b.parentNode.querySelector('.copy-value');
    if (value) { b.setAttribute('aria-label', b.textContent + ': ' + value.textContent.trim()); }
    b.addEventListener('click', function () {
      var text = b.dataset.copy || (value ? value.textContent.trim() : '');
      var label = b.textContent;
      navigator.clipboard.writeText(text).then(function () {
        b.textContent = done;
        setTimeout(function () { b.textContent = label; }, 1500);
      });
    });
  });
})();
