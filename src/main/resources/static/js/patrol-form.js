// The round's form (巡查): the body as the API takes it, with a clientId made once per form, so that a resend — by the
// button again, or from the queue after the phone was offline — records the round once. A round that could not be
// sent (no network) waits in this browser's localStorage and is sent when the network is back.
(function () {
  var QUEUE = 'taizhang.patrol-queue';
  var form = document.getElementById('patrol-form');
  if (!form) { return; }
  var findings = form.querySelector('[data-findings]');
  var template = document.getElementById('finding-template');
  var clientId = uuid();

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function checked(name) {
    return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (i) { return Number(i.value); });
  }

  function text(name) {
    var value = form.querySelector('[name="' + name + '"]').value.trim();
    return value === '' ? undefined : value;
  }

  function body() {
    var out = { clientId: clientId, date: text('date'), kind: text('kind'), gridCode: form.getAttribute('data-grid'),
      staffIds: document.getElementById('patrol-me').checked ? [Number(form.getAttribute('data-me'))] : [],
      volunteerIds: checked('volunteerIds'), placeIds: checked('placeIds'), route: text('route'), seen: text('seen'), findings: [] };
    findings.querySelectorAll('.finding').forEach(function (row) {
      var f = { description: row.querySelector('[data-field=description]').value.trim(), type: row.querySelector('[data-field=type]').value };
      var place = row.querySelector('[data-field=placeId]').value;
      if (place !== '') { f.placeId = Number(place); }
      out.findings.push(f);
    });
    return out;
  }

  document.getElementById('add-finding').addEventListener('click', function () {
    var row = template.content.firstElementChild.cloneNode(true);
    var i = findings.querySelectorAll('.finding').length;
    row.querySelectorAll('[data-slot]').forEach(function (slot) {
      slot.setAttribute('data-error-for', 'findings[' + i + '].' + slot.getAttribute('data-slot'));
    });
    findings.appendChild(row);
    row.querySelector('textarea').focus();
  });

  function queued() { return JSON.parse(localStorage.getItem(QUEUE) || '[]'); }

  function showQueued() {
    var box = form.querySelector('[data-queued]');
    var n = queued().length;
    box.textContent = n ? '有 ' + n + ' 条巡查记录因网络不可用尚未提交，网络恢复后自动提交' : '';
    box.hidden = n === 0;
  }

  // Sends what waits; a refusal is dropped (its content cannot change here), a network failure waits for the next time.
  function flush() {
    queued().forEach(function (round) {
      Api.post('/api/v1/patrols', round).then(function () { remove(round.clientId); }).catch(function (failure) {
        if (failure.result) { remove(round.clientId); }
      });
    });
  }

  function remove(id) {
    localStorage.setItem(QUEUE, JSON.stringify(queued().filter(function (r) { return r.clientId !== id; })));
    showQueued();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    var round = body();
    Api.post('/api/v1/patrols', round).then(function (result) {
      window.location.href = '/patrols/' + result.body.id;
    }).catch(function (failure) {
      if (!failure.result) { // offline: keep it, send it later
        localStorage.setItem(QUEUE, JSON.stringify(queued().concat([round])));
        clientId = uuid();
        form.reset();
        findings.textContent = '';
        showQueued();
        return;
      }
      FormProblems.show(form, failure, failure.result.status === 409 ? failure.message : null);
    }).then(function () { button.disabled = false; });
  });

  window.addEventListener('online', flush);
  showQueued();
  if (navigator.onLine) { flush(); }
})();
