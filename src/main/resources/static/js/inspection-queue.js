// The inspector's outings waiting for a connection: the outing (its JSON, with the clientId that makes every resend
// answer the same outing) in localStorage, its photos as blobs in IndexedDB (too big for localStorage). Sending is the
// same whether the outing is new or waited: record it (201, or 200 for one recorded before), then upload its photos to
// the visits the answer names (a photo sent twice is stored once). A refusal (4xx) is kept, marked, for correction.
var OutingQueue = (function () {
  var KEY = 'taizhang.pendingOutings';
  var STORE = 'photos';
  var flushing = false;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open('taizhang-inspections', 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function withStore(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var request = work(tx.objectStore(STORE));
        tx.oncomplete = function () { db.close(); resolve(request.result); };
        tx.onerror = tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }

  /** photos: [{visit: index, item: code or null, blob, name}] */
  function savePhotos(clientId, photos) { return withStore('readwrite', function (s) { return s.put(photos, clientId); }); }
  function loadPhotos(clientId) {
    return withStore('readonly', function (s) { return s.get(clientId); }).then(function (p) { return p || []; }, function () { return []; });
  }
  function dropPhotos(clientId) { return withStore('readwrite', function (s) { return s.delete(clientId); }).catch(function () {}); }

  function pending() { return JSON.parse(localStorage.getItem(KEY) || '[]'); }
  function store(list) { localStorage.setItem(KEY, JSON.stringify(list)); }
  function put(entry) {
    var list = pending().filter(function (e) { return e.clientId !== entry.clientId; });
    list.push(entry);
    store(list);
  }
  function remove(clientId) { store(pending().filter(function (e) { return e.clientId !== clientId; })); }

  /** No answer, or the server's own trouble: worth sending again later. */
  function transient(failure) { return !failure.result || failure.result.status >= 500; }

  function upload(entry, outing) {
    return loadPhotos(entry.clientId).then(function (photos) {
      var refused = [];
      return photos.reduce(function (chain, p) {
        return chain.then(function () {
          var visit = outing.visits[p.visit];
          var data = new FormData();
          data.append('file', p.blob, p.name || 'photo.jpg');
          if (p.item) { data.append('item', p.item); }
          return Api.upload('/api/v1/inspections/' + outing.id + '/visits/' + visit.id + '/photos', data).catch(function (failure) {
            if (transient(failure)) { throw failure; }
            refused.push((p.name || '照片') + '：' + failure.message);
          });
        });
      }, Promise.resolve()).then(function () { return dropPhotos(entry.clientId); }).then(function () { return refused; });
    });
  }

  /** Records the outing and uploads its photos: {outing, refusedPhotos}; rejects as Api does. */
  function send(entry) {
    return Api.post('/api/v1/inspections', entry.body).then(function (answer) {
      return upload(entry, answer.body).then(function (refused) { return { outing: answer.body, refusedPhotos: refused }; });
    });
  }

  /** Sends what waits, one outing at a time, until the network fails again; tells {@code report} of each sent or refused. */
  function flush(report) {
    if (flushing) { return Promise.resolve(); }
    flushing = true;
    var waiting = pending().filter(function (e) { return !e.refused; });
    return waiting.reduce(function (chain, entry) {
      return chain.then(function () {
        return send(entry).then(function (result) {
          remove(entry.clientId);
          report(entry, result, null);
        }, function (failure) {
          if (transient(failure)) { throw failure; }
          entry.refused = { message: failure.message, body: failure.result.body };
          put(entry);
          report(entry, null, failure);
        });
      });
    }, Promise.resolve()).catch(function () { /* still offline: they wait */ }).finally(function () { flushing = false; });
  }

  return { pending: pending, put: put, remove: remove, savePhotos: savePhotos, loadPhotos: loadPhotos, dropPhotos: dropPhotos,
    transient: transient, send: send, flush: flush };
})();
