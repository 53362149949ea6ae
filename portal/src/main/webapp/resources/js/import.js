// "Mes offres" follows an import while its offers are published: the bar moves every second, and
// a live region says once when they are all in the catalogue (or that none is). Without this
// script, the link under the bar reloads the page and its list of offers.
(function () {
  var box = document.getElementById('import-progress');
  if (!box || !window.fetch) {
    return;
  }
  var bar = document.getElementById('import-bar');
  var count = document.getElementById('import-count');
  var status = document.getElementById('import-status');
  var timer = setInterval(function () {
    fetch(box.getAttribute('data-url'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (job) {
        if (!job) {
          return;
        }
        bar.max = job.total;
        bar.value = job.published;
        count.textContent = job.published + ' / ' + job.total;
        if (job.status === 'done') {
          clearInterval(timer);
          status.textContent = box.getAttribute('data-done').replace('{0}', job.published);
        } else if (job.status === 'failed') {
          clearInterval(timer);
          status.textContent = box.getAttribute('data-failed');
        }
      })
      .catch(function () { /* the next tick tries again */ });
  }, 1000);
})();
