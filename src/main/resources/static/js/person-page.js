// A person's page: 查看完整身份证号 / 查看完整电话 ask for a reason, then fetch the plain value from the audited endpoint
// (the reason goes with it; the viewer, the person and the reason are written to the audit trail before the value is
// answered) and show it in place of the mask — on the page only, never in its address, and not kept once the page is
// left. 隐藏 puts the mask back.
(function () {
  document.querySelectorAll('[data-plain-view]').forEach(function (view) {
    var open = view.querySelector('[data-plain-open]');
    var form = view.querySelector('[data-plain-form]');
    var reason = form.querySelector('input[name="reason"]');
    var error = form.querySelector('[data-plain-error]');
    var target = document.getElementById(view.getAttribute('data-target'));
    var masked = target.textContent;
    var label = open.textContent;
    var shown = false;

    open.addEventListener('click', function () {
      if (shown) {
        target.textContent = masked;
        shown = false;
        open.textContent = label;
        return;
      }
      form.hidden = !form.hidden;
      if (!form.hidden) { reason.focus(); }
    });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      error.textContent = '';
      var why = reason.value.trim();
      if (!why) { error.textContent = '请填写查看原因，它将记入审计日志'; reason.focus(); return; }
      var button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      Api.get(view.getAttribute('data-api') + '?reason=' + encodeURIComponent(why)).then(function (body) {
        target.textContent = body[view.getAttribute('data-key')];
        shown = true;
        form.hidden = true;
        reason.value = '';
        open.textContent = '隐藏';
      }).catch(function (failure) {
        error.textContent = failure.message;
      }).then(function () { button.disabled = false; });
    });
  });
})();
