// One case: its details, position, photos and timeline, and the actions the signed-in person may
// take now (the API says which). Every action sends the version it was shown (If-Match), so two
// people acting at once never overwrite each other: the later one is told to reload.
(function () {
  var root = document.getElementById('case-page');
  if (!root) { return; }
  var caseId = root.dataset.caseId;
  var current = null;

  var FIELDS = {
    reject: [['reason', '理由', 'text', true], ['duplicateOf', '重复的案件ID（可选）', 'number', false]],
    dispatch: [['unit', '责任单位', 'unit', true]],
    'return': [['reason', '退回理由', 'text', true]],
    handle: [['note', '处置情况', 'textarea', true], ['photos', '整改后照片', 'photos', false]],
    verify: [['passed', '核查结果', 'verdict', true], ['note', '核查意见', 'text', false]],
    'request-extension': [['workingDays', '延期工作日数', 'number', true], ['reason', '理由', 'text', true]],
    'refuse-extension': [['reason', '理由', 'text', false]],
    defer: [['reason', '缓办理由', 'text', true]],
    supervise: [['documentNumber', '督办文号', 'text', true], ['deadline', '督办期限', 'date', false]],
    reopen: [['reason', '理由', 'text', true]]
  };

  function message(text, isError) {
    var node = document.getElementById('case-message');
    node.textContent = text || '';
    node.className = isError ? 'error' : 'notice';
  }

  function field(name, label, kind, required) {
    var input;
    if (kind === 'textarea') {
      input = el('textarea', { name: name, rows: '3' });
    } else if (kind === 'unit') {
      input = el('select', { name: name });
      Api.get('/api/v1/units').then(function (units) {
        units.items.forEach(function (u) {
          var o = el('option', { value: u.id, text: u.name });
          if (current.suggestedUnit && current.suggestedUnit.id === u.id) { o.selected = true; }
          input.appendChild(o);
        });
      });
    } else if (kind === 'verdict') {
      input = el('select', { name: name }, [el('option', { value: 'true', text: '通过，结案' }), el('option', { value: 'false', text: '不通过，返工' })]);
    } else if (kind === 'photos') {
      input = el('input', { name: name, type: 'file', accept: 'image/jpeg,image/png', capture: 'environment', multiple: 'multiple' });
    } else {
      input = el('input', { name: name, type: kind });
    }
    if (required && kind !== 'photos') { input.required = true; }
    return el('label', {}, [label + ' ', input]);
  }

  function valueOf(form, name, kind) {
    var v = form.elements[name].value;
    if (kind === 'number' || kind === 'unit') { return v === '' ? null : Number(v); }
    if (kind === 'verdict') { return v === 'true'; }
    if (kind === 'date') { return v ? v + 'T23:59:59+08:00' : null; }
    return v === '' ? null : v;
  }

  function uploadAfterPhotos(form) {
    var input = form.elements.photos;
    var files = input ? Array.prototype.slice.call(input.files) : [];
    return files.reduce(function (chain, file) {
      return chain.then(function () {
        var data = new FormData();
        data.append('file', file);
        data.append('kind', 'after');
        return Api.upload('/api/v1/cases/' + caseId + '/evidence', data);
      });
    }, Promise.resolve());
  }

  function act(action, form) {
    var fields = FIELDS[action] || [];
    var body = {};
    fields.forEach(function (f) { if (f[2] !== 'photos') { body[f[0]] = valueOf(form, f[0], f[2]); } });
    var before = action === 'handle' ? uploadAfterPhotos(form) : Promise.resolve();
    return before.then(function () {
      return Api.post('/api/v1/cases/' + caseId + '/actions/' + action, body, { 'If-Match': '"' + current.version + '"' });
    }).then(function () {
      message((current.allowedActionNames[action] || action) + '：已完成');
      load();
    }).catch(function (error) {
      var status = error.result && error.result.status;
      message(status === 412 ? '案件已被他人更新，已为您刷新，请核对后重试' : error.message, true);
      if (status === 412) { load(); }
    });
  }

  // At registration the dispatcher sees likely duplicates (same type, nearby, recent) to reject against.
  function renderDuplicates(c) {
    var box = document.getElementById('case-duplicates');
    box.innerHTML = '';
    if ((c.allowedActions || []).indexOf('reject') < 0) { return; }
    Api.get('/api/v1/cases/' + caseId + '/duplicates').then(function (page) {
      if (!page.items.length) { return; }
      box.appendChild(el('h3', { text: '疑似重复（同类型、附近、30 天内）' }));
      page.items.forEach(function (d) {
        box.appendChild(el('p', {}, [el('a', { href: '/cases/' + d.id, text: d.number }),
          ' ' + d.stateName + ' · ' + (d.description || '').slice(0, 40) + '（案件ID ' + d.id + '）']));
      });
    });
  }

  function renderActions(c) {
    var panel = document.getElementById('case-actions');
    panel.innerHTML = '';
    (c.allowedActions || []).forEach(function (action) {
      var form = el('form', { 'class': 'action', 'data-action': action });
      (FIELDS[action] || []).forEach(function (f) { form.appendChild(field(f[0], f[1], f[2], f[3])); });
      form.appendChild(el('button', { type: 'submit', id: 'action-' + action, text: c.allowedActionNames[action] || action }));
      form.addEventListener('submit', function (e) { e.preventDefault(); act(action, form); });
      panel.appendChild(form);
    });
    if (!panel.children.length) { panel.appendChild(el('p', { 'class': 'muted', text: '您目前没有可执行的操作' })); }
  }

  function renderDetails(c) {
    document.getElementById('case-number').textContent = c.number;
    document.getElementById('case-state').textContent = c.stateName;
    document.getElementById('case-state').dataset.state = c.state;
    var rows = [
      ['类别', (c.typeName || c.type) + (c.severityName ? ' · ' + c.severityName : '')], ['来源', c.sourceName || c.source],
      ['网格', (c.areaName || '') + ' ' + c.gridCode], ['地址', c.address || ''], ['描述', c.description],
      ['责任单位', c.unit ? c.unit.name : (c.suggestedUnit ? '建议：' + c.suggestedUnit.name : '')],
      ['处置期限', formatTime(c.deadline) + (c.overdue ? '（已超期）' : '')],
      ['返工 / 退回 / 延期', (c.reworkCount || 0) + ' / ' + (c.returnCount || 0) + ' / ' + (c.extensionCount || 0)]
    ];
    var table = document.getElementById('case-details');
    table.innerHTML = '';
    rows.forEach(function (r) { table.appendChild(el('tr', {}, [el('th', { text: r[0] }), el('td', { text: r[1] })])); });
    if (c.origin) { // the inspection visit the hazard was found on
      table.insertBefore(el('tr', {}, [el('th', { text: '检查' }),
        el('td', {}, [el('a', { href: c.origin.path, id: 'case-origin', text: c.origin.label })])]), table.firstChild.nextSibling);
    }
    if (c.subject) { // the registry record the case is about: its page
      table.insertBefore(el('tr', {}, [el('th', { text: '涉及' }),
        el('td', {}, [el('a', { href: c.subject.path, id: 'case-subject', text: c.subject.name })])]), table.firstChild.nextSibling);
    }
  }

  function renderPhotos(photos) {
    var box = document.getElementById('case-photos');
    box.innerHTML = '';
    if (!photos.length) { box.appendChild(el('p', { 'class': 'muted', text: '暂无照片' })); }
    photos.forEach(function (p) {
      var src = '/api/v1/cases/' + caseId + '/evidence/' + p.id;
      box.appendChild(el('figure', {}, [el('a', { href: src, target: '_blank' }, [el('img', { src: src, alt: p.kind })]),
        el('figcaption', { text: p.kind === 'after' ? '整改后' : '整改前' })]));
    });
  }

  function renderTimeline(events) {
    var body = document.querySelector('#case-timeline tbody');
    body.innerHTML = '';
    events.forEach(function (e) {
      body.appendChild(el('tr', {}, [el('td', { 'data-label': '时间', 'class': 'card-title', text: formatTime(e.at) }),
        el('td', { 'data-label': '办理人', text: e.actorName || '' }),
        el('td', { 'data-label': '环节', text: e.actionName || e.action }),
        el('td', { 'data-label': '状态', text: (e.fromStateName || '') + ' → ' + (e.toStateName || '') }),
        el('td', { 'data-label': '意见', 'class': 'wrap', text: e.note || '' })]));
    });
  }

  var map = null;
  // The case's grid, and the reported position if there is one.
  function renderMap(c) {
    if (map) { return; }
    map = addCityTiles(L.map('case-map', { attributionControl: false })).setView([26.58, 107.98], 12);
    Api.get('/api/v1/areas/' + c.gridCode + '/grids.geojson').then(function (g) {
      var layer = L.geoJSON(g, { style: { color: '#1d5fa8', weight: 1, fillOpacity: 0.15 } }).addTo(map);
      if (!c.location && layer.getLayers().length) { map.fitBounds(layer.getBounds()); }
    }).catch(function () { /* a department may see the case but not the grid's map */ });
    if (c.location) {
      map.setView([c.location.lat, c.location.lng], 16);
      L.marker([c.location.lat, c.location.lng]).addTo(map);
    }
  }

  function load() {
    var base = '/api/v1/cases/' + caseId;
    return Promise.all([Api.get(base), Api.get(base + '/timeline'), Api.get(base + '/evidence')]).then(function (answers) {
      current = answers[0];
      renderDetails(current);
      renderPhotos(answers[2].items);
      renderActions(current);
      CasePlan.render(current, load);
      renderDuplicates(current);
      renderTimeline(answers[1].items);
      renderMap(current);
    }).catch(function (error) { message(error.message, true); });
  }

  document.addEventListener('DOMContentLoaded', load);
})();
