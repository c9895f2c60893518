// The enterprise list's map: the enterprises of the list's filters that have a location, a point each, coloured by risk
// level; one under a coercive measure (停产停业整顿, 关闭, 取缔) is drawn larger, dark red, with the measure in its
// tooltip and popup. Drawn when the panel is first opened, so that a phone loads no map it was not asked for.
(function () {
  var panel = document.getElementById('enterprise-map-panel');
  if (!panel) { return; }
  var style = getComputedStyle(document.documentElement);
  function colour(name) { return style.getPropertyValue('--' + name).trim() || '#888888'; } // the legend's, app.css

  function marker(feature, latlng) {
    var p = feature.properties;
    var coerced = !!p.coerced;
    var point = L.circleMarker(latlng, {
      radius: coerced ? 9 : 6, weight: coerced ? 3 : 1, color: coerced ? colour('coerced') : '#ffffff',
      fillColor: colour(coerced ? 'coerced' : 'risk-' + p.riskLevel), fillOpacity: 0.9,
      className: coerced ? 'enterprise-point coerced' : 'enterprise-point'
    });
    var measure = coerced ? '【' + escapeHtml(p.coerced) + '】' : '';
    point.bindTooltip(escapeHtml(p.name) + measure);
    point.bindPopup('<a href="/enterprises/' + encodeURIComponent(p.id) + '">' + escapeHtml(p.name) + '</a><br>'
      + escapeHtml(p.riskLevelLabel) + '风险 · ' + escapeHtml(p.statusLabel) + (coerced ? '<br><b>' + escapeHtml(p.coerced) + '</b>' : ''));
    return point;
  }

  function draw() {
    var element = document.getElementById('enterprise-map');
    var note = document.getElementById('enterprise-map-note');
    var map = cityMap(element);
    Api.get(element.dataset.points).then(function (collection) {
      // the measures last, so that they are drawn over the others
      collection.features.sort(function (a, b) { return (a.properties.coerced ? 1 : 0) - (b.properties.coerced ? 1 : 0); });
      var layer = L.geoJSON(collection, { pointToLayer: marker }).addTo(map);
      if (layer.getLayers().length > 0) { map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 16 }); }
      var coerced = collection.features.filter(function (f) { return f.properties.coerced; }).length;
      note.textContent = '筛选出 ' + collection.total + ' 家，其中 ' + collection.located + ' 家有位置'
        + (collection.truncated ? '，图上显示前 ' + collection.features.length + ' 家' : '')
        + (coerced ? '；' + coerced + ' 家正被采取强制措施' : '') + '。';
    }).catch(function (error) { note.textContent = '地图数据加载失败：' + error.message; });
  }

  panel.addEventListener('toggle', function () {
    if (panel.open && !panel.dataset.drawn) {
      panel.dataset.drawn = 'true';
      draw();
    }
  });
}());
