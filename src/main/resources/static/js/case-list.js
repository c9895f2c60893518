// A queue of cases (待立案, 待派遣, 超期 …) read from the API with the page's filters, and its Excel export.
(function () {
  var table = document.getElementById('case-table');
  if (!table) { return; }
  var query = table.dataset.query || '';

  function row(c) {
    return el('tr', {}, [
      el('td', {}, [el('a', { href: '/cases/' + c.id, text: c.number })]),
      el('td', { text: c.typeName || c.type }),
      el('td', { text: c.severityName || c.severity || '' }),
      el('td', { 'class': 'state-' + c.state, text: c.stateName }),
      el('td', { text: c.areaName || c.gridCode }),
      el('td', { text: c.unit ? c.unit.name : '' }),
      el('td', { 'class': c.overdue ? 'error' : '', text: formatTime(c.deadline) + (c.overdue ? '（超期）' : '') }),
      el('td', { text: (c.description || '').slice(0, 40) })
    ]);
  }

  document.addEventListener('DOMContentLoaded', function () {
    Api.get('/api/v1/cases?size=200' + (query ? '&' + query : '')).then(function (page) {
      var body = table.querySelector('tbody');
      page.items.forEach(function (c) { body.appendChild(row(c)); });
      document.getElementById('case-total').textContent = page.total;
    }).catch(function (error) { document.getElementById('case-error').textContent = error.message; });
  });
})();
