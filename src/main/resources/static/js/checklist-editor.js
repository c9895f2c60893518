// The 系统管理员's checklist editor: the current version's items as rows to change, add and remove, saved with
// PUT /api/v1/checklists/{code} as a new version (the older versions stay as they are). The API checks every field and
// names each bad one (items[3].text); its reasons are shown next to the fields.
(function () {
  var form = document.getElementById('checklist-form');
  if (!form) { return; }
  var code = form.getAttribute('data-code');
  var version = Number(form.getAttribute('data-version'));
  var rows = document.getElementById('checklist-rows');
  var template = document.getElementById('checklist-row-template');

  // the API names an item's field by its position (items[1].text): the slots follow the rows' order
  function reindex() {
    Array.prototype.forEach.call(rows.children, function (row, i) {
      row.querySelectorAll('[data-error-key]').forEach(function (slot) {
        slot.setAttribute('data-error-for', 'items[' + i + '].' + slot.getAttribute('data-error-key'));
      });
    });
  }

  function body() {
    return {
      name: document.getElementById('checklist-name-input').value,
      items: Array.prototype.map.call(rows.children, function (row) {
        return {
          code: row.querySelector('.item-code').value.trim().toUpperCase(),
          text: row.querySelector('.item-text').value,
          basis: row.querySelector('.item-basis').value,
          major: row.querySelector('.item-major').checked
        };
      })
    };
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    FormProblems.clear(form);
    var button = document.getElementById('save-checklist');
    button.disabled = true;
    Api.put('/api/v1/checklists/' + encodeURIComponent(code), body()).then(function (answer) {
      if (answer.body.version === version) {
        var message = document.getElementById('checklist-message');
        message.textContent = '内容与现行的第 ' + version + ' 版相同，未生成新版本';
        message.hidden = false;
        button.disabled = false;
        return;
      }
      window.location.href = '/admin/checklists/' + encodeURIComponent(code) + '?saved=' + answer.body.version;
    }).catch(function (failure) {
      FormProblems.show(form, failure);
      button.disabled = false;
    });
  });

  document.getElementById('add-checklist-item').addEventListener('click', function () {
    rows.appendChild(template.content.firstElementChild.cloneNode(true));
    reindex();
    rows.lastElementChild.querySelector('.item-code').focus();
  });

  rows.addEventListener('click', function (event) {
    var remove = event.target.closest('.remove-checklist-item');
    if (remove) {
      rows.removeChild(remove.closest('tr'));
      reindex();
    }
  });

  reindex();
  // back from a save: say which version it wrote
  var saved = new URLSearchParams(window.location.search).get('saved');
  if (saved && Number(saved) === version) {
    var message = document.getElementById('checklist-message');
    message.textContent = '已保存为第 ' + version + ' 版；此前的版本仍可查看，已开展的检查按其所用版本记录';
    message.hidden = false;
  }
})();
