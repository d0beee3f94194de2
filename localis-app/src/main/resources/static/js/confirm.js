// Asks before an irreversible action. A form with data-confirm asks with that text before it is sent; with
// data-confirm-value as well, it asks only when the checked radio button (or the pressed button) has that value.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute && form.getAttribute('data-confirm');
  if (!question) { return; }
  var only = form.getAttribute('data-confirm-value');
  if (only) {
    var chosen = form.querySelector('input[type=radio]:checked');
    var pressed = event.submitter;
    var value = (pressed && pressed.value) || (chosen && chosen.value);
    if (value !== only) { return; }
  }
  if (!window.confirm(question)) { event.preventDefault(); }
}, true);
