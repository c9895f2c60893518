// The leader's dashboard: the figures, the briefing, two charts and the child areas of one area,
// read from the statistics and briefing APIs (this year to today, their default period).
(function () {
  var root = document.getElementById('dashboard');
  if (!root) { return; }
  var area = encodeURIComponent(root.dataset.area);

  // Rates come in [0,1] with 4 decimals: one decimal of a percentage, half up, from whole basis points.
  function percent(rate) {
    if (rate === null || rate === undefined) { return '—'; }
    var basisPoints = Math.round(rate * 10000);
    return (Math.floor((basisPoints + 5) / 10) / 10).toFixed(1) + '%';
  }
  function set(id, text) { document.getElementById(id).textContent = text; }
  function fail(error) {
    var p = document.getElementById('dashboard-error');
    p.textContent = error.message;
    p.hidden = false;
  }
  function chart(id) {
    return typeof echarts === 'undefined' ? null : echarts.init(document.getElementById(id));
  }

  Api.get('/api/v1/stats/summary?area=' + area).then(function (s) {
    set('dashboard-period', s.from + ' 至 ' + s.to);
    set('figure-reported', s.counts.reported);
    set('figure-registered', s.counts.registered);
    set('figure-closed', s.counts.closed);
    set('figure-overdue', s.counts.overdue);
    set('figure-closure-rate', percent(s.rates.closureRate));
    set('figure-on-time-rate', percent(s.rates.onTimeClosureRate));
    set('figure-rectification-rate', percent(s.rates.rectificationRate));
  }).catch(fail);

  Api.get('/api/v1/briefings?area=' + area).then(function (b) {
    set('briefing-title', b.title || '简报');
    set('briefing-text', b.text);
  }).catch(fail);

  // The rows of the child areas are on the page already; the breakdown gives each its figures (zeros included).
  var rows = Array.prototype.slice.call(document.querySelectorAll('#children-table tbody tr[data-area]'));
  if (rows.length) {
    Api.get('/api/v1/stats/breakdown?area=' + area + '&by=child').then(function (b) {
      var byCode = {};
      b.items.forEach(function (item) { byCode[item.key] = item; });
      var zero = { reported: 0, registered: 0, dispatched: 0, closed: 0, overdue: 0 };
      var none = { closureRate: null, onTimeClosureRate: null, rectificationRate: null };
      var names = [], rates = [];
      rows.forEach(function (tr) {
        var item = byCode[tr.dataset.area] || { counts: zero, rates: none };
        var c = item.counts, r = item.rates;
        var values = [c.reported, c.registered, c.dispatched, c.closed, c.overdue,
          percent(r.closureRate), percent(r.onTimeClosureRate), percent(r.rectificationRate)];
        var cells = tr.querySelectorAll('td.num');
        values.forEach(function (v, i) { cells[i].textContent = String(v); });
        names.push(tr.querySelector('a').textContent);
        rates.push(r.closureRate === null ? null : Math.round(r.closureRate * 1000) / 10);
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
        bars.on('click', function (p) { window.location = '/dashboard?area=' + encodeURIComponent(rows[p.dataIndex].dataset.area); });
      }
    }).catch(fail);
  } else {
    set('chart-children', '没有下级区域');
  }

  Api.get('/api/v1/stats/breakdown?area=' + area + '&by=month').then(function (b) {
    var line = chart('chart-months');
    if (!line) { return; }
    // Every month of the period, with zeros where nothing was reported.
    var byMonth = {};
    b.items.forEach(function (i) { byMonth[i.key] = i.counts; });
    var months = [], y = +b.from.slice(0, 4), m = +b.from.slice(5, 7), last = b.to.slice(0, 7);
    for (var key = ''; key < last;) {
      key = y + '-' + (m < 10 ? '0' : '') + m;
      months.push(key);
      if (++m > 12) { m = 1; y++; }
    }
    var counts = months.map(function (k) { return byMonth[k] || { reported: 0, closed: 0 }; });
    line.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: 16, bottom: 56 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'line', name: '上报', data: counts.map(function (c) { return c.reported; }), itemStyle: { color: '#1d5fa8' } },
        { type: 'line', name: '结案', data: counts.map(function (c) { return c.closed; }), itemStyle: { color: '#067647' } }
      ],
      legend: { bottom: 0 }
    });
  }).catch(fail);

  window.addEventListener('resize', function () {
    ['chart-children', 'chart-months'].forEach(function (id) {
      var c = typeof echarts === 'undefined' ? null : echarts.getInstanceByDom(document.getElementById(id));
      if (c) { c.resize(); }
    });
  });
})();
