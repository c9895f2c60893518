// Taizhang's service worker: the app shell (styles, scripts, the map library, the report form) is cached when installed,
// and the pages and API answers of the worker's own open cases when a page asks (app.js, after sign-in), so that a grid
// worker in a village without signal can still open the report form and read their cases. Everything else goes to the
// network first; only what is cached is shown offline. Signing out empties the cache (personal data stays off the phone).
var SHELL = 'taizhang-shell-v2';
var CASES = 'taizhang-cases-v1';
var SHELL_FILES = ['/offline.html', '/css/app.css', '/js/app.js', '/js/api.js', '/js/case-report.js', '/js/case-page.js',
  '/js/inspection-queue.js', '/js/inspection-results.js', '/js/inspection-visit.js',
  '/webjars/leaflet/dist/leaflet.js', '/webjars/leaflet/dist/leaflet.css', '/webjars/htmx.org/dist/htmx.min.js',
  '/manifest.webmanifest', '/icons/icon-192.png'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) { return cache.addAll(SHELL_FILES); }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== SHELL && k !== CASES; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

// Pages and answers kept for reading offline: the home page, the report form, the visit page, and the worker's cases.
function keptForOffline(url) {
  return url.pathname === '/' || url.pathname === '/cases/new' || url.pathname === '/inspections/new'
    || /^\/api\/v1\/checklists(\/[a-z0-9_]+)?$/.test(url.pathname) || /^\/cases\/\d+$/.test(url.pathname)
    || /^\/api\/v1\/cases\/\d+(\/(timeline|evidence))?$/.test(url.pathname) || url.pathname === '/api/v1/case-types'
    || url.pathname === '/api/v1/sectors' || /^\/api\/v1\/areas\/\d+\/grids\.geojson$/.test(url.pathname);
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) { return; }
  if (url.pathname === '/logout') { return; }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && !response.redirected && keptForOffline(url)) {
      var copy = response.clone();
      caches.open(CASES).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request).then(function (hit) {
      if (hit) { return hit; }
      if (request.mode === 'navigate') { return caches.match('/offline.html'); }
      return Response.error();
    });
  }));
});

self.addEventListener('message', function (event) {
  var message = event.data || {};
  if (message.type === 'keep' && Array.isArray(message.urls)) {
    // the pages of the worker's open cases, fetched now so that they can be read without a network later
    event.waitUntil(caches.open(CASES).then(function (cache) {
      return Promise.all(message.urls.map(function (u) {
        return fetch(u, { credentials: 'same-origin' }).then(function (r) { if (r.ok && !r.redirected) { return cache.put(u, r); } })
          .catch(function () { /* offline now: the next visit keeps it */ });
      }));
    }));
  } else if (message.type === 'forget') {
    event.waitUntil(caches.delete(CASES));
  }
});
