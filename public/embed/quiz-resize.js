// Job Seeker Toolkit: optional companion to the embedded quiz. Resizes each quiz iframe on this page to the height
// of its content, so readers see one scroll bar. It only accepts messages that come from the quiz's own origin and
// from one of the quiz frames, shaped { type: 'jst-quiz:height', height: <number> }.
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;

  function quizFrames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (frame) {
      try {
        var url = new URL(frame.src, location.href);
        return url.origin === origin && url.pathname.indexOf('/embed/quiz/') === 0;
      } catch (_error) {
        return false;
      }
    });
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'jst-quiz:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 50 || height > 50000) return;
    quizFrames().forEach(function (frame) {
      if (frame.contentWindow !== event.source) return;
      frame.style.height = Math.ceil(height) + 'px';
      frame.setAttribute('height', String(Math.ceil(height)));
    });
  });

  // The frames may have reported their height before this script ran: ask them again.
  function ask() {
    quizFrames().forEach(function (frame) {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'jst-quiz:measure' }, origin);
    });
  }
  ask();
  quizFrames().forEach(function (frame) {
    frame.addEventListener('load', ask);
  });
})();
