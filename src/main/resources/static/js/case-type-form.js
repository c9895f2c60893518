// The 系统管理员's case type form: a new type is POSTed, an edited one PUT with If-Match = the version it was read at,
// so an edit made meanwhile by someone else is refused (412) rather than overwritten. The API checks every field and
// names each bad one; its reasons are shown next to the fields.
(function () {
  var form = document.getElementById('case-type-form');
  if (!form) { return; }
  var code = form.getAttribute('data-code');
  var rows = document.getElementById('severity-rows');
  var etag = null;

  function input(id) { return document.getElementById(id); }

  function field(label, control, key) {
    return el('label', {}, [label, control, el('span', { 'class': 'field-error', 'data-error-key': key })]);
  }

  function severityRow(s) {
    var notify = el('input', { type: 'checkbox', 'class': 'severity-notify' });
    notify.checked = !!s.notifyLeaders;
    var plan = el('input', { type: 'checkbox', 'class': 'severity-plan' });
    plan.checked = !!s.requiresPlan;
    var row = el('div', { 'class': 'severity-row' }, [
      field('等级编码', el('input', { 'class': 'severity-code', maxlength: '40', autocapitalize: 'off', spellcheck: 'false' }), 'code'),
      field('等级名称', el('input', { 'class': 'severity-name', maxlength: '50' }), 'name'),
      field('处置时限（工作日）', el('input', { 'class': 'severity-days', type: 'number', step: '1', inputmode: 'numeric' }), 'deadlineDays'),
      el('label', { 'class': 'check' }, [notify, '立案即告知领导', el('span', { 'class': 'field-error', 'data-error-key': 'notifyLeaders' })]),
      el('label', { 'class': 'check' }, [plan, '处置前须制定治理方案（五落实）', el('span', { 'class': 'field-error', 'data-error-key': 'requiresPlan' })]),
      el('button', { type: 'button', 'class': 'small secondary remove-severity', text: '删除此等级' })
    ]);
    row.querySelector('.severity-code').value = s.code || '';
    row.querySelector('.severity-name').value = s.name || '';
    row.querySelector('.severity-days').value = s.deadlineDays === undefined || s.deadlineDays === null ? '' : s.deadlineDays;
    return row;
  }

  // the API names a severity's field by its position (severities[1].deadlineDays): the slots follow the rows' order
  function reindex() {
    Array.prototype.forEach.call(rows.children, function (row, i) {
      row.querySelectorAll('[data-error-key]').forEach(function (slot) {
        slot.setAttribute('data-error-for', 'severities[' + i + '].' + slot.getAttribute('data-error-key'));
      });
    });
  }

  function fill(type) {
    input('type-code').value = type.code || '';
    input('type-name').value = type.name || '';
    input('type-category').value = type.category || '';
    input('type-responsibility').value = type.responsibility || '';
    input('type-verification').checked = !!type.verificationRequired;
    input('type-remind').value = type.remindShare === null || type.remindShare === undefined ? '' : type.remindShare;
    input('type-supervise').value = type.superviseAfterDays === null || type.superviseAfterDays === undefined ? '' : type.superviseAfterDays;
    rows.textContent = '';
    (type.severities || []).forEach(function (s) { rows.appendChild(severityRow(s)); });
    reindex();
  }

  function body() {
    return {
      name: input('type-name').value,
      category: input('type-category').value,
      responsibility: input('type-responsibility').value || null,
      verificationRequired: input('type-verification').checked,
      remindShare: numberOf(input('type-remind')),
      superviseAfterDays: numberOf(input('type-supervise')),
      severities: Array.prototype.map.call(rows.children, function (row) {
        return {
          code: row.querySelector('.severity-code').value,
          name: row.querySelector('.severity-name').value,
          deadlineDays: numberOf(row.querySelector('.severity-days')),
          notifyLeaders: row.querySelector('.severity-notify').checked,
          requiresPlan: row.querySelector('.severity-plan').checked
        };
      })
    };
  }

  function stale(failure) {
    var status = failure.result && failure.result.status;
    return status === 412 || (failure.result && failure.result.body && failure.result.body.code === 'VERSION_MISMATCH');
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    FormProblems.clear(form);
    var button = document.getElementById('save-case-type');
    button.disabled = true;
    var sent = code ? Api.put('/api/v1/case-types/' + encodeURIComponent(code), body(), { 'If-Match': etag })
      : Api.post('/api/v1/case-types', Object.assign({ code: input('type-code').value }, body()));
    sent.then(function (answer) {
      window.location.href = '/admin/case-types?saved=' + encodeURIComponent(answer.body.code);
    }).catch(function (failure) {
      if (stale(failure)) {
        FormProblems.show(form, failure, '已被他人修改，请刷新后重试');
        document.getElementById('case-type-problems').appendChild(el('li', {}, [
          el('a', { href: window.location.pathname, id: 'case-type-reload', text: '刷新，载入最新版本' }), '（本页未保存的修改将放弃）']));
      } else {
        FormProblems.show(form, failure);
      }
      button.disabled = false;
    });
  });

  document.getElementById('add-severity').addEventListener('click', function () {
    rows.appendChild(severityRow({}));
    reindex();
    rows.lastChild.querySelector('.severity-code').focus();
  });

  rows.addEventListener('click', function (event) {
    var remove = event.target.closest('.remove-severity');
    if (remove) {
      rows.removeChild(remove.closest('.severity-row'));
      reindex();
    }
  });

  // the categories in use, offered as the administrator types one
  Api.get('/api/v1/case-types').then(function (answer) {
    var list = document.getElementById('type-categories');
    answer.items.map(function (t) { return t.category; }).filter(function (c, i, all) { return all.indexOf(c) === i; })
      .forEach(function (c) { list.appendChild(el('option', { value: c })); });
  }).catch(function () { /* only a convenience */ });

  if (code) {
    Api.read('/api/v1/case-types/' + encodeURIComponent(code)).then(function (answer) {
      etag = answer.etag;
      fill(answer.body);
      var version = document.getElementById('case-type-version');
      version.textContent = '版本 ' + answer.body.version + '（保存时若已被他人修改，将提示刷新）';
      version.hidden = false;
    }).catch(function (failure) { FormProblems.show(form, failure, '事项类型加载失败：' + failure.message); });
  } else {
    fill({ verificationRequired: true, remindShare: 0.8, superviseAfterDays: 3,
      severities: [{ code: 'general', name: '一般', deadlineDays: 5, notifyLeaders: false }] });
  }
})();
