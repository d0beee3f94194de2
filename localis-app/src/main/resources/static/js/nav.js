// Navigation: on narrow screens the menu collapses behind a "Menu" button (without this script it stays open,
// wrapped); the "More" menu closes on a click elsewhere or Escape.
(function () {
  function init() {
    var toggle = document.getElementById('menu-toggle');
    var panel = document.getElementById('navpanel');
    if (!toggle || !panel) { return; }
    toggle.closest('.topbar').classList.add('collapsible');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var open = panel.classList.toggle('open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    function closeMenus(except) {
      document.querySelectorAll('details.navmore[open]').forEach(function (d) {
        if (!except || !d.contains(except)) { d.removeAttribute('open'); }
      });
    }
    document.addEventListener('click', function (e) { closeMenus(e.target); });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { closeMenus(null); } });
    // a table wider than a phone scrolls inside its own box: make that box reachable by keyboard
    var scrollable = function () {
      document.querySelectorAll('table.table, .table-scroll').forEach(function (t) {
        if (t.scrollWidth > t.clientWidth + 1) { t.setAttribute('tabindex', '0'); }
      });
    };
    scrollable();
    window.addEventListener('resize', scrollable);
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
