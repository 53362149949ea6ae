// Suggestions as you type in the catalogue's search field: titles from /api/catalogue/suggest
// fill the field's datalist. The page works without this script.
(function () {
  var field = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!field || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var last = '';
  field.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var text = field.value.trim();
      if (text.length < 2 || text === last) {
        return;
      }
      last = text;
      fetch(field.form.action.replace(/\/catalogue\/index\.xhtml$/, '') + '/api/catalogue/suggest?q=' + encodeURIComponent(text), {headers: {'Accept': 'application/json'}})
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (titles) {
          list.replaceChildren.apply(list, titles.map(function (title) {
            var option = document.createElement('option');
            option.value = title;
            return option;
          }));
        })
        .catch(function () { /* suggestions are a help, not a need */ });
    }, 150);
  });
}());
