// The leader's dashboard: the figures with their change from the previous period, the briefing, the grid map,
// the charts and the child areas of one area over the period in the URL, read from the statistics, briefing and
// territory APIs; the ranking comes from the server through htmx. Runs once Leaflet (deferred) is loaded.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('dashboard');
  if (!root) { return; }
  var d = root.dataset;
  var area = encodeURIComponent(d.area);
  var period = '&from=' + d.from + '&to=' + d.to;

  function set(id, text) { document.getElementById(id).textContent = text; }
  function fail(error) {
    var p = document.getElementById('dashboard-error');
    p.textContent = error.message;
    p.hidden = false;
  }
  function chart(id) {
    return typeof echarts === 'undefined' ? null : echarts.init(document.getElementById(id));
  }
  // A rate as the server wrote it ("96.3%") in tenths of a percent, so that the change agrees with the cards; null for "—".
  function tenths(written) { var n = parseFloat(written); return isNaN(n) ? null : Math.round(n * 10); }

  // Each card (every module's, GET /api/v1/stats/figures): its figure now, and "同比 +12" (counts) or "环比 +1.5个百分点"
  // (rates) against the period the page compares with, green when good news.
  function byKey(list) { var m = {}; list.figures.forEach(function (f) { m[f.key] = f; }); return m; }
  Promise.all([
    Api.get('/api/v1/stats/figures?area=' + area + period),
    Api.get('/api/v1/stats/figures?area=' + area + '&from=' + d.previousFrom + '&to=' + d.previousTo)
  ]).then(function (both) {
    var now = byKey(both[0]), before = byKey(both[1]);
    document.querySelectorAll('.figure[data-key]').forEach(function (card) {
      var key = card.dataset.key, rate = card.dataset.rate === 'true', better = +card.dataset.better;
      var a = rate ? tenths(now[key].display) : now[key].value, b = rate ? tenths(before[key].display) : before[key].value;
      set('figure-' + key, now[key].display);
      var delta = document.getElementById('delta-' + key), change = null;
      if (!rate) {
        change = a - b;
        delta.textContent = d.compareLabel + ' ' + (change === 0 ? '持平' : (change > 0 ? '+' : '') + change);
      } else if (a !== null && b !== null) {
        change = a - b;
        delta.textContent = d.compareLabel + ' ' + (change === 0 ? '持平' : (change > 0 ? '+' : '') + (change / 10).toFixed(1) + '个百分点');
      } else {
        delta.textContent = d.compareLabel + ' —';
      }
      delta.className = 'delta' + (change && better ? (change * better > 0 ? ' good' : ' bad') : '');
    });
  }).catch(fail);

  Api.get('/api/v1/briefings?area=' + area + period).then(function (b) {
    var box = document.getElementById('briefing-text');
    b.sections.forEach(function (s) {
      if (b.sections.length > 1) { box.appendChild(el('h3', { text: s.heading })); }
      box.appendChild(el('p', { 'class': 'briefing', text: s.text }));
    });
  }).catch(fail);

  // The grid map, coloured by the figure chosen in its select.
  var select = document.getElementById('map-figure');
  function chosen() {
    var o = select.options[select.selectedIndex];
    return { key: o.value, label: o.textContent, rate: o.dataset.rate === 'true', better: +o.dataset.better };
  }
  var gridMap = GridFigures.create(document.getElementById('grid-map'), {
    area: d.area, from: d.from, to: d.to, figure: chosen(),
    links: function (code) {
      return [{ text: '网格统计', href: '/dashboard?area=' + code + period },
        { text: '该网格事件', href: '/cases?queue=all&area=' + code }];
    }
  });
  gridMap.refresh().catch(fail);
  select.addEventListener('change', function () { gridMap.show(chosen()); });

  var ranking = document.getElementById('ranking-figure'), exported = document.getElementById('ranking-export');
  if (ranking) {
    ranking.addEventListener('change', function () { exported.href = exported.href.replace(/by=[^&]*/, 'by=' + ranking.value); });
  }

  // The rows of the child areas are on the page already (an area without cases has no group in the breakdown).
  var rows = Array.prototype.slice.call(document.querySelectorAll('#children-table tbody tr[data-area]'));
  if (rows.length) {
    Api.get('/api/v1/stats/breakdown?area=' + area + '&by=child' + period).then(function (b) {
      var byCode = {};
      b.items.forEach(function (item) { byCode[item.key] = item; });
      var zero = { reported: 0, registered: 0, dispatched: 0, closed: 0, overdue: 0 };
      var none = { closureRate: '—', onTimeClosureRate: '—', rectificationRate: '—' };
      var names = [], rates = [];
      rows.forEach(function (tr) {
        var item = byCode[tr.dataset.area] || { counts: zero, percents: none };
        var c = item.counts, p = item.percents;
        var values = [c.reported, c.registered, c.dispatched, c.closed, c.overdue, p.closureRate, p.onTimeClosureRate, p.rectificationRate];
        var cells = tr.querySelectorAll('td.num');
        values.forEach(function (v, i) { cells[i].textContent = String(v); });
        names.push(tr.querySelector('a').textContent);
        rates.push(tenths(p.closureRate) === null ? null : tenths(p.closureRate) / 10);
      });
      var bars = chart('chart-children');
      if (bars) {
        bars.setOption({
          animation: false,
          grid: { left: 48, right: 16, top: 16, bottom: 72 },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: names, axisLabel: { rotate: 30, interval: 0 } },
          yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
          series: [{ type: 'bar', name: '结案率（%）', itemStyle: { color: '#1d5fa8' }, data: rates }]
        });
        bars.on('click', function (p) {
          window.location = '/dashboard?area=' + encodeURIComponent(rows[p.dataIndex].dataset.area) + period;
        });
      }
    }).catch(fail);
  } else {
    set('chart-children', '没有下级区域');
  }

  Api.get('/api/v1/stats/breakdown?area=' + area + '&by=month' + period).then(function (b) {
    MonthTrend.draw(chart('chart-months'), b, {});
  }).catch(fail);

  window.addEventListener('resize', function () {
    ['chart-children', 'chart-months'].forEach(function (id) {
      var c = typeof echarts === 'undefined' ? null : echarts.getInstanceByDom(document.getElementById(id));
      if (c) { c.resize(); }
    });
  });
});
