// The 治理方案 (五落实: 责任、措施、资金、时限、预案) of a case whose severity needs one (重大隐患): shown to everyone who sees
// the case, written or rewritten by the unit's handlers while the case is in their hands (PUT with the version it was
// read at, so two of them never overwrite each other). The API refuses to handle the case until it exists.
var CasePlan = (function () {
  var FIELDS = [['responsibility', '责任（责任单位和责任人）', 'text'], ['measures', '治理措施', 'textarea'], ['funds', '治理资金（万元）', 'number'],
    ['deadline', '治理时限', 'date'], ['contingency', '应急预案（治理期间的安全措施）', 'textarea']];

  function render(c, reload) {
    var box = document.getElementById('case-plan');
    box.innerHTML = '';
    box.hidden = !c.planRequired;
    if (!c.planRequired) { return; }
    Api.read('/api/v1/cases/' + c.id + '/plan').then(function (r) {
      show(box, c, r.body, r.etag, reload);
    }).catch(function (failure) {
      if (failure.result && failure.result.status === 404) { show(box, c, null, null, reload); } else { box.textContent = failure.message; }
    });
  }

  function show(box, c, plan, etag, reload) {
    box.appendChild(el('h2', { text: '治理方案（五落实）' }));
    if (plan) {
      var table = el('table', { 'class': 'pairs', id: 'plan-details' });
      [['责任', plan.responsibility], ['措施', plan.measures], ['资金', plan.funds + ' 万元'], ['时限', plan.deadline], ['预案', plan.contingency],
        ['制定', plan.writtenByName + ' · ' + formatTime(plan.writtenAt)]].forEach(function (r) {
        table.appendChild(el('tr', {}, [el('th', { text: r[0] }), el('td', { 'class': 'wrap', text: r[1] })]));
      });
      box.appendChild(table);
    } else {
      box.appendChild(el('p', { 'class': 'error', id: 'plan-missing', text: '尚未制定治理方案：重大隐患须先制定治理方案，才能办结处置。' }));
    }
    if (c.allowedActions.indexOf('handle') < 0) { return; }
    // a written plan stays in view; rewriting it is one tap away
    box.appendChild(plan ? el('details', {}, [el('summary', { text: '修改治理方案' }), form(c, plan, etag, reload)]) : form(c, plan, etag, reload));
  }

  function form(c, plan, etag, reload) {
    var f = el('form', { id: 'plan-form', 'class': 'stack', novalidate: 'novalidate' }, [el('ul', { 'class': 'error', 'data-problems': '', hidden: 'hidden' })]);
    FIELDS.forEach(function (d) {
      var input = d[2] === 'textarea' ? el('textarea', { name: d[0], rows: '3' })
        : el('input', d[2] === 'number' ? { name: d[0], type: 'number', step: '0.01', min: '0', inputmode: 'decimal' } : { name: d[0], type: d[2] });
      input.value = plan && plan[d[0]] !== null && plan[d[0]] !== undefined ? plan[d[0]] : '';
      f.appendChild(el('label', {}, [d[1] + ' ', input, el('span', { 'class': 'field-error', 'data-error-for': d[0] })]));
    });
    f.appendChild(el('button', { type: 'submit', id: 'save-plan', text: plan ? '修改治理方案' : '保存治理方案' }));
    f.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = {};
      FIELDS.forEach(function (d) {
        var v = f.elements[d[0]].value.trim();
        if (v !== '') { body[d[0]] = d[2] === 'number' ? Number(v) : v; }
      });
      Api.put('/api/v1/cases/' + c.id + '/plan', body, etag ? { 'If-Match': etag } : {}).then(reload)
        .catch(function (failure) { FormProblems.show(f, failure, null); });
    });
    return f;
  }

  return { render: render };
})();
