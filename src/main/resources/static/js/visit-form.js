// A leader's visit (走访): the body as the API takes it, with a clientId made once per form, so that pressing the button
// again records the visit once.
(function () {
  var form = document.getElementById('visit-form');
  if (!form) { return; }
  var list = form.querySelector('[data-problems-list]');
  var template = document.getElementById('problem-template');
  var clientId = window.crypto && crypto.randomUUID ? crypto.randomUUID() : null;
  var choice = document.getElementById('visit-enterprise-choice');
  var enterprise = document.getElementById('visit-enterprise');

  choice.addEventListener('change', function () { enterprise.value = choice.value; });

  function number(input) {
    var value = input.value.trim();
    return value === '' ? undefined : (/^\d+$/.test(value) ? Number(value) : value);
  }

  function body() {
    var out = { date: form.querySelector('[name=date]').value || undefined,
      leaderIds: Array.prototype.map.call(form.querySelectorAll('input[name=leaderIds]:checked'), function (i) { return Number(i.value); }),
      enterpriseId: number(enterprise), projectId: number(document.getElementById('visit-project')),
      notes: form.querySelector('[name=notes]').value.trim() || undefined, problems: [] };
    if (clientId) { out.clientId = clientId; }
    list.querySelectorAll('.problem').forEach(function (row) {
      var p = { description: row.querySelector('[data-field=description]').value.trim(),
        hard: row.querySelector('[data-field=hard]').checked };
      var category = row.querySelector('[data-field=category]').value.trim();
      if (category !== '') { p.category = category; }
      out.problems.push(p);
    });
    return out;
  }

  document.getElementById('add-problem').addEventListener('click', function () {
    var row = template.content.firstElementChild.cloneNode(true);
    var i = list.querySelectorAll('.problem').length;
    row.querySelectorAll('[data-slot]').forEach(function (slot) {
      slot.setAttribute('data-error-for', 'problems[' + i + '].' + slot.getAttribute('data-slot'));
    });
    list.appendChild(row);
    row.querySelector('textarea').focus();
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    Api.post('/api/v1/leader-visits', body()).then(function (result) {
      window.location.href = '/enterprise-service/visits/' + result.body.id;
    }).catch(function (failure) {
      FormProblems.show(form, failure, failure.result && failure.result.status !== 400 ? failure.message : null);
    }).then(function () { button.disabled = false; });
  });
})();
