// A project's progress note (项目进展), written on its page: the date and text go to the API, which checks them
// (not after today, not empty); its reasons show beside the fields. The chosen photos are uploaded to the saved note one
// by one, and the page reloads to show it. A photo the server refuses leaves the note saved: the reason is shown after
// the reload, and the note's own "添加照片" takes further photos.
(function () {
  var MAX_BYTES = 5 * 1024 * 1024;
  var NOTICE = 'progress-notice';
  var form = document.getElementById('progress-form');
  if (!form) { return; }
  var api = form.getAttribute('data-api');

  function problems(lines) {
    var list = form.querySelector('[data-problems]');
    list.textContent = '';
    lines.forEach(function (line) {
      var item = document.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    });
    list.hidden = lines.length === 0;
  }

  // the server decides (it decodes every photo); this only spares a long upload that is bound to be refused
  function refusal(file) {
    if (file.type !== 'image/jpeg' && file.type !== 'image/png') { return file.name + '：只能上传 JPEG 或 PNG 格式照片'; }
    if (file.size > MAX_BYTES) { return file.name + '：照片不能超过 5MB'; }
    return null;
  }

  // uploads the files in turn; answers the reasons of those refused
  function upload(url, files) {
    var refused = [];
    return files.reduce(function (chain, file) {
      return chain.then(function () {
        var data = new FormData();
        data.append('file', file);
        return Api.upload(url, data).catch(function (failure) { refused.push(file.name + '：' + failure.message); });
      });
    }, Promise.resolve()).then(function () { return refused; });
  }

  var notice = sessionStorage.getItem(NOTICE);
  if (notice) {
    sessionStorage.removeItem(NOTICE);
    problems(JSON.parse(notice));
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var files = Array.prototype.slice.call(form.querySelector('[name="photos"]').files);
    var wrong = files.map(refusal).filter(Boolean);
    var slot = form.querySelector('[data-error-for="photos"]');
    slot.textContent = wrong.join('；');
    if (wrong.length) { return; }
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    var body = {};
    var date = form.querySelector('[name="date"]').value.trim();
    var text = form.querySelector('[name="text"]').value.trim();
    if (date) { body.date = date; }
    if (text) { body.text = text; }
    Api.post(api, body).then(function (saved) {
      return upload(api + '/' + saved.body.id + '/photos', files).then(function (refused) {
        if (refused.length) {
          sessionStorage.setItem(NOTICE, JSON.stringify(['进展已保存，但有 ' + refused.length + ' 张照片未上传（可在该条进展下“添加照片”）：'].concat(refused)));
        }
        window.location.reload();
      });
    }).catch(function (failure) {
      FormProblems.show(form, failure, null);
      button.disabled = false;
    });
  });

  document.querySelectorAll('#progress input[type="file"][data-api]').forEach(function (input) {
    input.addEventListener('change', function () {
      var files = Array.prototype.slice.call(input.files);
      var slot = input.closest('td').querySelector('[data-photo-error]');
      var wrong = files.map(refusal).filter(Boolean);
      slot.textContent = wrong.join('；');
      if (wrong.length || !files.length) { return; }
      input.disabled = true;
      upload(input.getAttribute('data-api'), files).then(function (refused) {
        if (refused.length) {
          slot.textContent = refused.join('；');
          input.disabled = false;
          input.value = '';
        } else {
          window.location.reload();
        }
      });
    });
  });
})();
