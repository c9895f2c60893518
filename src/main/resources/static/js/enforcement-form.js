// The enforcement pages' writes, each against the API: an action from the form (only the fields its kind takes), a
// candidate dismissed with its reason, an enterprise's restart request, a document uploaded. The API's reasons show
// beside the fields; a success opens the action or reloads the page.
(function () {
  var form = document.getElementById('enforcement-form');
  if (form) {
    var kind = form.querySelector('[name="kind"]');
    var showFor = function () {
      form.querySelectorAll('[data-kinds]').forEach(function (part) {
        part.hidden = part.getAttribute('data-kinds').split(' ').indexOf(kind.value) < 0;
      });
    };
    kind.addEventListener('change', showFor);
    showFor();
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      Api.post('/api/v1/enforcement-actions', body())
        .then(function (r) { window.location.href = '/enforcement/' + r.body.id; })
        .catch(function (failure) { FormProblems.show(form, failure); button.disabled = false; });
    });
  }

  function body() {
    var value = function (name) {
      var field = form.querySelector('[name="' + name + '"]');
      return field && !field.closest('[hidden]') && field.value.trim() ? field.value.trim() : null;
    };
    var b = { clientId: form.getAttribute('data-client-id') || newClientId(), kind: kind.value };
    var enterprise = form.getAttribute('data-enterprise');
    if (enterprise) { b.enterpriseId = Number(enterprise); }
    ['date', 'documentNumber', 'otherPenalties', 'deadline', 'note'].forEach(function (name) {
      if (value(name) !== null) { b[name] = value(name); }
    });
    if (value('fine') !== null) { b.fine = isNaN(Number(value('fine'))) ? value('fine') : Number(value('fine')); }
    if (value('targetId') !== null) { b.targetId = Number(value('targetId')); }
    var passed = form.querySelector('[name="passed"]:checked');
    if (passed && !passed.closest('[hidden]')) { b.passed = passed.value === 'true'; }
    var violations = form.querySelector('#action-violations');
    if (violations && !violations.hidden) {
      var description = violations.querySelector('[data-field="description"]').value.trim();
      var basis = violations.querySelector('[data-field="basis"]').value.trim();
      if (description || basis) {
        b.violations = [{ description: description, basis: basis, majorHazard: violations.querySelector('[data-field="majorHazard"]').checked }];
      }
    }
    var ticked = Array.prototype.map.call(form.querySelectorAll('[name="caseIds"]:checked'), function (c) { return Number(c.value); });
    var typed = (value('caseIdList') || '').split(/[,，\s]+/).filter(function (s) { return s; }).map(Number);
    if (ticked.length + typed.length) { b.caseIds = ticked.concat(typed); }
    return b;
  }

  // one id per filled-in form: a double tap or a retry after a lost answer is the same action
  function newClientId() {
    var id = crypto.randomUUID ? crypto.randomUUID() : 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, function () {
      return (Math.random() * 16 | 0).toString(16);
    });
    form.setAttribute('data-client-id', id);
    return id;
  }

  document.querySelectorAll('form.dismiss-candidate, #restart-request').forEach(function (f) {
    f.addEventListener('submit', function (event) {
      event.preventDefault();
      var b = {};
      f.querySelectorAll('input[name]').forEach(function (input) { if (input.value.trim()) { b[input.name] = input.value.trim(); } });
      Api.post(f.getAttribute('data-api'), b).then(function () { window.location.reload(); })
        .catch(function (failure) { FormProblems.show(f, failure); });
    });
  });

  var upload = document.getElementById('document-upload');
  if (upload) {
    upload.addEventListener('submit', function (event) {
      event.preventDefault();
      Api.upload(upload.getAttribute('data-api'), new FormData(upload)).then(function () { window.location.reload(); })
        .catch(function (failure) { FormProblems.show(upload, failure); });
    });
  }
})();
