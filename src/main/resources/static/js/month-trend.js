// The line chart of cases reported and closed per month of a breakdown by month (GET /api/v1/stats/breakdown?by=month),
// every month of its period shown, with zeros where nothing was reported.
var MonthTrend = {
  draw: function (line, b, style) {
    if (!line) { return; }
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
      textStyle: style.text || {},
      grid: { left: 48, right: 16, top: 16, bottom: 56 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: style.split || '#e5e7eb' } } },
      series: [
        { type: 'line', name: '上报', data: counts.map(function (c) { return c.reported; }), itemStyle: { color: style.reported || '#1d5fa8' } },
        { type: 'line', name: '结案', data: counts.map(function (c) { return c.closed; }), itemStyle: { color: style.closed || '#067647' } }
      ],
      legend: { bottom: 0, textStyle: style.text || {} }
    });
  }
};
