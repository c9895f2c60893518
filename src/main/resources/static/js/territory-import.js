// The 系统管理员's territory import: a division CSV or a grid GeoJSON goes to POST /api/v1/territory/imports/…; the
// answer shows what was imported or every rejected row with its reason (nothing is written then); the grids of an area
// are drawn from /api/v1/areas/{code}/grids.geojson, after a grid import those of the file's area, its grids marked.
(function () {
  var result = document.getElementById('import-result');
  if (!result) { return; }
  var map = null;
  var layer = null;
  var AREA_CODE = /^(\d{6}|\d{9}|\d{12}|\d{15})$/;

  function where(error) {
    if (error.line !== undefined && error.line !== null) { return '第' + error.line + '行'; }
    if (error.index !== undefined && error.index !== null) { return '第' + (error.index + 1) + '个要素'; }
    return error.field ? (error.field === 'file' ? '文件' : error.field) : '整个文件';
  }

  // the detail names the position again ("第5行：名称为空"): the position has a column of its own
  function reason(error) {
    var text = error.detail || error.code;
    var cut = text.indexOf('：');
    return cut > 0 && (error.line != null || error.index != null || error.field) ? text.slice(cut + 1) : text;
  }

  function show(title, summary, errors) {
    document.getElementById('import-result-title').textContent = title;
    document.getElementById('import-summary').textContent = summary;
    var table = document.getElementById('import-errors');
    var body = table.querySelector('tbody');
    body.textContent = '';
    errors.forEach(function (e) {
      body.appendChild(el('tr', {}, [
        el('td', { 'data-label': '位置', 'class': 'card-title', text: where(e) }),
        el('td', { 'data-label': '原因', 'class': 'wrap import-reason', text: reason(e) }),
        el('td', { 'data-label': '错误代码', text: e.code || '' })
      ]));
    });
    table.hidden = errors.length === 0;
    result.classList.toggle('rejected', errors.length > 0);
    result.hidden = false;
    result.scrollIntoView({ block: 'nearest' });
  }

  // The area holding every grid of the file: their longest common code prefix cut to a level (a village at most).
  function areaOf(codes) {
    if (codes.length === 0) { return null; }
    var prefix = codes.reduce(function (p, c) {
      var i = 0;
      while (i < p.length && p[i] === c[i]) { i++; }
      return p.slice(0, i);
    });
    var length = [12, 9, 6].find(function (n) { return prefix.length >= n; });
    return length ? prefix.slice(0, length) : null;
  }

  function gridCodes(file) {
    return file.text().then(function (text) {
      var collection = JSON.parse(text);
      return (collection.features || []).map(function (f) { return String(f.properties && f.properties.code || ''); })
        .filter(function (c) { return /^\d{15}$/.test(c); });
    }).catch(function () { return []; });
  }

  function note(text) { document.getElementById('map-note').textContent = text; }

  function draw(area, marked) {
    if (!map) { return; }
    if (layer) { map.removeLayer(layer); layer = null; }
    if (!AREA_CODE.test(area)) { note('区域代码应为 6、9、12 或 15 位数字'); return; }
    note('正在加载 ' + area + ' 的网格…');
    Api.get('/api/v1/areas/' + encodeURIComponent(area) + '/grids.geojson').then(function (collection) {
      layer = L.geoJSON(collection, {
        style: function (f) {
          var mine = marked.indexOf(f.properties.code) >= 0;
          return { color: mine ? '#b54708' : '#1d5fa8', weight: mine ? 2 : 1, fillColor: mine ? '#fdb022' : '#5b9bd5', fillOpacity: 0.3 };
        },
        onEachFeature: function (f, shape) {
          shape.bindTooltip(escapeHtml(f.properties.name) + '（' + escapeHtml(f.properties.code) + '）');
        }
      }).addTo(map);
      var count = layer.getLayers().length;
      if (count > 0) { map.fitBounds(layer.getBounds()); }
      document.getElementById('import-map').dataset.gridCount = count;
      note(count === 0 ? '区域 ' + area + ' 下还没有网格'
        : '区域 ' + area + ' 下共 ' + count + ' 个网格' + (marked.length ? '，橙色为本次导入的 ' + marked.length + ' 个' : ''));
    }).catch(function (failure) {
      document.getElementById('import-map').dataset.gridCount = 0;
      note(failure.result && failure.result.status === 404
        ? '区域 ' + area + ' 不存在或不在您的辖区内，无法在地图上显示' + (marked.length ? '（导入已完成）' : '')
        : '地图数据加载失败：' + failure.message);
    });
  }

  document.querySelectorAll('form[data-import]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var kind = form.getAttribute('data-import');
      var file = form.file.files[0];
      var button = form.querySelector('button[type=submit]');
      var data = new FormData();
      if (file) { data.append('file', file); }
      button.disabled = true;
      show('正在导入…', file ? file.name : '', []);
      Api.upload('/api/v1/territory/imports/' + kind, data).then(function (answer) {
        show('导入成功', (kind === 'grids' ? '已导入 ' + answer.body.count + ' 个网格' : '已导入 ' + answer.body.count + ' 条行政区划')
          + '（' + file.name + '）', []);
        if (kind === 'grids') {
          return gridCodes(file).then(function (codes) {
            var area = areaOf(codes);
            if (area) {
              document.getElementById('map-area').value = area;
              draw(area, codes);
            }
          });
        }
      }).catch(function (failure) {
        var body = failure.result && failure.result.body;
        show(body && body.code === 'IMPORT_REJECTED' ? '导入被拒绝，未写入任何数据' : '未能导入', failure.message, (body && body.errors) || []);
      }).finally(function () { button.disabled = false; });
    });
  });

  document.getElementById('map-form').addEventListener('submit', function (event) {
    event.preventDefault();
    draw(document.getElementById('map-area').value.trim(), []);
  });

  // Leaflet loads deferred: the map is made once the document is parsed
  document.addEventListener('DOMContentLoaded', function () {
    map = L.map(document.getElementById('import-map'), { zoomSnap: 0.25, attributionControl: false }).setView([26.58, 107.98], 10);
    draw(document.getElementById('map-area').value.trim(), []);
  });
})();
