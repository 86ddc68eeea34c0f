// Pan and zoom for the map, on top of its plain links: each move fetches the next view
// as the server draws it and swaps it in, keeping the address (and Back) in step.
// Keys on the focused map: + and - zoom, the arrows move; the wheel zooms, a drag moves,
// a pinch zooms. Without this script every view is still reached by its links.
(function () {
  "use strict";
  var main = document.getElementById("main");
  if (!main || !window.fetch || !window.DOMParser || !history.pushState) return;
  if (!main.querySelector(".map-svg")) return;
  var busy = false;

  function link(name) {
    var a = main.querySelector('a[data-move="' + name + '"]');
    return a ? a.getAttribute("href") : null;
  }

  // The area under a point of the screen (the middle of the map when none is given).
  function inward(x, y) {
    var svg = main.querySelector(".map-svg");
    var box = svg.getBoundingClientRect();
    if (x === undefined) { x = box.left + box.width / 2; y = box.top + box.height / 2; }
    var best = null, bestD = Infinity;
    main.querySelectorAll(".map-svg a.hex").forEach(function (a) {
      var r = a.getBoundingClientRect();
      var d = Math.pow(r.left + r.width / 2 - x, 2) + Math.pow(r.top + r.height / 2 - y, 2);
      if (d < bestD) { bestD = d; best = a; }
    });
    return best ? best.getAttribute("href") : null;
  }

  function go(url, push) {
    if (!url || busy) return;
    busy = true;
    fetch(url, { credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (text) {
        var doc = new DOMParser().parseFromString(text, "text/html");
        var fresh = doc.getElementById("main");
        if (!fresh || !fresh.querySelector(".map-svg")) { window.location.assign(url); return; }
        var nodes = Array.prototype.filter.call(fresh.childNodes, function (n) {
          return n.nodeName !== "SCRIPT";
        }).map(function (n) { return document.importNode(n, true); });
        main.replaceChildren.apply(main, nodes);
        document.title = doc.title;
        if (push) history.pushState({ map: true }, "", url);
        ready(true);
      })
      .catch(function () { window.location.assign(url); })
      .then(function () { busy = false; });
  }

  var KEYS = { ArrowUp: "north", ArrowRight: "east", ArrowDown: "south", ArrowLeft: "west" };

  function ready(focus) {
    var svg = main.querySelector(".map-svg");
    if (!svg) return;
    svg.setAttribute("tabindex", "0");
    svg.setAttribute("aria-keyshortcuts", "+ - ArrowUp ArrowDown ArrowLeft ArrowRight");
    var figure = svg.parentNode;
    var bar = document.createElement("div");
    bar.className = "map-zoom";
    [["+", "Zoom in", function () { go(inward(), true); }, !!inward()],
     ["\u2212", "Zoom out", function () { go(link("out"), true); }, !!link("out")]]
      .forEach(function (b) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "button secondary";
        button.textContent = b[0];
        button.setAttribute("aria-label", b[1]);
        button.disabled = !b[3];
        button.addEventListener("click", b[2]);
        bar.appendChild(button);
      });
    figure.insertBefore(bar, svg);
    if (focus) svg.focus({ preventScroll: true });

    svg.addEventListener("keydown", function (e) {
      if (e.key === "+" || e.key === "=") { go(inward(), true); }
      else if (e.key === "-" || e.key === "_") { go(link("out"), true); }
      else if (KEYS[e.key]) { go(link(KEYS[e.key]), true); }
      else return;
      e.preventDefault();
    });

    var lastWheel = 0;
    svg.addEventListener("wheel", function (e) {
      e.preventDefault();
      var now = Date.now();
      if (now - lastWheel < 700) return;
      lastWheel = now;
      go(e.deltaY < 0 ? inward(e.clientX, e.clientY) : link("out"), true);
    }, { passive: false });

    // Drags move the map a view's width; two fingers pinching zoom.
    var down = {}, start = null, pinch = null, dragged = false;
    svg.addEventListener("pointerdown", function (e) {
      down[e.pointerId] = [e.clientX, e.clientY];
      var ids = Object.keys(down);
      if (ids.length === 1) { start = [e.clientX, e.clientY]; dragged = false; }
      if (ids.length === 2) {
        var a = down[ids[0]], b = down[ids[1]];
        pinch = Math.hypot(a[0] - b[0], a[1] - b[1]);
      }
    });
    svg.addEventListener("pointermove", function (e) {
      if (down[e.pointerId]) down[e.pointerId] = [e.clientX, e.clientY];
    });
    svg.addEventListener("pointerup", function (e) {
      var ids = Object.keys(down);
      if (ids.length === 2 && pinch) {
        var a = down[ids[0]], b = down[ids[1]];
        var ratio = Math.hypot(a[0] - b[0], a[1] - b[1]) / pinch;
        pinch = null; down = {}; dragged = true;
        if (ratio > 1.25) go(inward((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), true);
        else if (ratio < 0.8) go(link("out"), true);
        return;
      }
      delete down[e.pointerId];
      if (!start) return;
      var dx = e.clientX - start[0], dy = e.clientY - start[1];
      start = null;
      if (Math.hypot(dx, dy) < 40) return;
      dragged = true;
      var way = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? "west" : "east") : (dy > 0 ? "north" : "south");
      go(link(way), true);
    });
    svg.addEventListener("click", function (e) {
      if (dragged) { e.preventDefault(); dragged = false; }
    }, true);
  }

  // Links between map views are followed in place.
  main.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a[href^='/map']") : null;
    if (!a || e.defaultPrevented || e.ctrlKey || e.metaKey || e.shiftKey || e.button) return;
    e.preventDefault();
    go(a.getAttribute("href"), true);
  });
  window.addEventListener("popstate", function () { go(window.location.href, false); });
  history.replaceState({ map: true }, "", window.location.href);
  ready(false);
})();
