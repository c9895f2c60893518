// The briefing page's 复制全文: the whole text to the clipboard, the old way where the page is not a secure context.
(function () {
  var button = document.getElementById('briefing-copy');
  if (!button) { return; }
  button.addEventListener('click', function () {
    var area = document.getElementById('briefing-text');
    var done = function () { document.getElementById('briefing-copied').textContent = '已复制'; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(area.value).then(done);
    } else { // plain http
      area.hidden = false; area.select(); document.execCommand('copy'); area.hidden = true; done();
    }
  });
})();
