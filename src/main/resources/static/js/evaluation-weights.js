// The 系统管理员's evaluation settings: one form per object kind, filled from GET /api/v1/evaluation-weights and sent
// whole with PUT /api/v1/evaluation-weights/{object} (it replaces them all); the API names each bad field.
(function () {
  var forms = document.querySelectorAll('form.weights-form');
  if (forms.length === 0) { return; }

  function formOf(object) {
    return Array.prototype.find.call(forms, function (f) { return f.getAttribute('data-object') === object; });
  }

  function weightInputs(form) { return form.querySelectorAll('input[data-weight]'); }

  // the weights are relative: their sum, to read each as a share
  function showSum(form) {
    var sum = 0;
    weightInputs(form).forEach(function (input) { sum += Number(input.value) || 0; });
    form.querySelector('[data-weight-sum]').textContent = String(Math.round(sum * 100) / 100);
  }

  function fill(form, settings) {
    weightInputs(form).forEach(function (input) {
      var w = settings.weights[input.getAttribute('data-weight')];
      input.value = w === undefined || w === null ? '' : w;
    });
    form.elements.namedItem('minimumSample').value = settings.minimumSample;
    form.elements.namedItem('observationWeight').value = settings.observationWeight;
    form.querySelector('[data-version]').textContent = '版本 ' + settings.version;
    form.dataset.loadedVersion = settings.version; // sent back as If-Match: a save over someone else's change is refused
    showSum(form);
  }

  forms.forEach(function (form) {
    form.addEventListener('input', function () { showSum(form); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      FormProblems.clear(form);
      var saved = form.querySelector('[data-saved]');
      saved.hidden = true;
      var weights = {};
      weightInputs(form).forEach(function (input) { weights[input.getAttribute('data-weight')] = numberOf(input); });
      var body = { weights: weights, minimumSample: numberOf(form.elements.namedItem('minimumSample')),
        observationWeight: numberOf(form.elements.namedItem('observationWeight')) };
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      Api.put('/api/v1/evaluation-weights/' + form.getAttribute('data-object'), body,
        { 'If-Match': '"' + form.dataset.loadedVersion + '"' }).then(function (answer) {
        fill(form, answer.body);
        saved.textContent = '已保存' + answer.body.label + '的考评设置';
        saved.hidden = false;
      }).catch(function (failure) { FormProblems.show(form, failure); })
        .finally(function () { button.disabled = false; });
    });
  });

  Api.get('/api/v1/evaluation-weights').then(function (answer) {
    answer.items.forEach(function (settings) {
      var form = formOf(settings.object);
      if (form) { fill(form, settings); }
    });
  }).catch(function (failure) {
    var error = document.getElementById('weights-error');
    error.textContent = '考评设置加载失败：' + failure.message;
    error.hidden = false;
  });
})();
