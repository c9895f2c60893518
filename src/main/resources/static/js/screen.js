// The command centre's 大屏: the area's figures, the grids coloured by 结案率, the monthly trend and the latest
// reports, read from the APIs and read again every 30 s without reloading the page (the ranking refreshes itself
// through htmx); a clock in Beijing time.
document.addEventListener('DOMContentLoaded', function () {
  var d = document.getElementById('screen').dataset;
  var area = encodeURIComponent(d.area), period = '&from=' + d.from + '&to=' + d.to;
  var REFRESH = 30000;
  var CLOCK = new Intl.DateTimeFormat('zh-CN', { timeZone: BEIJING_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
    weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  var TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: BEIJING_ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

  function tick() { document.getElementById('screen-clock').textContent = CLOCK.format(new Date()); }
  tick();
  setInterval(tick, 1000);

  var gridMap = GridFigures.create(document.getElementById('grid-map'), {
    area: d.area, from: d.from, to: d.to, figure: { key: 'closureRate', label: '结案率', rate: true, better: 1 },
    links: function (code) { return [{ text: '网格统计', href: '/dashboard?area=' + code + period }]; }
  });
  var trend = echarts.init(document.getElementById('chart-months'));

  function figures() {
    return Api.get('/api/v1/stats/figures?area=' + area + period).then(function (list) {
      list.figures.forEach(function (f) {
        var shown = document.getElementById('figure-' + f.key);
        if (shown) { shown.textContent = f.display; }
      });
    });
  }
  function months() {
    return Api.get('/api/v1/stats/breakdown?by=month&area=' + area + period).then(function (b) {
      MonthTrend.draw(trend, b, { text: { color: '#d7e6ff' }, split: '#1f3a68', reported: '#4fc3ff', closed: '#5ad8a6' });
    });
  }
  function latest() {
    return Api.get('/api/v1/cases?size=8&area=' + area).then(function (page) {
      var body = document.querySelector('#latest-cases tbody');
      body.innerHTML = '';
      page.items.forEach(function (c) {
        body.appendChild(el('tr', {}, [el('td', { text: formatTime(c.createdAt).slice(5) }), el('td', { text: c.typeName }),
          el('td', { text: c.areaName || c.gridCode }), el('td', { text: c.stateName })]));
      });
    });
  }
  function refresh() {
    Promise.all([figures(), months(), latest(), gridMap.refresh()]).then(function () {
      document.getElementById('screen-updated').textContent = TIME.format(new Date());
    }).catch(function (error) { document.getElementById('screen-updated').textContent = error.message; });
  }
  refresh();
  setInterval(refresh, REFRESH);
  window.addEventListener('resize', function () { trend.resize(); });
});
