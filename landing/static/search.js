// Filter the cards as the visitor types or picks a tag, without a round trip. The server filters
// the same way for an address with ?q=...&tag=... (landing/search.py): every word of the query in
// a card's title, description or tags, and the chosen tag among its tags.
(function () {
  var form = document.querySelector("form.search");
  if (!form) { return; }
  var query = form.querySelector('input[name="q"]');
  var tagField = form.querySelector('input[name="tag"]');
  var count = document.getElementById("search-count");
  var noMatch = document.getElementById("no-match");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".cards > .card"));
  var chips = Array.prototype.slice.call(document.querySelectorAll(".tag-filter .chip"));

  function address(q, tag) {
    var params = new URLSearchParams();
    if (q) { params.set("q", q); }
    if (tag) { params.set("tag", tag); }
    var search = params.toString();
    return location.pathname + (search ? "?" + search : "");
  }

  function apply() {
    var words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    var tag = tagField.disabled ? "" : tagField.value;
    var shown = 0;
    cards.forEach(function (card) {
      var text = card.getAttribute("data-search");
      var tags = card.getAttribute("data-tags").split(" ");
      var match = (!tag || tags.indexOf(tag) >= 0) &&
        words.every(function (word) { return text.indexOf(word) >= 0; });
      card.hidden = !match;
      if (match) { shown += 1; }
    });
    var said = shown + " of " + cards.length + " dashboards";
    if (count.textContent !== said) { count.textContent = said; }  // announced only when it changes
    noMatch.hidden = shown > 0;
    chips.forEach(function (chip) {
      var own = chip.getAttribute("data-tag");
      if (own === tag) { chip.setAttribute("aria-current", "true"); } else { chip.removeAttribute("aria-current"); }
      chip.setAttribute("href", address(query.value.trim(), own));
    });
    history.replaceState(null, "", address(query.value.trim(), tag));  // reload or share: same cards
  }

  query.addEventListener("input", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  chips.forEach(function (chip) {
    chip.addEventListener("click", function (event) {
      event.preventDefault();
      tagField.value = chip.getAttribute("data-tag");
      tagField.disabled = !tagField.value;
      apply();
    });
  });
})();
