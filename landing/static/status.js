// Keep the status badges current without reloading the page.
(function refresh() {
  setTimeout(function () {
    fetch("api/dashboards", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (list) {
      list.forEach(function (d) {
        var badge = document.querySelector('[data-dashboard="' + d.name + '"] .status');
        if (badge) { badge.textContent = d.status; badge.className = "status status-" + d.status; }
      });
    }).catch(function () {}).then(refresh);
  }, 3000);
})();
