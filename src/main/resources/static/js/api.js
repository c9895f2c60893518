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
    post: function (url, body, headers) { return request('POST', url, { body: body, headers: headers }); },
    upload: function (url, formData) { return request('POST', url, { body: formData }); }
  };
})();

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
function formatTime(iso) {
  if (!iso) { return ''; }
  var p = {};
  SHANGHAI_TIME.formatToParts(new Date(iso)).forEach(function (part) { p[part.type] = part.value; });
  return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute;
}

