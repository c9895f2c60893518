// The 系统管理员's page of the registries' catalogues (/admin/registry-catalogues): each catalogue's table, a form that
// adds an entry (POST), a form that edits the entry chosen in the table (PUT: name, position and the catalogue's own
// fields) and a button that retires (停用) or restores it. The API checks everything; its reasons show beside the fields,
// and a saved change reloads the page, which then says what was saved.
(function () {
  var sections = document.querySelectorAll('[data-catalogue]');
  if (!sections.length) { return; }

  // The form's fields as the API takes them: a box is true or false, a number a number (empty: null, which the API
  // names as missing), a text trimmed; an add form leaves empty texts out (optional ones take their defaults).
  function fields(form, leaveOutEmpty) {
    var body = {};
    form.querySelectorAll('input[name], select[name]').forEach(function (input) {
      if (input.type === 'checkbox') {
        body[input.name] = input.checked;
      } else if (input.type === 'number') {
        body[input.name] = numberOf(input);
      } else if (!leaveOutEmpty || input.value.trim() !== '') {
        body[input.name] = input.value.trim();
      }
    });
    return body;
  }

  function savedAt(section, code) {
    var url = new URL(window.location.href);
    url.search = '?saved=' + encodeURIComponent(section.id + ':' + code);
    url.hash = '';
    if (url.toString() === window.location.href) { window.location.reload(); } else { window.location.assign(url.toString()); }
  }

  function submitting(form, send) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      send().catch(function (failure) {
        FormProblems.show(form, failure, null);
        button.disabled = false;
      });
    });
  }

  sections.forEach(function (section) {
    var api = section.getAttribute('data-api');
    var addForm = section.querySelector('[data-add-form]');
    var editForm = section.querySelector('[data-edit-form]');
    var error = section.querySelector('[data-catalogue-error]');

    submitting(addForm, function () {
      var body = fields(addForm, true);
      return Api.post(api, body).then(function (r) { savedAt(section, r.body.code); });
    });

    submitting(editForm, function () {
      var code = editForm.getAttribute('data-code');
      return Api.put(api + '/' + encodeURIComponent(code), fields(editForm, false)).then(function () { savedAt(section, code); });
    });

    editForm.querySelector('[data-cancel]').addEventListener('click', function () {
      FormProblems.clear(editForm);
      editForm.hidden = true;
    });

    section.querySelectorAll('tr[data-code]').forEach(function (row) {
      row.querySelector('[data-edit]').addEventListener('click', function () {
        FormProblems.clear(editForm);
        editForm.setAttribute('data-code', row.dataset.code);
        editForm.querySelector('[data-edit-title]').textContent = '修改：' + row.dataset.name + '（' + row.dataset.code + '）';
        editForm.querySelectorAll('input[name]').forEach(function (input) {
          var value = row.dataset[input.name];
          if (input.type === 'checkbox') { input.checked = value === 'true'; } else { input.value = value === undefined ? '' : value; }
        });
        editForm.hidden = false;
        editForm.scrollIntoView({ block: 'nearest' });
        editForm.querySelector('input[name="name"]').focus();
      });
      row.querySelector('[data-retire]').addEventListener('click', function (event) {
        var button = event.currentTarget;
        button.disabled = true;
        error.hidden = true;
        Api.put(api + '/' + encodeURIComponent(row.dataset.code), { retired: row.dataset.retired !== 'true' }).then(function () {
          savedAt(section, row.dataset.code);
        }).catch(function (failure) {
          error.textContent = '未能' + button.textContent + '“' + row.dataset.name + '”：' + failure.message;
          error.hidden = false;
          button.disabled = false;
        });
      });
    });
  });

  // back from a change: say what was saved, and mark its row
  var saved = new URLSearchParams(window.location.search).get('saved');
  if (saved && saved.indexOf(':') > 0) {
    var section = document.getElementById(saved.slice(0, saved.indexOf(':')));
    var code = saved.slice(saved.indexOf(':') + 1);
    var row = section && Array.prototype.find.call(section.querySelectorAll('tr[data-code]'), function (r) { return r.dataset.code === code; });
    if (row) {
      row.classList.add('highlight');
      row.scrollIntoView({ block: 'center' });
      var message = document.getElementById('catalogue-message');
      message.textContent = '已保存“' + row.dataset.name + '”（' + code + '）：' + (row.dataset.retired === 'true' ? '已停用' : '在用');
      message.hidden = false;
    }
  }
})();
