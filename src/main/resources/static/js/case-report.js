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

  var grids = [];   // the worker's grids as GeoJSON features, to snap a position to the grid it lies in
  var accuracy = null;

  // Ray casting over a polygon's outer ring ([lng, lat] pairs, as GeoJSON has them).
  function inRing(lng, lat, ring) {
    var inside = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if ((yi > lat) !== (yj > lat) && lng < (xj - xi) * (lat - yi) / (yj - yi) + xi) { inside = !inside; }
    }
    return inside;
  }

  function gridAt(lat, lng) {
    return grids.find(function (f) {
      var g = f.geometry;
      var polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      return polygons.some(function (p) { return inRing(lng, lat, p[0]); });
    });
  }

  // A position chosen on the map or by the phone: the marker, the accuracy circle, and the grid it lies in selected.
  function setLocation(lat, lng, text, metres) {
    location = { lat: lat, lng: lng, crs: 'wgs84' };
    var grid = gridAt(lat, lng);
    if (grid) { form.grid.value = grid.properties.code; }
    document.getElementById('location-text').textContent = text + '（' + lat.toFixed(6) + ', ' + lng.toFixed(6)
      + (metres ? '，误差约 ' + Math.round(metres) + ' 米' : '') + '）'
      + (grid ? '，位于' + grid.properties.name : (grids.length ? '，不在您的网格内，请核对或选择网格' : ''));
    if (map) {
      if (marker) { marker.setLatLng([lat, lng]); } else { marker = L.marker([lat, lng]).addTo(map); }
      if (accuracy) { map.removeLayer(accuracy); accuracy = null; }
      if (metres) { accuracy = L.circle([lat, lng], { radius: metres, color: '#2e90fa', weight: 1, fillOpacity: 0.1 }).addTo(map); }
    }
  }

  function pending() { return JSON.parse(localStorage.getItem(QUEUE) || '[]'); }

  // What waits on the phone for the network: how many, and each one's type and description.
  function showPending() {
    var waiting = pending();
    var note = document.getElementById('pending-note');
    note.hidden = waiting.length === 0;
    note.textContent = waiting.length + ' 条上报尚未发送，网络恢复后将自动补报：';
    var list = el('ul', { id: 'pending-list' }, waiting.map(function (r) {
      var type = types.find(function (t) { return t.code === r.type; });
      return el('li', { text: (type ? type.name : r.type) + '：' + (r.description || '').slice(0, 40) });
    }));
    note.appendChild(list);
  }

  // Sends what waits, as one batch answered item by item: a report accepted (201, or 200 for one sent before) leaves the
  // queue, one the server refuses (4xx) leaves it too and is shown with the reason, so nothing is dropped unseen; the
  // rest (5xx) waits for the next try.
  function flushQueue() {
    var reports = pending();
    if (reports.length === 0) { return Promise.resolve(); }
    return Api.post('/api/v1/cases/batch', { items: reports }).then(function (result) {
      var answers = result.body.items, still = [], refused = [];
      reports.forEach(function (r, i) {
        var a = answers[i] || {};
        if (a.status >= 500 || !a.status) { still.push(r); } else if (a.status >= 400) {
          refused.push(r.description.slice(0, 30) + '：' + (a.problem ? a.problem.detail : '被拒绝'));
        }
      });
      localStorage.setItem(QUEUE, JSON.stringify(still));
      showPending();
      if (refused.length) { showError('以下暂存的上报未能补报，请重新填写：' + refused.join('；')); }
    }).catch(function () { /* still offline: keep them */ });
  }

  function report() {
    var body = {
      clientId: newUuid(), type: form.type.value, severity: form.severity.value,
      description: form.description.value, address: form.address.value || null, source: 'grid_worker'
    };
    if (!document.getElementById('sector-row').hidden) { body.sector = form.sector.value; }
    var subject = document.getElementById('report-subject');
    if (subject) { body.subject = { kind: subject.dataset.kind, id: Number(subject.dataset.id) }; }
    if (location) { body.location = location; } else if (form.grid.value || !subject) { body.gridCode = form.grid.value; }
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
      setLocation(p.coords.latitude, p.coords.longitude, '当前位置', p.coords.accuracy);
      if (map) { map.setView([p.coords.latitude, p.coords.longitude], Math.max(map.getZoom(), 16)); }
    }, function () { showError('定位失败，请在地图上点选或选择网格'); }, { enableHighAccuracy: true, timeout: 10000 });
  });

  form.type.addEventListener('change', fillSeverities);
  window.addEventListener('online', flushQueue);

  document.addEventListener('DOMContentLoaded', function () {
    var mapElement = document.getElementById('report-map');
    map = addCityTiles(L.map(mapElement, { attributionControl: false })).setView([26.58, 107.98], 12);
    map.on('click', function (e) { setLocation(e.latlng.lat, e.latlng.lng, '地图点选'); });
    Api.get(mapElement.dataset.gridSource).then(function (collection) {
      grids = collection.features;
      // no tile server: the grids carry their names, so a place can be found by them
      var layer = L.geoJSON(collection, {
        style: { color: '#1d5fa8', weight: 1, fillOpacity: 0.15 },
        onEachFeature: function (f, shape) {
          shape.bindTooltip(escapeHtml(f.properties.name), { permanent: true, direction: 'center', className: 'grid-label' });
        }
      }).addTo(map);
      layer.on('click', function (e) { setLocation(e.latlng.lat, e.latlng.lng, '地图点选'); });
      if (layer.getLayers().length) { map.fitBounds(layer.getBounds()); }
      if (document.getElementById('report-subject')) { form.grid.appendChild(option('', '所涉对象所在网格')); }
      collection.features.forEach(function (f) { form.grid.appendChild(option(f.properties.code, f.properties.name)); });
    });
    Promise.all([Api.get('/api/v1/case-types'), Api.get('/api/v1/sectors')]).then(function (answers) {
      types = answers[0].items;
      types.forEach(function (t) { form.type.appendChild(option(t.code, t.name)); });
      answers[1].items.forEach(function (s) { form.sector.appendChild(option(s.code, s.name)); });
      fillSeverities();
      showPending(); // again, now with the types' names
    });
    showPending();
    flushQueue();
  });
})();
