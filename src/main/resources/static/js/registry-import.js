// A registry's Excel import page (企业, 场所, 人员, 项目): the chosen file is first checked only (dryRun), and the page
// shows what an import would do — rows to register, to update, unchanged — or every refused row with its column and
// reason, as a table and as a downloadable sheet. Only then does 确认导入 send the same file again to be written: all
// rows, or with some refused, the clean ones alone (mode=valid).
(function () {
  var form = document.getElementById('import-form');
  if (!form) { return; }
  var api = form.getAttribute('data-api');
  var fileInput = document.getElementById('import-file');
  var result = document.getElementById('import-result');
  var confirmAll = document.getElementById('import-confirm');
  var confirmValid = document.getElementById('import-confirm-valid');
  var errorsLink = document.getElementById('import-errors-download');

  function send(url, extra) {
    var data = new FormData();
    data.append('file', fileInput.files[0]);
    Object.keys(extra || {}).forEach(function (k) { data.append(k, extra[k]); });
    return Api.upload(url, data);
  }

  function showErrors(errors) {
    var table = document.getElementById('import-errors');
    var body = table.querySelector('tbody');
    body.textContent = '';
    errors.forEach(function (e) {
      var cut = (e.detail || '').indexOf('：');
      body.appendChild(el('tr', {}, [
        el('td', { 'data-label': '行', 'class': 'card-title', text: '第 ' + e.row + ' 行' }),
        el('td', { 'data-label': '列', text: e.column || '整行' }),
        el('td', { 'data-label': '原因', 'class': 'wrap import-reason', text: cut > 0 ? e.detail.slice(cut + 1) : e.detail }),
        el('td', { 'data-label': '错误代码', 'class': 'optional', text: e.code })
      ]));
    });
    table.hidden = errors.length === 0;
    errorsLink.hidden = errors.length === 0;
  }

  function show(summary, errors, ready) {
    document.getElementById('import-summary').textContent = summary;
    showErrors(errors);
    confirmAll.hidden = !(ready && errors.length === 0);
    confirmValid.hidden = !(ready && errors.length > 0);
    result.classList.toggle('rejected', errors.length > 0);
    result.hidden = false;
    result.scrollIntoView({ block: 'nearest' });
  }

  function counts(r) {
    return '共 ' + r.rows + ' 行：新登记 ' + r.created + ' 条，更新 ' + r.updated + ' 条，无变化 ' + r.unchanged + ' 条';
  }

  function failed(failure) {
    var body = failure.result && failure.result.body;
    if (body && body.code === 'IMPORT_REJECTED') {
      show('文件中有 ' + body.errors.length + ' 处错误，未写入任何数据。请修改后重新选择文件，或只导入无误的行。', body.errors, true);
    } else {
      show(failure.message, [], false);
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!fileInput.files.length) { show('请选择要导入的 Excel 文件（.xlsx）', [], false); return; }
    send(api, { dryRun: 'true' }).then(function (r) {
      show('检查通过，' + counts(r.body) + '。确认后写入。', r.body.errors, true);
    }).catch(failed);
  });

  function commit(mode) {
    return function () {
      send(api, { mode: mode }).then(function (r) {
        show('导入完成，' + counts(r.body) + (r.body.errors.length ? '；以下各行未导入。' : '。'), r.body.errors, false);
        document.getElementById('import-done').hidden = false;
      }).catch(failed);
    };
  }
  confirmAll.addEventListener('click', commit('all'));
  confirmValid.addEventListener('click', commit('valid'));

  errorsLink.addEventListener('click', function () {
    var data = new FormData();
    data.append('file', fileInput.files[0]);
    fetch(api + '/errors.xlsx', { method: 'POST', body: data, credentials: 'same-origin', headers: csrf() })
      .then(function (response) { return response.blob(); })
      .then(function (blob) {
        var link = el('a', { href: URL.createObjectURL(blob), download: '导入错误清单.xlsx' });
        document.body.appendChild(link);
        link.click();
        link.remove();
      });
  });

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }
})();
