// The person form's follow-up fields (管控状态, 跟进事件) belong to key persons only: shown when a category of key persons
// is chosen, emptied and hidden otherwise, so that the API is never sent a follow-up for someone who has none.
(function () {
  var category = document.getElementById('person-category-input');
  var fields = document.getElementById('person-follow-up-fields');
  if (!category || !fields) { return; }
  function update() {
    var option = category.options[category.selectedIndex];
    var key = option && option.getAttribute('data-key-person') === 'true';
    fields.hidden = !key;
    if (!key) { fields.querySelectorAll('select, input').forEach(function (f) { f.value = ''; }); }
  }
  category.addEventListener('change', update);
  update();
})();
