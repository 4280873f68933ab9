// The compare picker: the one script of the site. Every page reads in full without it; it only
// turns the list of steps up into a menu that opens the chosen compare page.
(function () {
  "use strict";
  var form = document.getElementById("compare-picker");
  if (!form) {
    return;
  }
  var select = form.querySelector("select");
  form.hidden = false;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (select.value) {
      window.location.href = select.value;
    }
  });
})();
