// A Leaflet map of the grids under an area (the territory API's polygons), each grid coloured by one figure
// of GET /api/v1/stats/breakdown?by=grid, with a legend; clicking a grid shows its figures and links.
var GridFigures = (function () {
  var PALETTES = {
    good: ['#d73027', '#fc8d59', '#fee08b', '#91cf60', '#1a9850'], // worst → best
    plain: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c']
  };
  var NO_DATA = '#9e9e9e';

  function valueOf(item, figure) {
    if (figure.rate) { return item ? item.rates[figure.key] : null; }
    return item ? item.counts[figure.key] : 0;
  }

  // Five classes: fixed bounds for rates (where the differences between grids lie), quarters of the maximum for counts.
  // A rate's bounds are written out with their labels: the pages format no percentage of their own.
  var RATE_BOUNDS = {
    higher: { values: [0.6, 0.8, 0.9, 0.95], labels: ['60%', '80%', '90%', '95%'] },
    lower: { values: [0.02, 0.05, 0.1, 0.2], labels: ['2%', '5%', '10%', '20%'] }
  };
  function classes(figure, values) {
    var bounds, written;
    if (figure.rate) {
      written = RATE_BOUNDS[figure.better < 0 ? 'lower' : 'higher'];
      bounds = written.values;
    } else {
      var max = Math.max.apply(null, values.concat([4]));
      bounds = [1, Math.ceil(max / 4), Math.ceil(max / 2), Math.ceil(max * 3 / 4)];
      for (var b = 1; b < 4; b++) { bounds[b] = Math.max(bounds[b], bounds[b - 1] + 1); }
    }
    var palette = figure.better === 0 ? PALETTES.plain : PALETTES.good.slice();
    if (figure.better < 0) { palette.reverse(); }
    var labels = [], show = function (i) { return figure.rate ? written.labels[i] : String(bounds[i]); };
    labels.push(figure.rate ? '< ' + show(0) : '0');
    for (var i = 0; i < 3; i++) {
      var low = show(i), high = figure.rate ? show(i + 1) : String(bounds[i + 1] - 1);
      labels.push(low === high ? low : low + ' – ' + high); // a class of one count reads "1", not "1 – 1"
    }
    labels.push('≥ ' + show(3));
    return {
      colour: function (v) {
        if (v === null || v === undefined) { return NO_DATA; }
        var i = 0;
        while (i < 4 && v >= bounds[i]) { i++; }
        return palette[i];
      },
      legend: palette.map(function (c, i) { return { colour: c, label: labels[i] }; })
    };
  }

  function popup(feature, item, links) {
    var c = item ? item.counts : { reported: 0, closed: 0, overdue: 0 };
    var p = item ? item.percents : { closureRate: '—', onTimeClosureRate: '—' }; // written by the server
    return '<b>' + escapeHtml(feature.properties.name) + '</b> <small>' + escapeHtml(feature.properties.code) + '</small><br>' +
      '上报 ' + c.reported + '　结案 ' + c.closed + '　超期 ' + c.overdue + '<br>' +
      '结案率 ' + p.closureRate + '　按期结案率 ' + p.onTimeClosureRate + '<br>' +
      links.map(function (l) { return '<a href="' + escapeHtml(l.href) + '" class="grid-link">' + escapeHtml(l.text) + '</a>'; }).join('　');
  }

  // Built as elements, the swatches coloured through the CSSOM: a style attribute in markup would need 'unsafe-inline' styles.
  function drawLegend(div, title, rows) {
    div.textContent = '';
    div.appendChild(el('b', { text: title }));
    rows.forEach(function (row) {
      var swatch = el('i');
      swatch.style.background = row.colour;
      div.appendChild(el('br'));
      div.appendChild(swatch);
      div.appendChild(document.createTextNode(row.label));
    });
  }

  /**
   * element: the map's div (data-geojson: the GeoJSON URL); options: area, from, to, figure {key, rate, better},
   * links(code) → [{text, href}]. Returns {refresh(), show(figure)}; element.dataset.coloured counts grids with a value.
   */
  function create(element, options) {
    var map = cityMap(element);
    var layer = null, items = {}, figure = options.figure;
    var legend = L.control({ position: 'bottomright' });
    legend.onAdd = function () { this.div = L.DomUtil.create('div', 'legend'); return this.div; };
    legend.addTo(map);

    function paint() {
      if (!layer) { return; }
      var shapes = layer.getLayers();
      var scale = classes(figure, shapes.map(function (s) { return valueOf(items[s.feature.properties.code], figure) || 0; }));
      var coloured = 0;
      shapes.forEach(function (shape) {
        var item = items[shape.feature.properties.code];
        var v = valueOf(item, figure);
        if (v !== null && v !== undefined && (figure.rate || item)) { coloured++; }
        shape.setStyle({ color: '#555', weight: 0.6, fillColor: scale.colour(v), fillOpacity: v === null ? 0.25 : 0.75 });
        shape.setPopupContent(popup(shape.feature, item, options.links(shape.feature.properties.code)));
      });
      drawLegend(legend.div, figure.label, scale.legend.concat([{ colour: NO_DATA, label: '无数据' }]));
      element.dataset.coloured = coloured;
      element.dataset.figure = figure.key;
    }

    function refresh() {
      var url = '/api/v1/stats/breakdown?by=grid&area=' + encodeURIComponent(options.area) +
        '&from=' + options.from + '&to=' + options.to;
      return Api.get(url).then(function (b) {
        items = {};
        b.items.forEach(function (i) { items[i.key] = i; });
        paint();
      });
    }

    var loaded = fetch(element.dataset.geojson, { headers: { 'Accept': 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error('地图数据加载失败（' + r.status + '）')); })
      .then(function (collection) {
        layer = L.geoJSON(collection, {
          onEachFeature: function (feature, shape) {
            shape.bindTooltip(escapeHtml(feature.properties.name));
            shape.bindPopup('');
          }
        }).addTo(map);
        if (layer.getLayers().length > 0) { map.fitBounds(layer.getBounds()); }
        element.dataset.gridCount = layer.getLayers().length;
      });

    return {
      refresh: function () { return loaded.then(refresh); },
      show: function (f) { figure = f; paint(); }
    };
  }

  return { create: create };
})();
