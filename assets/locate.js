// "Use my location": fills the search box with the browser's coordinates, rounded to
// about 100 metres, and searches. The location goes only to this website, in the
// address of the search; the page works fully without this script.
(function () {
  "use strict";
  var button = document.getElementById("locate");
  var input = document.getElementById("where");
  if (!button || !input || !navigator.geolocation) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    button.disabled = true;
    button.textContent = "Finding your location…";
    navigator.geolocation.getCurrentPosition(
      function (pos) {
        input.value = pos.coords.latitude.toFixed(3) + "," + pos.coords.longitude.toFixed(3);
        input.form.submit();
      },
      function () {
        button.disabled = false;
        button.textContent = "Could not find your location. Please type it instead.";
        input.focus();
      },
      { maximumAge: 600000, timeout: 15000 }
    );
  });
})();
