// The grid worker's report form: category, description, photos from the camera, the position from
// the browser (adjustable on the map) or a chosen grid. Every report carries a clientId, so a retry
// never creates a second case; a report that cannot be sent (no signal) waits in this browser's
// queue and goes out as one batch when the connection is back.
(function () {
  var form = document.getElementById('report-form');
  if (!form) { return; }
  var QUEUE = 'taizhang.pendingReports';
  var types = [];
  var location = null;
  var marker = null;
  var map = null;

  // crypto.randomUUID needs a secure context; phones on the office network may reach us over plain http
  function newUuid() {
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function option(value, text) { return el('option', { value: value, text: text }); }
  function showError(message) { document.getElementById('report-error').textContent = message || ''; }

  function severitiesOf(type) {
    return (type && type.severities || []).map(function (s) { return typeof s === 'string' ? { code: s, name: s } : s; });
  }

  function fillSeverities() {
    var type = types.find(function (t) { return t.code === form.type.value; });
    var select = form.severity;
    select.innerHTML = '';
    severitiesOf(type).forEach(function (s) { select.appendChild(option(s.code, s.name || s.code)); });
    document.getElementById('sector-row').hidden = !(type && type.responsibility === 'sector_department');
  }

  function setLocation(lat, lng, text) {
    location = { lat: lat, lng: lng, crs: 'wgs84' };
    document.getElementById('location-text').textContent = text + '（' + lat.toFixed(6) + ', ' + lng.toFixed(6) + '）';
    if (map) {
      if (marker) { marker.setLatLng([lat, lng]); } else { marker = L.marker([lat, lng]).addTo(map); }
    }
  }

  function pending() { return JSON.parse(localStorage.getItem(QUEUE) || '[]'); }

  function showPending() {
    var n = pending().length;
    var note = document.getElementById('pending-note');
    note.hidden = n === 0;
    note.textContent = n + ' 条上报尚未发送，网络恢复后将自动补报';
  }

  function flushQueue() {
    var reports = pending();
    if (reports.length === 0) { return Promise.resolve(); }
    return Api.post('/api/v1/cases/batch', { items: reports }).then(function () {
      localStorage.removeItem(QUEUE);
      showPending();
    }).catch(function () { /* still offline: keep them */ });
  }

  function report() {
    var body = {
      clientId: newUuid(), type: form.type.value, severity: form.severity.value,
      description: form.description.value, address: form.address.value || null, source: 'grid_worker'
    };
    if (!document.getElementById('sector-row').hidden) { body.sector = form.sector.value; }
    if (location) { body.location = location; } else { body.gridCode = form.grid.value; }
    return body;
  }

  function uploadPhotos(caseId) {
    var files = Array.prototype.slice.call(form.photos.files);
    return files.reduce(function (chain, file) {
      return chain.then(function () {
        var data = new FormData();
        data.append('file', file);
        data.append('kind', 'before');
        return Api.upload('/api/v1/cases/' + caseId + '/evidence', data);
      });
    }, Promise.resolve());
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    showError('');
    var body = report();
    var button = document.getElementById('submit-report');
    button.disabled = true;
    Api.post('/api/v1/cases', body).then(function (result) {
      return uploadPhotos(result.body.id).then(function () { window.location.href = '/cases/' + result.body.id; });
    }).catch(function (error) {
      if (!error.result) {
        var queue = pending();
        queue.push(body);
        localStorage.setItem(QUEUE, JSON.stringify(queue));
        showPending();
        showError('网络不可用：上报已暂存在本机（照片需联网后补传）');
      } else {
        showError(error.message);
      }
    }).finally(function () { button.disabled = false; });
  });

  document.getElementById('use-location').addEventListener('click', function () {
    if (!navigator.geolocation) { showError('此浏览器无法定位，请在地图上点选或选择网格'); return; }
    navigator.geolocation.getCurrentPosition(function (p) {
      setLocation(p.coords.latitude, p.coords.longitude, '当前位置');
    }, function () { showError('定位失败，请在地图上点选或选择网格'); }, { enableHighAccuracy: true, timeout: 10000 });
  });

  form.type.addEventListener('change', fillSeverities);
  window.addEventListener('online', flushQueue);

  document.addEventListener('DOMContentLoaded', function () {
    var mapElement = document.getElementById('report-map');
    map = L.map(mapElement, { attributionControl: false }).setView([26.58, 107.98], 12);
    map.on('click', function (e) { setLocation(e.latlng.lat, e.latlng.lng, '地图点选'); });
    Api.get(mapElement.dataset.grids).then(function (collection) {
      var layer = L.geoJSON(collection, { style: { color: '#1d5fa8', weight: 1, fillOpacity: 0.15 } }).addTo(map);
      layer.on('click', function (e) { setLocation(e.latlng.lat, e.latlng.lng, '地图点选'); });
      if (layer.getLayers().length) { map.fitBounds(layer.getBounds()); }
      collection.features.forEach(function (f) { form.grid.appendChild(option(f.properties.code, f.properties.name)); });
    });
    Promise.all([Api.get('/api/v1/case-types'), Api.get('/api/v1/sectors')]).then(function (answers) {
      types = answers[0].items;
      types.forEach(function (t) { form.type.appendChild(option(t.code, t.name)); });
      answers[1].items.forEach(function (s) { form.sector.appendChild(option(s.code, s.name)); });
      fillSeverities();
    });
    showPending();
    flushQueue();
  });
})();
