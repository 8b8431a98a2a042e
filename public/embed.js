// Fits the height of every frame of the Istanbul talks record on this page to its content. Optional: without it a
// frame keeps its height and scrolls inside. Include once, anywhere: <script src="<the record's address>/embed.js" async>
// It trusts only messages from the record's own origin (where this script was loaded from) and only from one of this
// page's frames, and reads nothing but a height in pixels. See docs/embedding.md in the record's repository.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'istanbul-talks:embed-height' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      // Bounded, so a broken frame cannot make the article miles long.
      frames[i].style.height = Math.round(Math.min(Math.max(data.height, 200), 4000)) + 'px';
    }
  });
})();
