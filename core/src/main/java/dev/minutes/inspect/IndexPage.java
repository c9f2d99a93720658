package dev.minutes.inspect;

import java.util.Map;

/**
 * {@code index.html}: the page images beside the JSON tree. Choosing a node that has a box scrolls to its page and
 * outlines it there; a node whose page was not drawn says so; {@code index.html#/items/2/title} opens with that
 * node chosen. Plain HTML and JavaScript in one file, nothing fetched
 * from the network; the JSON is embedded.
 */
final class IndexPage {
  private IndexPage() {}

  static String html(String json, Map<Integer, String> images, float dpi) {
    StringBuilder pages = new StringBuilder();
    images.forEach((page, file) -> pages.append("<div class=\"page\" id=\"page-").append(page)
        .append("\"><div class=\"caption\">page ").append(page).append("</div><div class=\"frame\"><img src=\"")
        .append(file).append("\" alt=\"page ").append(page).append("\"></div></div>\n"));
    StringBuilder legend = new StringBuilder();
    for (Role r : Role.values()) {
      legend.append("<span><i style=\"background:").append(r.css()).append("\"></i>").append(r.legend())
          .append("</span>\n");
    }
    // No "</script" nor "<!--" inside the script element: every "<" is written as a JSON escape.
    String data = json.replace("<", "\\u003c");
    return TEMPLATE.replace("@DPI@", Float.toString(dpi)).replace("@LEGEND@", legend).replace("@PAGES@", pages)
        .replace("@DATA@", data);
  }

  private static final String TEMPLATE = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>minutes inspect</title>
      <style>
        body { margin: 0; font: 13px/1.4 sans-serif; display: flex; height: 100vh; }
        #tree { width: 42%; overflow: auto; padding: 8px 12px; border-right: 1px solid #ccc; box-sizing: border-box; }
        #pages { flex: 1; overflow: auto; background: #ddd; padding: 8px; }
        .page { margin: 0 auto 16px; width: max-content; }
        .caption { color: #555; }
        .frame { position: relative; }
        .frame img { display: block; }
        .mark { position: absolute; border: 3px solid #000; box-shadow: 0 0 0 3px #ff0; pointer-events: none; }
        ul { list-style: none; margin: 0; padding-left: 14px; }
        li > .node { cursor: default; }
        .boxed { cursor: pointer; text-decoration: underline dotted; }
        .boxed.chosen { background: #ff0; }
        .key { color: #555; }
        .value { color: #000; }
        .nowhere { color: #a00; }
        #legend span { display: inline-block; margin-right: 10px; }
        #legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
      </style>
      </head>
      <body>
      <div id="tree"><div id="legend">@LEGEND@</div><p id="status">Choose an underlined node to see its box.</p></div>
      <div id="pages">
      @PAGES@</div>
      <script type="application/json" id="data">@DATA@</script>
      <script>
      (function () {
        var dpi = @DPI@;
        var doc = JSON.parse(document.getElementById('data').textContent);
        var prov = doc.provenance || {elements: {}, furniture: []};
        var status = document.getElementById('status');
        var chosen = null;

        function show(pointer, region, el) {
          document.querySelectorAll('.mark').forEach(function (m) { m.remove(); });
          if (chosen) chosen.classList.remove('chosen');
          chosen = el;
          el.classList.add('chosen');
          var boxes = [{page: region.page, bbox: region.bbox}].concat(region.continued || []);
          var first = null, missing = [];
          boxes.forEach(function (b) {
            var page = document.getElementById('page-' + b.page);
            if (!page) { missing.push(b.page); return; }
            var scale = dpi / 72, m = document.createElement('div');
            m.className = 'mark';
            m.style.left = (b.bbox[0] * scale - 3) + 'px';
            m.style.top = (b.bbox[1] * scale - 3) + 'px';
            m.style.width = ((b.bbox[2] - b.bbox[0]) * scale + 6) + 'px';
            m.style.height = ((b.bbox[3] - b.bbox[1]) * scale + 6) + 'px';
            page.querySelector('.frame').appendChild(m);
            if (!first) first = m;
          });
          status.textContent = pointer + ': page ' + region.page + ', [' + region.bbox.join(', ') + ']'
            + (missing.length ? ' (page ' + missing.join(', ') + ' not drawn)' : '');
          if (first) first.scrollIntoView({block: 'center', behavior: 'smooth'});
        }

        function node(key, value, pointer) {
          var li = document.createElement('li');
          var label = document.createElement('span');
          label.className = 'node';
          var k = document.createElement('span');
          k.className = 'key';
          k.textContent = key + ': ';
          label.appendChild(k);
          var region = prov.elements[pointer];
          if (value !== null && typeof value === 'object') {
            if (Array.isArray(value)) k.textContent = key + ' [' + value.length + ']';
            else k.textContent = key;
          } else {
            var v = document.createElement('span');
            v.className = 'value';
            v.textContent = JSON.stringify(value);
            label.appendChild(v);
          }
          if (region) {
            label.classList.add('boxed');
            label.setAttribute('data-pointer', pointer);
            label.addEventListener('click', function (e) { e.stopPropagation(); show(pointer, region, label); });
          }
          li.appendChild(label);
          if (value !== null && typeof value === 'object') li.appendChild(list(value, pointer));
          return li;
        }

        function list(value, pointer) {
          var ul = document.createElement('ul');
          Object.keys(value).forEach(function (key) {
            if (pointer === '' && key === 'provenance') return;
            ul.appendChild(node(key, value[key], pointer + '/' + key));
          });
          return ul;
        }

        var tree = document.getElementById('tree');
        tree.appendChild(list(doc, ''));
        var furniture = document.createElement('ul');
        var title = document.createElement('li');
        title.textContent = 'furniture set aside [' + prov.furniture.length + ']';
        furniture.appendChild(title);
        var inner = document.createElement('ul');
        prov.furniture.forEach(function (f, i) {
          var li = document.createElement('li');
          var label = document.createElement('span');
          label.className = 'node boxed';
          label.textContent = 'page ' + f.page + ', ' + f.kind + ': ' + JSON.stringify(f.text);
          label.addEventListener('click', function () { show('furniture ' + i, f, label); });
          li.appendChild(label);
          inner.appendChild(li);
        });
        title.appendChild(inner);
        tree.appendChild(furniture);
        // index.html#/items/2/title opens with that element chosen.
        var wanted = decodeURIComponent(location.hash.slice(1));
        if (wanted && prov.elements[wanted]) {
          var el = tree.querySelector('[data-pointer="' + wanted.replace(/"/g, '') + '"]');
          if (el) show(wanted, prov.elements[wanted], el);
        }
      })();
      </script>
      </body>
      </html>
      """;
}
