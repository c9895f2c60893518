// What the visit page tells the inspector: an outing recorded (its hazards' case numbers, a link to it), an outing saved
// on the phone for later, and the outings still waiting — a refused one with its reasons and a button to correct it.
var VisitResults = (function () {
  function panel() { return document.getElementById('outing-result'); }

  function caseLink(id) {
    var link = el('a', { href: '/cases/' + id, 'class': 'hazard-link', text: '#' + id });
    Api.get('/api/v1/cases/' + id).then(function (c) { if (c && c.number) { link.textContent = c.number; } }).catch(function () {});
    return link;
  }

  function summary(outing) {
    var hazards = outing.visits.reduce(function (n, v) { return n + v.hazards.length; }, 0);
    var lines = [el('p', { 'class': 'notice', text: '已提交：' + outing.group + '，检查 ' + outing.visits.length + ' 家，发现隐患 ' + hazards + ' 项' })];
    outing.visits.forEach(function (v) {
      var links = [];
      v.hazards.forEach(function (id, i) { if (i) { links.push('、'); } links.push(caseLink(id)); });
      lines.push(el('p', { 'class': 'wrap' }, [v.name + '：'].concat(links.length ? ['隐患事项 '].concat(links) : ['未发现隐患'])));
    });
    lines.push(el('p', {}, [el('a', { href: '/inspections/' + outing.id, id: 'outing-link', text: '查看检查记录' })]));
    return lines;
  }

  function show(outing, refusedPhotos) {
    var box = panel();
    box.textContent = '';
    summary(outing).forEach(function (line) { box.appendChild(line); });
    if (refusedPhotos && refusedPhotos.length) {
      box.appendChild(el('p', { 'class': 'error', text: '以下照片未能上传：' + refusedPhotos.join('；') }));
    }
    box.hidden = false;
    box.scrollIntoView({ block: 'nearest' });
  }

  function message(text) {
    var box = panel();
    box.textContent = '';
    box.appendChild(el('p', { 'class': 'notice', id: 'outing-saved', text: text }));
    box.hidden = false;
    box.scrollIntoView({ block: 'nearest' });
  }

  /** A waiting outing sent (or refused) in the background. */
  function sent(entry, result) {
    if (result) { show(result.outing, result.refusedPhotos); }
  }

  function pending(restore) {
    var note = document.getElementById('pending-note');
    var waiting = OutingQueue.pending();
    note.textContent = '';
    note.hidden = waiting.length === 0;
    if (!waiting.length) { return; }
    note.appendChild(el('p', { text: waiting.length + ' 次检查保存在本机，联网后自动提交：' }));
    var list = el('ul', { id: 'pending-outings' });
    waiting.forEach(function (entry) {
      var what = entry.body.group + ' ' + entry.body.date + '：' + entry.names.filter(Boolean).join('、');
      var item = el('li', { 'class': 'wrap' }, [what]);
      if (entry.refused) {
        var fix = el('button', { type: 'button', 'class': 'secondary correct-outing', text: '载入修改' });
        fix.addEventListener('click', function () { restore(entry); });
        item.appendChild(el('div', { 'class': 'error', text: '未被接受：' + entry.refused.message
          + ((entry.refused.body && entry.refused.body.errors || []).map(function (e) { return '；' + e.detail; }).join('')) }));
        item.appendChild(fix);
      }
      list.appendChild(item);
    });
    note.appendChild(list);
  }

  return { show: show, message: message, sent: sent, pending: pending };
})();
