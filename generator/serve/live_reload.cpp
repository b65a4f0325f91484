#include "serve/live_reload.hpp"

namespace candour {

namespace {

// Written for browsers of the last few years (EventSource, Element.append).
// Diagnostic text only ever reaches the page through textContent.
constexpr const char* script_source = R"js(// candour serve: reloads the page when the site is rebuilt, and lists build
// problems over it. Only the preview has this file: `candour build` never
// writes it.
(() => {
  'use strict';
  const api = '/__candour/';
  let loaded = null;  // the build this page came from
  let shownVersion = null;
  let overlay = null;
  let returnFocus = null;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  // Hiding the message hides one build's problems; the next build's show again.
  function dismissedKey(status) {
    return 'candour-hidden-' + status.session + '-' + status.version;
  }

  function isDismissed(status) {
    try {
      return sessionStorage.getItem(dismissedKey(status)) === '1';
    } catch (e) {
      return false;
    }
  }

  function useStylesheet() {
    if (document.getElementById('candour-overlay-css')) return;
    const link = element('link');
    link.id = 'candour-overlay-css';
    link.rel = 'stylesheet';
    link.href = api + 'overlay.css';
    document.head.append(link);
  }

  function headline(status) {
    const counts = [];
    if (status.errors) counts.push(plural(status.errors, 'error'));
    if (status.warnings) counts.push(plural(status.warnings, 'warning'));
    return (status.errors ? 'The site did not build: ' : 'The site built with ') + counts.join(' and ');
  }

  function explanation(status) {
    if (!status.errors) return 'This page is up to date. Check these before the site is published.';
    if (!status.has_site) return 'Nothing could be shown yet. Fix the problems below and save: this page updates by itself.';
    return 'You are looking at the last version that built without errors. ' +
      'Fix the problems below and save the file: this page updates by itself.';
  }

  function problemItem(d) {
    const item = element('li', 'candour-overlay__problem candour-overlay__problem--' + d.severity);
    const where = element('p', 'candour-overlay__where');
    where.append(element('strong', '', d.severity === 'error' ? 'Error' : 'Warning'), ' in ',
      element('code', '', d.file + ':' + d.line + ':' + d.col));
    item.append(where, element('p', 'candour-overlay__message', d.message));
    if (d.hint) item.append(element('p', 'candour-overlay__hint', 'How to fix it: ' + d.hint));
    return item;
  }

  function onKeydown(event) {
    if (event.key === 'Escape') dismiss();
  }

  function hide() {
    if (!overlay) return;
    overlay.remove();
    overlay = null;
    document.documentElement.classList.remove('candour-has-overlay');
    document.removeEventListener('keydown', onKeydown);
    if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
    returnFocus = null;
  }

  function dismiss() {
    if (!overlay) return;
    try {
      sessionStorage.setItem(overlay.dataset.key, '1');
    } catch (e) {
      // Storage is off: the message still hides, until the next reload.
    }
    hide();
  }

  function show(status) {
    hide();
    if (status.diagnostics.length === 0 || isDismissed(status)) return;
    useStylesheet();
    overlay = element('section', 'candour-overlay');
    overlay.dataset.key = dismissedKey(status);
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-labelledby', 'candour-overlay-title');
    overlay.setAttribute('aria-describedby', 'candour-overlay-intro');
    const title = element('h2', 'candour-overlay__title', headline(status));
    title.id = 'candour-overlay-title';
    const intro = element('p', 'candour-overlay__intro', explanation(status));
    intro.id = 'candour-overlay-intro';
    const close = element('button', 'candour-overlay__close', 'Hide this message (Esc)');
    close.type = 'button';
    close.addEventListener('click', dismiss);
    const list = element('ol', 'candour-overlay__problems');
    status.diagnostics.forEach((d) => list.append(problemItem(d)));
    overlay.append(title, intro, close, list);
    document.body.append(overlay);
    document.documentElement.classList.add('candour-has-overlay');
    document.addEventListener('keydown', onKeydown);
    returnFocus = document.activeElement;
    close.focus();
  }

  // The preview sends its status at once, then after every build.
  function onStatus(status) {
    if (loaded === null) {
      loaded = status;
    } else if (status.session !== loaded.session || status.site_version !== loaded.site_version) {
      location.reload();  // a new build, or a restarted preview
      return;
    }
    if (status.version !== shownVersion) {
      shownVersion = status.version;
      show(status);
    }
  }

  // EventSource reconnects by itself if the preview stops and starts again.
  const events = new EventSource(api + 'events');
  events.addEventListener('message', (event) => onStatus(JSON.parse(event.data)));
  window.addEventListener('pagehide', () => events.close());
})();
)js";

// Dark text on white (about 19:1), a red edge, and a focus style that shows
// on any background.
constexpr const char* css_source =
    R"css(/* candour serve: the panel listing build problems. Only the preview has this file. */
.candour-overlay {
  position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647;
  box-sizing: border-box; max-height: 60vh; overflow-y: auto;
  padding: 1rem 1.5rem 1.5rem;
  background: #ffffff; color: #0b0c0c;
  border-top: .5rem solid #b10e1e;
  box-shadow: 0 -.25rem 1rem rgba(11, 12, 12, .35);
  font: 1.125rem/1.4 system-ui, -apple-system, "Segoe UI", Arial, sans-serif;
  text-align: left;
}
.candour-has-overlay body { padding-bottom: 60vh; }
.candour-overlay__title { margin: 0 0 .5rem; font-size: 1.5rem; line-height: 1.2; color: #0b0c0c; }
.candour-overlay__intro { margin: 0 0 1rem; }
.candour-overlay__close {
  font: inherit; font-weight: 700; color: #ffffff; background: #0b0c0c;
  border: .125rem solid #0b0c0c; border-radius: 0; padding: .4rem .8rem; cursor: pointer;
}
.candour-overlay__close:hover { background: #383f43; }
.candour-overlay__close:focus-visible { outline: .2rem solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 .45rem #0b0c0c; }
.candour-overlay__problems { margin: 1rem 0 0; padding-left: 1.5rem; }
.candour-overlay__problem { margin: 0 0 1rem; padding-left: .75rem; border-left: .3rem solid #b10e1e; }
.candour-overlay__problem--warning { border-left-color: #594d00; }
.candour-overlay__where, .candour-overlay__message, .candour-overlay__hint { margin: .25rem 0; }
.candour-overlay__where code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 1rem; overflow-wrap: anywhere; }
.candour-overlay__message { font-weight: 700; }
@media (forced-colors: active) {
  .candour-overlay { border: .2rem solid CanvasText; }
  .candour-overlay__close:focus-visible { outline: .2rem solid Highlight; }
}
@media print { .candour-overlay { display: none; } }
.candour-waiting { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #0b0c0c; background: #ffffff;
  font: 1.125rem/1.4 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
)css";

// The last "</body", in any case, as HTML allows.
std::size_t find_last_body_end(const std::string& html) {
    std::string lower = html;
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lower.rfind("</body");
}

}  // namespace

const std::string& reload_script() {
    static const std::string script = script_source;
    return script;
}

const std::string& overlay_css() {
    static const std::string css = css_source;
    return css;
}

std::string with_reload_script(std::string html) {
    std::size_t at = find_last_body_end(html);
    if (at == std::string::npos) at = html.size();
    html.insert(at, reload_script_tag);
    return html;
}

std::string waiting_page() {
    return with_reload_script(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; "
        "style-src 'self'; connect-src 'self'\">\n"
        "<title>Preview not ready</title>\n<link rel=\"stylesheet\" href=\"/__candour/overlay.css\">\n</head>\n"
        "<body class=\"candour-waiting\">\n<main>\n<h1>The preview is not ready yet</h1>\n"
        "<p>The site has not yet built without errors, so there is nothing to show. The problems are listed on "
        "this page; fix them and save, and this page updates by itself.</p>\n</main>\n</body>\n</html>\n");
}

}  // namespace candour
