// The 观摩 form of the evaluation page: one POST to the API with a fresh clientId (a double click stores one
// visit), then the page reloads to show the visit and the scores it moves.
(function () {
  var form = document.getElementById('visit-form');
  if (!form) { return; }
  var clientId = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var target = form.visited.value.split(':');
    var body = { groupName: form.groupName.value, visitedOn: form.visitedOn.value, score: Number(form.score.value),
      comment: form.comment.value, clientId: clientId };
    body[target[0]] = target[0] === 'department' ? Number(target[1]) : target[1];
    document.getElementById('visit-error').textContent = '';
    Api.post('/api/v1/observation-visits', body)
      .then(function () { window.location.reload(); })
      .catch(function (error) { document.getElementById('visit-error').textContent = error.message; });
  });
})();
