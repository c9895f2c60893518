// The inspector's visit page on a phone: the outing (date, group, fellow inspectors, campaign), then each enterprise
// visited — chosen from a list nearest first when the phone tells its position — with its checklist walked item by item
// (合格 / 不合格 with a note and a severity / 不适用), photos from the camera, other findings, and the re-inspection (复查)
// of the enterprise's handled hazards (整改到位 closes the case, 未整改到位 sends it back). 提交 records it with a
// fresh clientId and uploads the photos to the visits the answer names; without a connection it waits in OutingQueue
// and goes out when the connection returns (or the page is opened again).
(function () {
  var form = document.getElementById('visit-form');
  if (!form) { return; }
  var GROUP = 'taizhang.inspectionGroup';
  var MAX_BYTES = 5 * 1024 * 1024;
  var me = Number(form.dataset.me);
  var mySectors = (form.dataset.mySectors || '').split(',').filter(Boolean);
  var position = null;
  var checklists = [];          // the current checklists, without items
  var cards = [];               // the visits on the form, in order
  var replaces = null;          // the clientId of a refused outing being corrected here

  function newUuid() {
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function metres(a, b) {
    var r = Math.PI / 180, dLat = (b.lat - a.lat) * r, dLng = (b.lng - a.lng) * r;
    var h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.pow(Math.sin(dLng / 2), 2);
    return 2 * 6371000 * Math.asin(Math.sqrt(h));
  }

  function distanceText(e) {
    if (!position) { return ''; }
    if (!e.location) { return '未标注位置'; }
    var m = metres(position, e.location);
    return m < 1000 ? '约 ' + Math.round(m) + ' 米' : '约 ' + (m / 1000).toFixed(1) + ' 公里';
  }

  function slot(name) { return el('span', { 'class': 'error', 'data-slot': name }); }

  // --- the enterprise of a visit ---------------------------------------------------------------------------------------
  function search(card) {
    var q = card.search.value.trim();
    var url = '/api/v1/enterprises?size=20&status=active' + (q ? '&q=' + encodeURIComponent(q) : '')
      + (position ? '&near=' + position.lat.toFixed(6) + ',' + position.lng.toFixed(6) : '&sort=name');
    card.hint.textContent = position ? '按与当前位置的距离排列' : '按名称排列（未能定位）';
    var asked = card.asked = (card.asked || 0) + 1;
    Api.get(url).then(function (page) {
      if (asked !== card.asked) { return; } // a later search's answer shows instead
      card.choices.textContent = '';
      if (!page.items.length) { card.choices.appendChild(el('li', { 'class': 'muted', text: '没有找到企业' })); }
      page.items.forEach(function (e) {
        var button = el('button', { type: 'button', 'class': 'enterprise-choice', 'data-id': e.id },
          [el('strong', { text: e.name }), ' ', el('span', { 'class': 'muted', text: distanceText(e) }),
            e.coerced ? el('span', { 'class': 'pill coerced', text: e.coerced.label }) : '', el('br'),
            el('small', { 'class': 'muted', text: e.address || '' })]);
        button.addEventListener('click', function () { choose(card, { id: e.id, name: e.name, sectors: e.sectors.map(function (s) { return s.code; }) }); });
        card.choices.appendChild(el('li', {}, [button]));
      });
    }).catch(function (failure) { card.hint.textContent = failure.result ? failure.message : '网络不可用，无法列出企业'; });
  }

  function defaultChecklist(sectors) {
    var known = function (code) { return checklists.some(function (c) { return c.code === code; }); };
    var mine = sectors.filter(function (s) { return (mySectors.length === 0 || mySectors.indexOf(s) >= 0) && known(s); });
    var any = sectors.filter(known);
    return mine[0] || any[0] || (checklists[0] && checklists[0].code) || '';
  }

  function choose(card, enterprise, checklist) {
    card.enterprise = enterprise;
    card.picker.hidden = true;
    card.chosen.hidden = false;
    card.chosenName.textContent = enterprise.name;
    card.checklist.value = checklist || defaultChecklist(enterprise.sectors || []);
    return Promise.all([loadItems(card), loadRechecks(card)]);
  }

  // --- 复查: the handled hazards of the enterprise, each given a verdict or left alone ---------------------------------------
  function setVerdict(node, result) {
    node.dataset.result = node.dataset.result === result ? '' : result; // a second tap takes the verdict back
    node.querySelectorAll('.results button').forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.result === node.dataset.result)); });
    node.querySelector('.fail-details').hidden = node.dataset.result !== 'unrectified';
  }

  function recheckCard(due) {
    var buttons = [['rectified', '整改到位'], ['unrectified', '未整改到位']].map(function (r) {
      return el('button', { type: 'button', 'class': r[0] === 'rectified' ? 'pass' : 'fail', 'data-result': r[0], 'aria-pressed': 'false', text: r[1] });
    });
    var node = el('div', { 'class': 'check-item recheck', 'data-case': String(due.caseId) }, [
      el('div', { 'class': 'wrap' }, [el('strong', { text: '复查 ' + due.number + '：' }), due.description]),
      el('div', { 'class': 'muted wrap', text: '处置情况：' + (due.handledNote || '（未填写）') }),
      el('div', { 'class': 'results' }, buttons), slot('caseId'), slot('result'),
      el('div', { 'class': 'fail-details stack', hidden: 'hidden' }, [
        el('label', {}, ['复查发现的问题（必填） ', el('textarea', { 'class': 'note', rows: '2', maxlength: '500' }), slot('note')])])]);
    buttons.forEach(function (b) { b.addEventListener('click', function () { setVerdict(node, b.dataset.result); }); });
    return node;
  }

  function loadRechecks(card) {
    card.rechecks.textContent = '';
    card.rechecks.hidden = true;
    return Api.get('/api/v1/inspections/rechecks?enterpriseId=' + card.enterprise.id).then(function (answer) {
      if (!answer.items.length) { return; }
      card.rechecks.appendChild(el('h3', { text: '待复查的隐患（' + answer.items.length + ' 项）' }));
      answer.items.forEach(function (due) { card.rechecks.appendChild(recheckCard(due)); });
      card.rechecks.hidden = false;
    }).catch(function () { /* offline: no re-inspection this time */ });
  }

  // --- the checklist's items -------------------------------------------------------------------------------------------
  function setResult(item, result) {
    item.dataset.result = result;
    item.querySelectorAll('.results button').forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.result === result)); });
    item.querySelector('.fail-details').hidden = result !== 'fail';
  }

  function photoInput(card, key) {
    var count = el('span', { 'class': 'muted photo-count' });
    var input = el('input', { type: 'file', accept: 'image/jpeg,image/png', capture: 'environment', multiple: 'multiple', 'class': 'photo-input' });
    input.addEventListener('change', function () {
      var wrong = [];
      Array.prototype.forEach.call(input.files, function (f) {
        if ((f.type !== 'image/jpeg' && f.type !== 'image/png') || f.size > MAX_BYTES) { wrong.push(f.name); return; }
        (card.photos[key] = card.photos[key] || []).push(f);
      });
      input.value = '';
      count.textContent = (card.photos[key] || []).length ? '已选 ' + card.photos[key].length + ' 张' : '';
      if (wrong.length) { count.textContent += '（' + wrong.join('、') + '：只能是 5MB 以内的 JPEG 或 PNG 照片）'; }
    });
    return { input: input, count: count, refresh: function () { count.textContent = (card.photos[key] || []).length ? '已选 ' + card.photos[key].length + ' 张' : ''; } };
  }

  function itemCard(card, item, index) {
    var buttons = [['pass', '合格'], ['fail', '不合格'], ['na', '不适用']].map(function (r) {
      return el('button', { type: 'button', 'class': r[0], 'data-result': r[0], 'aria-pressed': 'false', text: r[1] });
    });
    var severity = el('select', { 'class': 'severity' }, [el('option', { value: 'general', text: '一般隐患' }), el('option', { value: 'major', text: '重大隐患' })]);
    severity.value = item.major ? 'major' : 'general';
    var photos = photoInput(card, item.code);
    var node = el('div', { 'class': 'check-item', 'data-item': item.code }, [
      el('div', { 'class': 'wrap' }, [el('strong', { text: (index + 1) + '. ' }), item.text, item.major ? el('span', { 'class': 'pill', text: '重大隐患项' }) : '']),
      el('div', { 'class': 'muted basis wrap', text: item.basis || '' }),
      el('div', { 'class': 'results' }, buttons), slot('result'),
      el('div', { 'class': 'fail-details stack', hidden: 'hidden' }, [
        el('label', {}, ['问题描述（必填） ', el('textarea', { 'class': 'note', rows: '2', maxlength: '1000' }), slot('note')]),
        el('label', {}, ['隐患等级 ', severity, slot('severity')])]),
      el('label', {}, ['照片 ', photos.input, photos.count])]);
    buttons.forEach(function (b) { b.addEventListener('click', function () { setResult(node, b.dataset.result); }); });
    node.refreshPhotos = photos.refresh;
    return node;
  }

  function loadItems(card) {
    var code = card.checklist.value;
    card.items.textContent = '';
    if (!code) { return Promise.resolve(); }
    return Api.get('/api/v1/checklists/' + encodeURIComponent(code)).then(function (c) {
      c.items.forEach(function (item, i) { card.items.appendChild(itemCard(card, item, i)); });
    }).catch(function (failure) { card.items.appendChild(el('p', { 'class': 'error', text: failure.message })); });
  }

  function addFinding(card, finding) {
    var severity = el('select', { 'class': 'severity' }, [el('option', { value: 'general', text: '一般隐患' }), el('option', { value: 'major', text: '重大隐患' })]);
    var text = el('textarea', { 'class': 'finding-text', rows: '2', maxlength: '1000' });
    var remove = el('button', { type: 'button', 'class': 'link', text: '删除' });
    var node = el('div', { 'class': 'finding stack' }, [el('label', {}, ['其他发现 ', text, slot('description')]), el('label', {}, ['隐患等级 ', severity]), remove]);
    text.value = finding ? finding.description || '' : '';
    severity.value = finding && finding.severity === 'major' ? 'major' : 'general';
    remove.addEventListener('click', function () { node.remove(); });
    card.findings.appendChild(node);
  }

  // --- a visit ---------------------------------------------------------------------------------------------------------
  function addVisit() {
    var card = { photos: {}, enterprise: null };
    card.search = el('input', { type: 'search', 'class': 'enterprise-search', placeholder: '搜索企业名称或信用代码' });
    card.hint = el('p', { 'class': 'muted' });
    card.choices = el('ul', { 'class': 'enterprise-choices' });
    card.picker = el('div', { 'class': 'picker' }, [card.search, card.hint, card.choices]);
    card.chosenName = el('strong', { 'class': 'chosen-name' });
    var change = el('button', { type: 'button', 'class': 'link', text: '更换' });
    card.chosen = el('div', { hidden: 'hidden' }, [card.chosenName, ' ', change]);
    card.checklist = el('select', { 'class': 'checklist' }, checklists.map(function (c) { return el('option', { value: c.code, text: c.name }); }));
    card.items = el('div', { 'class': 'items' });
    card.rechecks = el('div', { 'class': 'rechecks stack', hidden: 'hidden' });
    card.findings = el('div', { 'class': 'findings' });
    var whole = photoInput(card, '');
    var allPass = el('button', { type: 'button', 'class': 'secondary all-pass', text: '未填的检查项全部合格' });
    var more = el('button', { type: 'button', 'class': 'secondary add-finding', text: '添加其他发现' });
    var drop = el('button', { type: 'button', 'class': 'link', text: '移除此检查对象' });
    card.title = el('h2', {});
    card.root = el('section', { 'class': 'panel visit-card stack' }, [card.title, card.picker, slot('enterpriseId'), card.chosen,
      card.rechecks, el('label', {}, ['检查表 ', card.checklist, slot('checklist')]), card.items, slot('answers'), allPass, card.findings, more,
      el('label', {}, ['整体照片 ', whole.input, whole.count]), drop]);
    card.refreshWhole = whole.refresh;
    var timer = null;
    card.search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { search(card); }, 300); });
    change.addEventListener('click', function () { card.picker.hidden = false; card.chosen.hidden = true; search(card); });
    card.checklist.addEventListener('change', function () { loadItems(card); });
    allPass.addEventListener('click', function () {
      card.items.querySelectorAll('.check-item').forEach(function (item) { if (!item.dataset.result) { setResult(item, 'pass'); } });
    });
    more.addEventListener('click', function () { addFinding(card); });
    drop.addEventListener('click', function () { card.root.remove(); cards.splice(cards.indexOf(card), 1); relabel(); });
    cards.push(card);
    document.getElementById('visits').appendChild(card.root);
    relabel();
    search(card);
    return card;
  }

  // Names every error slot after the API's field for the body as it would be sent now (answered items in order).
  function relabel() {
    cards.forEach(function (card, i) {
      var at = 'visits[' + i + ']';
      card.title.textContent = '检查对象 ' + (i + 1);
      card.root.querySelectorAll(':scope > [data-slot], :scope > label > [data-slot]').forEach(function (s) {
        s.setAttribute('data-error-for', at + '.' + s.dataset.slot);
      });
      var r = 0;
      card.rechecks.querySelectorAll('.recheck').forEach(function (node) {
        var index = node.dataset.result ? r++ : -1;
        node.querySelectorAll('[data-slot]').forEach(function (s) {
          s.setAttribute('data-error-for', index < 0 ? '' : at + '.rechecks[' + index + '].' + s.dataset.slot);
        });
      });
      var k = 0;
      card.items.querySelectorAll('.check-item').forEach(function (item) {
        var index = item.dataset.result ? k++ : -1;
        item.querySelectorAll('[data-slot]').forEach(function (s) {
          s.setAttribute('data-error-for', index < 0 ? '' : at + '.answers[' + index + '].' + s.dataset.slot);
        });
      });
      card.findings.querySelectorAll('.finding').forEach(function (f, j) {
        f.querySelector('[data-slot]').setAttribute('data-error-for', at + '.findings[' + j + '].description');
      });
    });
  }

  // --- the outing ------------------------------------------------------------------------------------------------------
  function outing() {
    var inspectors = [me];
    form.querySelectorAll('#inspector-choices input:checked').forEach(function (c) { if (Number(c.value) !== me) { inspectors.push(Number(c.value)); } });
    var body = { clientId: newUuid(), date: form.date.value, group: form.group.value.trim(), inspectorIds: inspectors, visits: [] };
    if (form.campaign.value) { body.campaignId = Number(form.campaign.value); }
    var photos = [];
    cards.forEach(function (card, i) {
      var visit = { enterpriseId: card.enterprise ? card.enterprise.id : null, checklist: card.checklist.value, answers: [], findings: [], rechecks: [] };
      card.rechecks.querySelectorAll('.recheck').forEach(function (node) {
        if (!node.dataset.result) { return; }
        var verdict = { caseId: Number(node.dataset.case), result: node.dataset.result };
        if (verdict.result === 'unrectified') { verdict.note = node.querySelector('.note').value.trim(); }
        visit.rechecks.push(verdict);
      });
      card.items.querySelectorAll('.check-item').forEach(function (item) {
        if (!item.dataset.result) { return; }
        var a = { item: item.dataset.item, result: item.dataset.result };
        if (a.result === 'fail') { a.note = item.querySelector('.note').value.trim(); a.severity = item.querySelector('.severity').value; }
        visit.answers.push(a);
      });
      card.findings.querySelectorAll('.finding').forEach(function (f) {
        visit.findings.push({ description: f.querySelector('.finding-text').value.trim(), severity: f.querySelector('.severity').value });
      });
      Object.keys(card.photos).forEach(function (key) {
        card.photos[key].forEach(function (file) { photos.push({ visit: i, item: key || null, blob: file, name: file.name }); });
      });
      if (!visit.findings.length) { delete visit.findings; } // optional, but when sent it must hold one
      if (!visit.rechecks.length) { delete visit.rechecks; }
      else if (!visit.answers.length) { delete visit.answers; } // a visit only to re-inspect
      body.visits.push(visit);
    });
    return { body: body, photos: photos, names: cards.map(function (c) { return c.enterprise ? c.enterprise.name : ''; }) };
  }

  function reset() {
    cards.slice().forEach(function (card) { card.root.remove(); });
    cards = [];
    replaces = null;
    addVisit();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    FormProblems.clear(form);
    relabel();
    var o = outing();
    localStorage.setItem(GROUP, o.body.group);
    var entry = { clientId: o.body.clientId, body: o.body, names: o.names, savedAt: new Date().toISOString() };
    var button = document.getElementById('submit-outing');
    var earlier = replaces;
    button.disabled = true;
    OutingQueue.savePhotos(entry.clientId, o.photos).catch(function () { /* no IndexedDB: the photos go now or not at all */ })
      .then(function () { return OutingQueue.send(entry); })
      .then(function (result) {
        if (earlier) { OutingQueue.remove(earlier); OutingQueue.dropPhotos(earlier); }
        VisitResults.show(result.outing, result.refusedPhotos);
        reset();
      }, function (failure) {
        if (OutingQueue.transient(failure)) {
          OutingQueue.put(entry);
          if (earlier) { OutingQueue.remove(earlier); OutingQueue.dropPhotos(earlier); }
          VisitResults.message('已保存，联网后自动提交');
          VisitResults.pending(restore);
          reset();
        } else {
          OutingQueue.dropPhotos(entry.clientId);
          FormProblems.show(form, failure, null);
        }
      }).finally(function () { button.disabled = false; });
  });

  // A refused outing back on the form for correction; its photos come back from the phone's store.
  function restore(entry) {
    cards.slice().forEach(function (card) { card.root.remove(); });
    cards = [];
    replaces = entry.clientId;
    form.date.value = entry.body.date || beijingToday();
    form.group.value = entry.body.group || '';
    form.campaign.value = entry.body.campaignId || '';
    form.querySelectorAll('#inspector-choices input').forEach(function (c) { c.checked = (entry.body.inspectorIds || []).indexOf(Number(c.value)) >= 0; });
    OutingQueue.loadPhotos(entry.clientId).then(function (photos) {
      return Promise.all((entry.body.visits || []).map(function (v, i) {
        var card = addVisit();
        photos.filter(function (p) { return p.visit === i; }).forEach(function (p) { (card.photos[p.item || ''] = card.photos[p.item || ''] || []).push(p.blob); });
        card.refreshWhole();
        if (!v.enterpriseId) { return null; }
        return choose(card, { id: v.enterpriseId, name: entry.names[i] || ('#' + v.enterpriseId), sectors: [] }, v.checklist).then(function () {
          (v.answers || []).forEach(function (a) {
            var item = card.items.querySelector('.check-item[data-item="' + CSS.escape(a.item) + '"]');
            if (!item) { return; }
            setResult(item, a.result);
            item.querySelector('.note').value = a.note || '';
            if (a.severity) { item.querySelector('.severity').value = a.severity; }
            item.refreshPhotos();
          });
          (v.findings || []).forEach(function (f) { addFinding(card, f); });
          (v.rechecks || []).forEach(function (verdict) {
            var node = card.rechecks.querySelector('.recheck[data-case="' + verdict.caseId + '"]');
            if (!node) { return; }
            setVerdict(node, verdict.result);
            node.querySelector('.note').value = verdict.note || '';
          });
        });
      }));
    }).then(function () {
      relabel();
      FormProblems.show(form, { result: { body: entry.refused.body }, message: entry.refused.message }, null);
    });
  }

  function loadInspectors() {
    var box = document.getElementById('inspector-choices');
    var mine = el('label', {}, [el('input', { type: 'checkbox', value: String(me), checked: 'checked', disabled: 'disabled' }), form.dataset.meName + '（本人）']);
    box.appendChild(mine);
    Api.get('/api/v1/staff?role=INSPECTOR&size=200&sort=name').then(function (page) {
      page.items.filter(function (s) { return s.enabled && s.id !== me; }).forEach(function (s) {
        box.appendChild(el('label', { 'data-name': s.name }, [el('input', { type: 'checkbox', value: String(s.id) }),
          s.name + (s.departmentName ? '（' + s.departmentName + '）' : '')]));
      });
    }).catch(function () { /* the signed-in inspector alone */ });
    document.getElementById('inspector-filter').addEventListener('input', function (e) {
      var q = e.target.value.trim();
      box.querySelectorAll('label[data-name]').forEach(function (l) { l.hidden = q !== '' && l.textContent.indexOf(q) < 0; });
    });
  }

  document.getElementById('add-visit').addEventListener('click', addVisit);
  window.addEventListener('online', function () { OutingQueue.flush(VisitResults.sent).then(function () { VisitResults.pending(restore); }); });

  form.date.value = beijingToday();
  form.group.value = localStorage.getItem(GROUP) || '';
  loadInspectors();
  Api.get('/api/v1/campaigns?active=true&size=100').then(function (page) {
    page.items.forEach(function (c) { form.campaign.appendChild(el('option', { value: String(c.id), text: c.name })); });
  }).catch(function () {});
  Api.get('/api/v1/checklists').then(function (answer) { checklists = answer.items; }).catch(function () {}).then(function () {
    addVisit();
    if (navigator.geolocation) {
      navigator.geolocation.getCurrentPosition(function (p) {
        position = { lat: p.coords.latitude, lng: p.coords.longitude };
        cards.forEach(function (card) { if (!card.enterprise) { search(card); } });
      }, function () { /* by name */ }, { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
    }
  });
  VisitResults.pending(restore);
  OutingQueue.flush(VisitResults.sent).then(function () { VisitResults.pending(restore); });
})();
