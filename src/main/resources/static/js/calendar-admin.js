// The 系统管理员's working-day calendar: a year (?year=, this year in Beijing by default) from GET /api/v1/calendar/{year}
// as twelve months and as the list of its listed days; local days added (POST …/days) and removed (DELETE …/days/{date},
// confirmed by a second click on the same button), a notice imported (POST …/imports).
(function () {
  var view = document.getElementById('year-view');
  if (!view) { return; }
  var KIND = { off: '休息', work: '调休上班' };
  var SOURCE = { official: '国务院安排', local: '本地' };
  var WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
  var today = beijingToday();
  var asked = new URLSearchParams(window.location.search).get('year');
  var year = /^\d{4}$/.test(asked || '') ? Number(asked) : Number(today.slice(0, 4));
  var table = document.getElementById('day-table');

  document.getElementById('calendar-year-title').textContent = '· ' + year + ' 年';
  document.getElementById('year-input').value = year;
  document.getElementById('previous-year').href = '/admin/calendar?year=' + (year - 1);
  document.getElementById('next-year').href = '/admin/calendar?year=' + (year + 1);

  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function weekday(date) {
    var p = date.split('-');
    return new Date(Date.UTC(Number(p[0]), Number(p[1]) - 1, Number(p[2]))).getUTCDay();
  }

  function message(text, failed) {
    var p = document.getElementById('calendar-message');
    p.textContent = text;
    p.className = failed ? 'error' : 'notice';
    p.hidden = !text;
  }

  function month(m, inForce) {
    var days = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
    var lead = (new Date(Date.UTC(year, m, 1)).getUTCDay() + 6) % 7; // weeks start on Monday
    var cells = ['一', '二', '三', '四', '五', '六', '日'].map(function (w) { return el('span', { 'class': 'weekday', text: w }); });
    for (var i = 0; i < lead; i++) { cells.push(el('span', { 'class': 'blank' })); }
    for (var d = 1; d <= days; d++) {
      var date = year + '-' + pad(m + 1) + '-' + pad(d);
      var listed = inForce[date];
      var classes = ['day'];
      if (listed) {
        classes.push(listed.kind);
        if (listed.source === 'local') { classes.push('local'); }
      } else if (weekday(date) === 0 || weekday(date) === 6) {
        classes.push('weekend');
      }
      if (date === today) { classes.push('today'); }
      cells.push(el('span', { 'class': classes.join(' '), 'data-date': date, text: String(d),
        title: listed ? date + ' ' + listed.name + '（' + KIND[listed.kind] + '，' + SOURCE[listed.source] + '）' : date }));
    }
    return el('div', { 'class': 'month' }, [el('h3', { text: (m + 1) + '月' }), el('div', { 'class': 'month-days' }, cells)]);
  }

  function row(day) {
    return el('tr', { 'data-date': day.date, 'data-source': day.source }, [
      el('td', { 'data-label': '日期', 'class': 'card-title', text: day.date + '（周' + WEEKDAYS[weekday(day.date)] + '）' }),
      el('td', { 'data-label': '安排', text: KIND[day.kind] || day.kind }),
      el('td', { 'data-label': '名称', 'class': 'wrap', text: day.name }),
      el('td', { 'data-label': '来源', text: SOURCE[day.source] || day.source }),
      el('td', { 'data-label': '状态', text: day.inForce ? '生效' : '已被本地安排替代' }),
      el('td', { 'data-label': '操作', 'class': 'actions' }, day.source === 'local'
        ? [el('button', { type: 'button', 'class': 'small secondary', 'data-remove': day.date, text: '删除' })]
        : [el('span', { 'class': 'muted', text: '—' })])
    ]);
  }

  function render(data) {
    var summary = document.getElementById('year-summary');
    summary.textContent = year + ' 年全年工作日 ' + data.workingDayCount + ' 天；'
      + (data.officialDataLoaded ? '国务院节假日安排已导入。' : data.warning + '。');
    summary.className = data.officialDataLoaded ? '' : 'error';
    var inForce = {};
    data.days.forEach(function (d) { if (d.inForce) { inForce[d.date] = d; } });
    view.textContent = '';
    for (var m = 0; m < 12; m++) { view.appendChild(month(m, inForce)); }
    var body = table.querySelector('tbody');
    body.textContent = '';
    data.days.forEach(function (d) { body.appendChild(row(d)); });
    if (data.days.length === 0) {
      body.appendChild(el('tr', { 'class': 'empty' }, [el('td', { colspan: '6', 'class': 'muted', text: year + ' 年没有列出的日期' })]));
    }
  }

  function load() {
    return Api.get('/api/v1/calendar/' + year).then(render).catch(function (failure) {
      var error = document.getElementById('year-error');
      error.textContent = '日历加载失败：' + failure.message;
      error.hidden = false;
    });
  }

  // a day of the twelve months fills the form's date
  view.addEventListener('click', function (event) {
    var day = event.target.closest('[data-date]');
    if (!day) { return; }
    document.getElementById('day-date').value = day.getAttribute('data-date');
    document.getElementById('day-name').focus();
  });

  table.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-remove]');
    if (!button) { return; }
    if (!button.classList.contains('armed')) {
      button.classList.add('armed');
      button.textContent = '确认删除';
      return;
    }
    var date = button.getAttribute('data-remove');
    button.disabled = true;
    Api.remove('/api/v1/calendar/days/' + encodeURIComponent(date)).then(function () {
      message('已删除 ' + date + ' 的本地安排');
      return load();
    }).catch(function (failure) {
      message('未能删除：' + failure.message, true);
      button.disabled = false;
    });
  });

  var dayForm = document.getElementById('day-form');
  dayForm.addEventListener('submit', function (event) {
    event.preventDefault();
    FormProblems.clear(dayForm);
    var saved = document.getElementById('day-saved');
    saved.hidden = true;
    var day = { date: document.getElementById('day-date').value, kind: document.getElementById('day-kind').value,
      name: document.getElementById('day-name').value, source: 'local' };
    Api.post('/api/v1/calendar/days', day).then(function (answer) {
      var d = answer.body;
      saved.textContent = '已保存 ' + d.date + ' ' + d.name + '（' + KIND[d.kind] + '）' + (answer.status === 200 ? '，替换了原有的本地安排' : '')
        + (d.date.slice(0, 4) === String(year) ? '' : '，见 ' + d.date.slice(0, 4) + ' 年');
      saved.hidden = false;
      return load();
    }).catch(function (failure) { FormProblems.show(dayForm, failure); });
  });

  var importForm = document.getElementById('calendar-import-form');
  importForm.addEventListener('submit', function (event) {
    event.preventDefault();
    FormProblems.clear(importForm);
    var file = document.getElementById('calendar-file').files[0];
    var data = new FormData();
    if (file) { data.append('file', file); }
    data.append('source', document.getElementById('calendar-source').value);
    var result = document.getElementById('calendar-import-result');
    var errors = document.getElementById('calendar-import-errors');
    var body = errors.querySelector('tbody');
    body.textContent = '';
    errors.hidden = true;
    result.hidden = true;
    Api.upload('/api/v1/calendar/imports', data).then(function (answer) {
      var r = answer.body;
      document.getElementById('calendar-import-summary').textContent = '已导入 ' + r.count + ' 个日期（' + r.first + ' 至 ' + r.last + '），其中 '
        + r.written + ' 个有变化';
      result.hidden = false;
      checkNextYearCalendar();
      return load();
    }).catch(function (failure) {
      var problem = failure.result && failure.result.body;
      if (!problem || problem.code !== 'IMPORT_REJECTED') { FormProblems.show(importForm, failure); return; }
      document.getElementById('calendar-import-summary').textContent = failure.message;
      problem.errors.forEach(function (e) {
        var text = e.detail || e.code;
        var cut = text.indexOf('：');
        body.appendChild(el('tr', {}, [
          el('td', { 'data-label': '行', 'class': 'card-title', text: e.line ? '第' + e.line + '行' : '整个文件' }),
          el('td', { 'data-label': '原因', 'class': 'wrap', text: e.line && cut > 0 ? text.slice(cut + 1) : text }),
          el('td', { 'data-label': '错误代码', text: e.code })
        ]));
      });
      errors.hidden = problem.errors.length === 0;
      result.hidden = false;
    });
  });

  load();
})();
