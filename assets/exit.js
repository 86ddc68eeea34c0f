// Quick exit: the "Leave this site" link works without this script. With it, pressing
// Escape three times in a row also leaves, and the page is replaced in the history so
// the back button does not return to it.
(function () {
  "use strict";
  var link = document.getElementById("exit");
  if (!link) return;
  var target = link.getAttribute("href");
  function leave(event) {
    if (event) event.preventDefault();
    document.body.style.display = "none";
    window.location.replace(target);
  }
  link.addEventListener("click", leave);
  var presses = 0;
  var timer = null;
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Escape") return;
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { presses = 0; }, 2000);
    if (presses >= 3) leave();
  });
})();
