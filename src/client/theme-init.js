// Applies the reader's saved theme before the first paint. This is the one
// classic (blocking) script in <head>: a deferred script would let the page
// paint in the system theme first and then flip (a flash of the wrong theme).
// It is a file, not inline, so the Content-Security-Policy needs no
// 'unsafe-inline'. It also marks <html class="js"> so CSS can show controls
// that only work with JavaScript (copy buttons, theme select).
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('cn-theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) {
    // Storage can be blocked (privacy settings); the system theme applies.
  }
})();
