// Progressive enhancement of candour's charts, on sites that ask for it
// (site.yaml: charts: {interactive: true}). Every chart is already in the
// page as an SVG drawn at build time; this script redraws it from its own
// Vega-Lite spec (the download beside the page) with vega-embed, which adds
// tooltips. Only the wide drawing is redrawn: the narrow one is for phones,
// where there is no pointer to hover with. The page shows the title as text,
// so the redrawn chart leaves it out. If anything fails (no fetch over
// file://, an old browser) the static chart stays as it was.
//
// Served from the site itself, like vega, vega-lite and vega-embed: no CDN,
// no inline script, and Vega's expression interpreter (ast: true) instead of
// eval, so the page's Content-Security-Policy holds.
(function () {
  'use strict';
  if (typeof window.vegaEmbed !== 'function' || !window.fetch) return;

  var options = {
    renderer: 'svg',
    actions: false,
    ast: true,
    // vega-embed's and the tooltip's styles are inline, which the CSP
    // blocks; main.css styles the tooltip instead.
    defaultStyle: false,
    tooltip: {disableDefaultStyle: true},
  };

  // The redrawn SVG keeps the static one's text alternative.
  function carryOver(from, to) {
    ['role', 'aria-labelledby', 'aria-describedby'].forEach(function (name) {
      if (from.hasAttribute(name)) to.setAttribute(name, from.getAttribute(name));
    });
    ['desc', 'title'].forEach(function (tag) {
      var el = from.querySelector(tag);
      if (el) to.insertBefore(el.cloneNode(true), to.firstChild);
    });
  }

  function enhance(chart) {
    var image = chart.querySelector('.chart__image--wide') || chart.querySelector('.chart__image');
    var staticSvg = image && image.querySelector('svg');
    if (!staticSvg) return;
    fetch(chart.getAttribute('data-chart-spec'))
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (spec) {
        if (chart.querySelector('.chart__title')) delete spec.title;
        var target = document.createElement('div');
        return window.vegaEmbed(target, spec, options).then(function () {
          var svg = target.querySelector('svg');
          if (!svg) return;
          carryOver(staticSvg, svg);
          image.replaceChild(target, staticSvg);
        });
      })
      .catch(function () { /* keep the static chart */ });
  }

  Array.prototype.forEach.call(document.querySelectorAll('.chart[data-chart-spec]'), enhance);
})();
