// A small client of the Taizhang API for the pages: JSON in and out, the session's CSRF token on
// every write, and problem+json failures turned into one Chinese message naming each bad field.
var Api = (function () {
  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function problemMessage(body, status) {
    if (!body) { return '请求失败（' + status + '）'; }
    var text = body.detail || body.title || ('请求失败（' + status + '）');
    if (body.allowed && body.allowed.length) { text += '（当前可执行：' + body.allowed.join('、') + '）'; }
    return text;
  }

  function request(method, url, options) {
    options = options || {};
    var headers = Object.assign({ 'Accept': 'application/json' }, method === 'GET' ? {} : csrfHeaders(), options.headers || {});
    var body = options.body;
    if (body !== undefined && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(body);
    }
    return fetch(url, { method: method, headers: headers, body: body, credentials: 'same-origin' }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      var parse = type.indexOf('json') >= 0 ? response.json() : Promise.resolve(null);
      return parse.then(function (json) {
        var result = { status: response.status, body: json, etag: response.headers.get('ETag') };
        if (!response.ok) {
          var error = new Error(problemMessage(json, response.status));
          error.result = result;
          throw error;
        }
        return result;
      });
    });
  }

  return {
    get: function (url) { return request('GET', url).then(function (r) { return r.body; }); },
    /** A GET answered with its ETag (the version to send back in If-Match). */
    read: function (url) { return request('GET', url); },
    post: function (url, body, headers) { return request('POST', url, { body: body, headers: headers }); },
    put: function (url, body, headers) { return request('PUT', url, { body: body, headers: headers }); },
    remove: function (url) { return request('DELETE', url); },
    upload: function (url, formData) { return request('POST', url, { body: formData }); }
  };
})();

// A refusal of the API shown on a form: each of its errors[] next to the element marked data-error-for="<field>" (the
// field's own name cut from the front of the Chinese reason), the others and the summary in the form's [data-problems].
var FormProblems = (function () {
  function clear(form) {
    form.querySelectorAll('[data-error-for]').forEach(function (slot) { slot.textContent = ''; });
    form.querySelectorAll('.invalid').forEach(function (field) { field.classList.remove('invalid'); field.removeAttribute('aria-invalid'); });
    var list = form.querySelector('[data-problems]');
    if (list) { list.textContent = ''; list.hidden = true; }
  }

  // "severities[0].deadlineDays：处置时限（工作日）须在 1 到 365 之间" next to its field reads "处置时限（工作日）须在 1 到 365 之间"
  function reason(problem) {
    var text = problem.detail || problem.code || '';
    var cut = text.indexOf('：');
    return cut > 0 && text.slice(0, cut) === problem.field ? text.slice(cut + 1) : text;
  }

  function slotFor(form, field) {
    var found = null;
    form.querySelectorAll('[data-error-for]').forEach(function (slot) {
      if (!found && slot.getAttribute('data-error-for') === field) { found = slot; }
    });
    return found;
  }

  /** {@code summary} replaces the API's detail at the top (e.g. a conflict said in the page's words). */
  function show(form, failure, summary) {
    clear(form);
    var body = failure.result && failure.result.body;
    var errors = (body && body.errors) || [];
    var left = [];
    errors.forEach(function (problem) {
      var slot = problem.field ? slotFor(form, problem.field) : null;
      if (!slot) { left.push(problem.detail || problem.code); return; }
      slot.textContent = reason(problem);
      var label = slot.closest('label');
      var field = label && label.querySelector('input, select, textarea');
      if (field) { field.classList.add('invalid'); field.setAttribute('aria-invalid', 'true'); }
    });
    var list = form.querySelector('[data-problems]');
    if (!list) { return; }
    var top = summary || (!failure.result ? '网络不可用，未能提交，请稍后重试'
      : errors.length ? '输入有误，请按各项提示修改后重新提交' : failure.message);
    list.appendChild(el('li', { text: top }));
    left.forEach(function (text) { list.appendChild(el('li', { text: text })); });
    list.hidden = false;
    list.scrollIntoView({ block: 'nearest' });
  }

  return { clear: clear, show: show };
})();

// A number field as the API takes it: empty is null (the API names it as missing), anything else the number typed.
function numberOf(input) {
  return input.value.trim() === '' ? null : Number(input.value);
}

function el(tag, attributes, children) {
  var node = document.createElement(tag);
  Object.keys(attributes || {}).forEach(function (k) {
    if (k === 'text') { node.textContent = attributes[k]; } else { node.setAttribute(k, attributes[k]); }
  });
  (children || []).forEach(function (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
  return node;
}

// Times show as in Kaili whatever the browser's own zone: deadlines end at 23:59 Beijing time.
// The zone is the server's (platform.BeijingTime), written into every page's head.
var BEIJING_ZONE = document.querySelector('meta[name="taizhang-zone"]').content;
var SHANGHAI_TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: BEIJING_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hour12: false });
// Today's date in Beijing time, as YYYY-MM-DD (a calendar's "this year" is Kaili's, not the browser's).
function beijingToday() {
  var p = {};
  SHANGHAI_TIME.formatToParts(new Date()).forEach(function (part) { p[part.type] = part.value; });
  return p.year + '-' + p.month + '-' + p.day;
}
function formatTime(iso) {
  if (!iso) { return ''; }
  var p = {};
  SHANGHAI_TIME.formatToParts(new Date(iso)).forEach(function (part) { p[part.type] = part.value; });
  return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute;
}

