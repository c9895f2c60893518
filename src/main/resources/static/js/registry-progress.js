// A project's progress note (项目进展), written on its page: the date and text go to the API, which checks them
// (not after today, not empty); its reasons show beside the fields, and a saved note reloads the page to show it.
(function () {
  var form = document.getElementById('progress-form');
  if (!form) { return; }
  var api = form.getAttribute('data-api');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    var body = {};
    var date = form.querySelector('[name="date"]').value.trim();
    var text = form.querySelector('[name="text"]').value.trim();
    if (date) { body.date = date; }
    if (text) { body.text = text; }
    Api.post(api, body).then(function () {
      window.location.reload();
    }).catch(function (failure) {
      FormProblems.show(form, failure, null);
      button.disabled = false;
    });
  });
})();
