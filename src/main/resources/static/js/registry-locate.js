// "使用当前位置" on a registry form: the phone's position (WGS-84, as browsers give it) goes into the form's
// location.lat and location.lng, which the API keeps with the record; with no grid chosen it finds the grid there.
(function () {
  var button = document.querySelector('[data-locate]');
  if (!button) { return; }
  var box = button.parentNode;
  var shown = box.querySelector('[data-located]');
  if (!navigator.geolocation) { button.hidden = true; return; }
  button.addEventListener('click', function () {
    button.disabled = true;
    shown.textContent = '正在定位…';
    navigator.geolocation.getCurrentPosition(function (position) {
      var lat = Math.round(position.coords.latitude * 1e6) / 1e6;
      var lng = Math.round(position.coords.longitude * 1e6) / 1e6;
      box.querySelector('[name="location.lat"]').value = lat;
      box.querySelector('[name="location.lng"]').value = lng;
      shown.textContent = '北纬 ' + lat + '，东经 ' + lng;
      button.disabled = false;
    }, function () {
      shown.textContent = '未能取得当前位置，请选择所在网格';
      button.disabled = false;
    }, { enableHighAccuracy: true, timeout: 15000 });
  });
})();
