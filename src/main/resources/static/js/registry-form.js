// A registry record's form (企业, 场所, 人员, 项目): every field is named by its path in the API's JSON
// (name="union.members") and typed by data-type (number, boolean; list for a group of checkboxes; lines for a textarea
// sent as a list of its non-blank lines), a blank field is
// left out (sent as null if marked data-blank-null: a value to remove rather than keep). A new record is POSTed, an edit PUT with If-Match = the version it was read at, so an edit made meanwhile
// by someone else is refused (412) instead of overwritten. The API checks every field; its reasons show beside them.
(function () {
  var form = document.querySelector('form[data-registry-form]');
  if (!form) { return; }
  var api = form.getAttribute('data-api');
  var id = form.getAttribute('data-id');
  var version = form.getAttribute('data-version');
  var page = form.getAttribute('data-page');

  function set(target, path, value) {
    var parts = path.split('.');
    var node = target;
    parts.slice(0, -1).forEach(function (p) { node = node[p] = node[p] || {}; });
    node[parts[parts.length - 1]] = value;
  }

  function body() {
    var out = {};
    var lists = {};
    form.querySelectorAll('[name]').forEach(function (field) {
      var type = field.getAttribute('data-type') || 'text';
      if (type === 'list') {
        lists[field.name] = lists[field.name] || [];
        if (field.checked) { lists[field.name].push(field.value); }
        return;
      }
      if (type === 'boolean') { set(out, field.name, field.checked); return; }
      if (type === 'lines') {
        set(out, field.name, field.value.split('\n').map(function (l) { return l.trim(); }).filter(function (l) { return l !== ''; }));
        return;
      }
      var value = field.value.trim();
      if (value === '') {
        if (field.hasAttribute('data-blank-null')) { set(out, field.name, null); }
        return;
      }
      set(out, field.name, type === 'number' ? Number(value) : value);
    });
    Object.keys(lists).forEach(function (path) { set(out, path, lists[path]); });
    return out;
  }

  function showWarnings(saved) {
    var box = form.querySelector('[data-warnings]');
    box.textContent = '';
    saved.warnings.forEach(function (w) { box.appendChild(el('li', { text: w })); });
    box.appendChild(el('li', {}, [el('a', { href: page + '/' + saved.id, text: '已保存，查看' })]));
    box.hidden = false;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    var sent = id ? Api.put(api + '/' + id, body(), { 'If-Match': '"' + version + '"' }) : Api.post(api, body());
    sent.then(function (result) {
      var saved = result.body;
      if (saved.warnings && saved.warnings.length) {
        FormProblems.clear(form);
        showWarnings(saved);
        return;
      }
      window.location.href = page + '/' + saved.id;
    }).catch(function (failure) {
      var status = failure.result && failure.result.status;
      FormProblems.show(form, failure, status === 412 ? '这条记录已被他人修改：请刷新页面，在最新内容上重新修改'
        : status === 409 ? failure.message : null);
    }).then(function () { button.disabled = false; });
  });
})();
