// CiteTrace report: filters for the quote table on quotes.html. Only hides rows.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("quotes");
  if (!form || !table || !table.tBodies.length) { return; }
  var rows = table.tBodies[0].rows;
  var boxes = form.querySelectorAll("input[name=verdict]");
  function apply() {
    var verdicts = {};
    for (var i = 0; i < boxes.length; i++) { verdicts[boxes[i].value] = boxes[i].checked; }
    var speech = form.elements.speech.value;
    var article = form.elements.article.value;
    var hideTrivial = form.elements.trivial.checked;
    var shown = 0;
    for (var j = 0; j < rows.length; j++) {
      var d = rows[j].dataset;
      var ok = verdicts[d.verdict] === true &&
        (speech === "" || d.speech === speech) &&
        (article === "" || d.article === article) &&
        !(hideTrivial && d.trivial === "true");
      rows[j].hidden = !ok;
      if (ok) { shown++; }
    }
    form.elements.shown.value = "显示 " + shown + " / " + rows.length + " 条";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();