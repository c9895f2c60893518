// A measure's complete action: its evidence note POSTed to the API with the version the page was read at; the API's
// reasons show beside the note, a change made meanwhile (412) or a measure already done (409) at the top.
(function () {
  var form = document.getElementById('measure-complete');
  if (!form) { return; }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    var note = form.querySelector('[name="evidenceNote"]').value.trim();
    Api.post(form.getAttribute('data-api'), { evidenceNote: note }, { 'If-Match': '"' + form.getAttribute('data-version') + '"' })
      .then(function () { window.location.reload(); })
      .catch(function (failure) {
        var status = failure.result && failure.result.status;
        FormProblems.show(form, failure, status === 412 ? '这项措施已被他人修改：请刷新页面后重试' : null);
      }).then(function () { button.disabled = false; });
  });
})();
