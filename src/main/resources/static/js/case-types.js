// The 系统管理员's list of case types, from GET /api/v1/case-types, each with its rules and a link to its form.
var CaseTypeWords = {
  RESPONSIBILITY: {
    sector_department: '行业主管部门（按行业领域，管行业必须管安全）',
    town_office: '网格所在镇街的办事处',
    chosen: '派遣时由指挥员指定'
  },
  remind: function (share) { return '用时 ' + Math.round(Number(share) * 100) + '% 时提醒'; },
  supervise: function (days) { return Number(days) === 0 ? '超期即挂牌督办' : '超期 ' + days + ' 个工作日后挂牌督办'; }
};

(function () {
  var table = document.getElementById('case-type-table');
  if (!table) { return; }

  function cell(label, text, extra) {
    return el('td', Object.assign({ 'data-label': label, text: text }, extra || {}));
  }

  function severities(type) {
    return el('td', { 'data-label': '等级与处置时限', 'class': 'severities' }, [el('ul', { 'class': 'plain' }, type.severities.map(function (s, i) {
      return el('li', { 'data-severity': s.code, text: s.name + '：' + s.deadlineDays + ' 个工作日' + (i === 0 ? '（默认）' : '')
        + (s.notifyLeaders ? '，立案即告知领导' : '') });
    }))]);
  }

  function row(type) {
    var edit = '/admin/case-types/' + encodeURIComponent(type.code);
    return el('tr', { 'data-code': type.code }, [
      el('td', { 'data-label': '名称', 'class': 'card-title wrap' }, [el('a', { href: edit, text: type.name }), ' ',
        el('span', { 'class': 'muted', text: type.code })]),
      cell('类别', type.category),
      cell('责任单位', CaseTypeWords.RESPONSIBILITY[type.responsibility] || type.responsibility, { 'class': 'wrap' }),
      cell('现场核查', type.verificationRequired ? '须现场核查' : '不核查，处置即结案'),
      cell('提醒时点', CaseTypeWords.remind(type.remindShare)),
      cell('挂牌督办', CaseTypeWords.supervise(type.superviseAfterDays)),
      severities(type),
      el('td', { 'data-label': '操作', 'class': 'actions' }, [el('a', { 'class': 'button small', href: edit, text: '编辑' })])
    ]);
  }

  Api.get('/api/v1/case-types').then(function (answer) {
    var body = table.querySelector('tbody');
    answer.items.forEach(function (type) { body.appendChild(row(type)); });
    document.getElementById('case-type-total').textContent = answer.items.length;
    // back from the form: say which type was saved
    var saved = new URLSearchParams(window.location.search).get('saved');
    var type = answer.items.find(function (t) { return t.code === saved; });
    if (type) {
      var message = document.getElementById('case-type-message');
      message.textContent = '已保存事项类型“' + type.name + '”（' + type.code + '）';
      message.hidden = false;
      body.querySelector('tr[data-code="' + type.code + '"]').classList.add('highlight');
    }
  }).catch(function (failure) {
    var error = document.getElementById('case-type-error');
    error.textContent = '事项类型加载失败：' + failure.message;
    error.hidden = false;
  });
})();
