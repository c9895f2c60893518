// The 系统管理员's console: an element marked data-next-year-warning shows the calendar's warning while next year's
// official holiday notice is not imported (deadlines running into that year would count only Monday to Friday).
function checkNextYearCalendar() {
  document.querySelectorAll('[data-next-year-warning]').forEach(function (element) {
    var next = Number(beijingToday().slice(0, 4)) + 1;
    Api.get('/api/v1/calendar/' + next).then(function (year) {
      element.hidden = year.officialDataLoaded;
      if (year.officialDataLoaded) { return; }
      // the attribute's value says where to import it from this page
      element.textContent = '提醒：' + year.warning + '。国务院一般在每年 11–12 月发布下一年的安排，'
        + (element.getAttribute('data-next-year-warning') || '发布后请在“工作日历”中导入。');
      element.hidden = false;
    }).catch(function () { /* the page works without the reminder */ });
  });
}
checkNextYearCalendar();
