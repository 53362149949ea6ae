// The adviser's consent screen learns by itself that the worker confirmed: it asks the server
// every two seconds, says so in a live region and offers the client's portfolio. Without this
// script, the link to the clients' list shows the new consent.
(function () {
  var status = document.getElementById('consent-status');
  if (!status || !window.fetch) {
    return;
  }
  var url = status.getAttribute('data-state-url');
  var expires = Date.parse(status.getAttribute('data-expires'));
  var timer = setInterval(function () {
    if (Date.now() > expires + 5000) {
      clearInterval(timer);
      status.textContent = status.getAttribute('data-expired');
      return;
    }
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state || state.state === 'pending') {
          return;
        }
        clearInterval(timer);
        if (state.state === 'confirmed') {
          var link = document.createElement('a');
          link.id = 'open-client';
          link.href = status.getAttribute('data-client-url') + state.grantId;
          link.textContent = status.getAttribute('data-open');
          status.replaceChildren(document.createTextNode(status.getAttribute('data-confirmed') + ' '), link);
        } else {
          status.textContent = status.getAttribute('data-expired');
        }
      })
      .catch(function () { /* the next tick tries again */ });
  }, 2000);
})();
