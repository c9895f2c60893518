// Sends the CSRF token with every htmx request made from a signed-in page.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});

// A select marked data-submit-on-change submits its form when a choice is made (no inline handler: the CSP forbids them).
document.addEventListener('change', function (event) {
  if (event.target.matches('select[data-submit-on-change]')) { event.target.form.submit(); }
});

// Text that people typed or imported (names, descriptions) reaches a page as text only: as textContent wherever a
// script builds elements (el's text), and through this wherever a library takes HTML (Leaflet tooltips and popups).
function escapeHtml(text) {
  return String(text === null || text === undefined ? '' : text).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}

// The city's map tiles under the grids, when it has a tile server (taizhang.map.tiles, e.g. 天地图 with its key);
// without one the maps are the grids alone.
function addCityTiles(map) {
  var meta = document.querySelector('meta[name="taizhang-tiles"]');
  if (meta && meta.content) { L.tileLayer(meta.content, { subdomains: '01234567', maxZoom: 18 }).addTo(map); }
  return map;
}

// A Leaflet map of the whole city on the element, with the city's tiles when it has them: the start of every area map.
function cityMap(element) {
  return addCityTiles(L.map(element, { zoomSnap: 0.25, attributionControl: false })).setView([26.58, 107.98], 10);
}

// Draws the grids of an area on a Leaflet map without any outside tile server:
// <div class="map" data-grids="/api/v1/areas/CODE/grids.geojson" data-link="/areas/"></div>
function drawGridMap(element) {
  var map = cityMap(element);
  fetch(element.dataset.grids, { headers: { 'Accept': 'application/geo+json' } })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(function (collection) {
      var layer = L.geoJSON(collection, {
        style: function () { return { color: '#1d5fa8', weight: 1, fillColor: '#5b9bd5', fillOpacity: 0.25 }; },
        onEachFeature: function (feature, shape) {
          shape.bindTooltip(escapeHtml(feature.properties.name) + '（' + escapeHtml(feature.properties.code) + '）');
          shape.on('click', function () { window.location.href = element.dataset.link + feature.properties.code; });
        }
      }).addTo(map);
      if (layer.getLayers().length > 0) { map.fitBounds(layer.getBounds()); }
      element.dataset.gridCount = layer.getLayers().length;
    })
    .catch(function (status) { element.dataset.error = status; element.textContent = '地图数据加载失败（' + status + '）'; });
}

document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.map[data-grids]').forEach(drawGridMap);
});

// A form with data-confirm asks before it is sent: no inline handlers, the pages run under a strict Content-Security-Policy.
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute && event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) { event.preventDefault(); }
});

// On a phone the header's navigation is a menu behind one button.
document.addEventListener('click', function (event) {
  var toggle = event.target.closest && event.target.closest('#menu-toggle');
  if (!toggle) { return; }
  var bar = toggle.closest('.topbar');
  var open = bar.classList.toggle('open');
  toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
});

// An installable app (manifest and service worker, /sw.js): once signed in, the worker's open cases are kept for reading
// offline; signing out forgets them.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(function () { /* not over plain http on another host: no offline */ });
  // at most every quarter of an hour, not on every page: the cases' pages are also kept whenever they are opened
  var KEPT_AT = 'taizhang.casesKeptAt', KEEP_EVERY = 15 * 60 * 1000;
  document.addEventListener('DOMContentLoaded', function () {
    if (!document.querySelector('.topbar') || Date.now() - Number(sessionStorage.getItem(KEPT_AT) || 0) < KEEP_EVERY) { return; }
    sessionStorage.setItem(KEPT_AT, String(Date.now()));
    navigator.serviceWorker.ready.then(function (registration) {
      return fetch('/api/v1/cases?mine=true&size=30', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { items: [] }; })
        .then(function (page) {
          var urls = [];
          page.items.filter(function (c) { return c.state !== 'closed' && c.state !== 'rejected'; }).forEach(function (c) {
            urls.push('/cases/' + c.id, '/api/v1/cases/' + c.id, '/api/v1/cases/' + c.id + '/timeline', '/api/v1/cases/' + c.id + '/evidence');
          });
          urls.push('/', '/cases/new', '/api/v1/case-types', '/api/v1/sectors');
          registration.active.postMessage({ type: 'keep', urls: urls });
        });
    }).catch(function () { /* offline or not supported */ });
  });
  document.addEventListener('submit', function (event) {
    if (event.target.getAttribute && event.target.getAttribute('action') === '/logout' && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage({ type: 'forget' });
      sessionStorage.removeItem(KEPT_AT);
    }
  });
}
