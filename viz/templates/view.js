/* hlkg graph view: draws the network, then offers search, filters and details.
 *
 * Data arrives as JSON in <script id="hv-data"> (never evaluated as code). Tooltips come as
 * HTML whose corpus text is already escaped; they are still rebuilt here from an allow-list
 * of tags with no attributes, so nothing in them can load or run.
 */
(function () {
  "use strict";

  var ALLOWED = { DIV: 1, P: 1, SPAN: 1, EM: 1, STRONG: 1, B: 1, I: 1, Q: 1, SMALL: 1, UL: 1, LI: 1, BR: 1 };

  function safeElement(html) {
    var template = document.createElement("template");
    template.innerHTML = html; // a template's content is inert: nothing loads or runs
    var box = document.createElement("div");
    box.className = "hv-tip";
    copyClean(template.content, box);
    return box;
  }

  function copyClean(from, to) {
    for (var i = 0; i < from.childNodes.length; i++) {
      var node = from.childNodes[i];
      if (node.nodeType === 3) {
        to.appendChild(document.createTextNode(node.nodeValue));
      } else if (node.nodeType === 1) {
        if (ALLOWED[node.tagName]) {
          var copy = document.createElement(node.tagName);
          var cls = node.getAttribute("class");
          if (cls && /^[a-z -]+$/.test(cls)) copy.className = cls;
          copyClean(node, copy);
          to.appendChild(copy);
        } else if (node.tagName !== "SCRIPT" && node.tagName !== "STYLE") {
          copyClean(node, to);
        }
      }
    }
  }

  var data = JSON.parse(document.getElementById("hv-data").textContent);
  var tips = {};
  function withTip(item) {
    var copy = Object.assign({}, item);
    if (typeof copy.title === "string" && copy.title) {
      tips[copy.id] = copy.title;
      copy.title = safeElement(copy.title);
    }
    return copy;
  }
  data.edges.forEach(function (edge, index) { if (edge.id === undefined) edge.id = "e" + index; });
  var nodes = new vis.DataSet(data.nodes.map(withTip));
  var edges = new vis.DataSet(data.edges.map(withTip));

  var state = {
    categories: {},
    relations: {},
    minConfidence: 0,
    minCount: 1,
    hideIsolated: !!data.hideIsolated,
    stabilized: false,
    selected: null
  };

  function edgeVisible(edge) {
    if (edge.relationKey !== undefined && state.relations[edge.relationKey] === false) return false;
    if (edge.confidence !== undefined && edge.confidence < state.minConfidence) return false;
    if (edge.count !== undefined && edge.count < state.minCount) return false;
    var from = nodes.get(edge.from), to = nodes.get(edge.to);
    return nodeShown(from) && nodeShown(to);
  }
  function nodeShown(node) {
    return !!node && state.categories[node.category] !== false;
  }
  var linked = {};
  function recountLinks() {
    linked = {};
    edges.forEach(function (edge) {
      if (edgeVisible(edge)) { linked[edge.from] = true; linked[edge.to] = true; }
    });
  }
  function nodeVisible(node) {
    if (!nodeShown(node)) return false;
    if (state.hideIsolated && !linked[node.id] && node.id !== data.centre) return false;
    return true;
  }

  recountLinks();
  var nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgeView = new vis.DataView(edges, { filter: edgeVisible });
  var container = document.getElementById("hv-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  var status = document.getElementById("hv-status");

  function showEmptiness() {
    if (!status) return;
    status.hidden = nodeView.length > 0;
    status.textContent = data.nodes.length
      ? "Nothing to show with these filters."
      : "Nothing to show: the graph holds no concepts for this view.";
  }

  // --- labels stay legible when zoomed out --------------------------------------------------
  // vis-network draws text at (font size x zoom); fitted into the window, a large picture's
  // labels become specks. Below the zoom at which a typical (median) label would drop under
  // data.labelFloor screen pixels, every label grows by one factor, so they keep their
  // relative sizes and the typical one stays at the floor; zoomed in, the written sizes return.
  var baseFonts = {};
  var defaultFont = data.options.nodes.font;
  data.nodes.forEach(function (n) {
    var font = n.font || {};
    baseFonts[n.id] = {
      own: font, // DataSet.update replaces a node's font whole: keep the rest (bold...) with it
      size: font.size || defaultFont.size,
      strokeWidth: font.strokeWidth !== undefined ? font.strokeWidth : defaultFont.strokeWidth
    };
  });
  var typicalFont = Object.keys(baseFonts).map(function (id) { return baseFonts[id].size; })
    .sort(function (a, b) { return a - b; })[Math.floor(data.nodes.length / 2)];
  var edgeFont = data.options.edges.font;
  var labelFactor = 1, labelsPending = false;
  function fitLabels(exact) {
    labelsPending = false;
    if (!data.labelFloor || !typicalFont) return;
    var factor = Math.max(1, data.labelFloor / (typicalFont * network.getScale()));
    if (factor === labelFactor || (!exact && Math.abs(factor - labelFactor) < 0.03 * labelFactor)) return;
    labelFactor = factor;
    nodes.update(Object.keys(baseFonts).map(function (id) {
      var base = baseFonts[id];
      var font = Object.assign({}, base.own, { size: base.size * factor, strokeWidth: base.strokeWidth * factor });
      return { id: id, font: font };
    }));
    network.setOptions({ edges: { font: { size: edgeFont.size * factor, strokeWidth: edgeFont.strokeWidth * factor } } });
  }
  function scheduleLabels() {
    if (labelsPending) return;
    labelsPending = true;
    window.requestAnimationFrame(function () { fitLabels(false); });
  }
  network.on("zoom", scheduleLabels);
  network.on("animationFinished", scheduleLabels);

  function settled() {
    network.setOptions({ physics: { enabled: false } });
    state.stabilized = true;
    if (data.labelFloor) {
      fitLabels(true);
      network.fit(); // grown labels (boxes) may reach past the first fit
      fitLabels(true);
    }
    showEmptiness();
    if (data.centre && nodes.get(data.centre)) select(data.centre, false);
  }
  network.once("stabilizationIterationsDone", settled);
  if (!data.nodes.length) settled();
  network.on("stabilizationProgress", function (params) {
    if (status) status.textContent = "Laying out… " + Math.round((100 * params.iterations) / params.total) + "%";
  });

  // Legend counts say what is drawn: "3" when all are, "3 of 5" while filters hide some.
  function showCounts(selector, view, key) {
    var shown = {}, seen = {};
    view.forEach(function (item) {
      var one = item.claim !== undefined ? item.claim : item.id; // a split claim's two halves count once
      if (seen[one]) return;
      seen[one] = true;
      shown[item[key]] = (shown[item[key]] || 0) + 1;
    });
    document.querySelectorAll(selector).forEach(function (box) {
      var count = box.parentNode.querySelector(".hv-count");
      if (!count) return;
      var total = count.dataset.total, n = shown[box.getAttribute(selector.slice(1, -1))] || 0;
      count.textContent = String(n) === total ? total : n + " of " + total;
      count.title = n + " shown of " + total;
    });
  }
  function updateCounts() {
    showCounts("[data-category]", nodeView, "category");
    showCounts("[data-relation]", edgeView, "relationKey");
  }

  function refresh() {
    var before = nodeView.length;
    recountLinks();
    edgeView.refresh();
    nodeView.refresh();
    updateCounts();
    if (state.stabilized) showEmptiness();
    if (state.stabilized && nodeView.length > before) {
      // Nodes came back with no place in the settled layout: let physics find them one.
      network.setOptions({ physics: { enabled: true } });
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({ physics: { enabled: false } });
      });
      network.stabilize(150);
    }
  }

  // --- selection and details ---------------------------------------------------------------
  var details = document.getElementById("hv-details");
  function showDetails(id, isEdge) {
    details.textContent = "";
    var html = tips[id];
    if (html) details.appendChild(safeElement(html));
    if (!isEdge) {
      var neighbours = network.getConnectedNodes(id).map(function (n) { return nodes.get(n); })
        .filter(Boolean).sort(function (a, b) { return a.label.localeCompare(b.label); });
      if (neighbours.length) {
        var heading = document.createElement("h4");
        heading.textContent = "Linked to";
        details.appendChild(heading);
        var list = document.createElement("ul");
        list.className = "hv-neighbours";
        neighbours.forEach(function (n) {
          var item = document.createElement("li");
          var button = document.createElement("button");
          button.type = "button";
          button.textContent = n.label;
          button.addEventListener("click", function () { select(n.id, true); });
          item.appendChild(button);
          list.appendChild(item);
        });
        details.appendChild(list);
      }
      var node = nodes.get(id);
      if (node && node.href) {
        var link = document.createElement("a");
        link.href = node.href;
        link.textContent = "Open the concept's page";
        link.className = "hv-page-link";
        details.appendChild(link);
      }
    }
  }

  function highlight(id) {
    var keep = {};
    keep[id] = true;
    network.getConnectedNodes(id).forEach(function (n) { keep[n] = true; });
    nodes.update(nodes.get().map(function (n) { return { id: n.id, opacity: keep[n.id] ? 1 : 0.18 }; }));
    var touching = {};
    network.getConnectedEdges(id).forEach(function (e) { touching[e] = true; });
    edges.update(edges.get().map(function (e) {
      var colour = Object.assign({}, e.color);
      colour.opacity = touching[e.id] ? 1 : 0.12;
      return { id: e.id, color: colour };
    }));
  }
  function clearHighlight() {
    nodes.update(nodes.get().map(function (n) { return { id: n.id, opacity: 1 }; }));
    edges.update(edges.get().map(function (e) {
      var colour = Object.assign({}, e.color);
      colour.opacity = 1;
      return { id: e.id, color: colour };
    }));
  }

  function select(id, focus) {
    if (!nodeView.get(id)) return false;
    state.selected = id;
    network.selectNodes([id]);
    highlight(id);
    showDetails(id, false);
    if (focus) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400 } });
    return true;
  }

  network.on("selectNode", function (params) { select(params.nodes[0], false); });
  network.on("doubleClick", function (params) {
    var node = params.nodes.length ? nodes.get(params.nodes[0]) : null;
    if (node && node.href) window.location.href = node.href;
  });
  network.on("selectEdge", function (params) {
    if (params.nodes.length) return;
    state.selected = null;
    clearHighlight();
    showDetails(params.edges[0], true);
  });
  network.on("deselectNode", function (params) {
    if (!params.nodes.length) { state.selected = null; clearHighlight(); }
  });

  // --- controls ------------------------------------------------------------------------------
  var search = document.getElementById("hv-search");
  function findByLabel(text) {
    var wanted = text.trim().toLowerCase();
    if (!wanted) return null;
    var all = nodeView.get();
    var exact = all.filter(function (n) { return n.label.toLowerCase() === wanted; });
    if (exact.length) return exact[0].id;
    var partial = all.filter(function (n) { return n.label.toLowerCase().indexOf(wanted) >= 0; })
      .sort(function (a, b) { return a.label.length - b.label.length; });
    return partial.length ? partial[0].id : null;
  }
  function runSearch() {
    var id = findByLabel(search.value);
    search.classList.toggle("not-found", search.value !== "" && id === null);
    if (id !== null) select(id, true);
  }
  search.addEventListener("change", runSearch);
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") runSearch(); });

  document.querySelectorAll("[data-category]").forEach(function (box) {
    state.categories[box.dataset.category] = true;
    box.addEventListener("change", function () { state.categories[box.dataset.category] = box.checked; refresh(); });
  });
  document.querySelectorAll("[data-relation]").forEach(function (box) {
    state.relations[box.dataset.relation] = true;
    box.addEventListener("change", function () { state.relations[box.dataset.relation] = box.checked; refresh(); });
  });
  function bindRange(id, key, digits) {
    var input = document.getElementById(id);
    if (!input) return;
    var output = document.getElementById(id + "-value");
    if (key === "minCount") {
      var highest = Math.max.apply(null, [1].concat(data.edges.map(function (e) { return e.count || 1; })));
      input.max = String(highest);
    }
    input.addEventListener("input", function () {
      state[key] = parseFloat(input.value);
      output.textContent = state[key].toFixed(digits);
      refresh();
    });
  }
  bindRange("hv-confidence", "minConfidence", 2);
  bindRange("hv-count", "minCount", 0);
  var isolated = document.getElementById("hv-isolated");
  isolated.addEventListener("change", function () { state.hideIsolated = isolated.checked; refresh(); });

  document.getElementById("hv-fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });
  document.getElementById("hv-reset").addEventListener("click", function () {
    document.querySelectorAll("[data-category],[data-relation]").forEach(function (box) { box.checked = true; });
    Object.keys(state.categories).forEach(function (k) { state.categories[k] = true; });
    Object.keys(state.relations).forEach(function (k) { state.relations[k] = true; });
    state.minConfidence = 0;
    state.minCount = 1;
    state.hideIsolated = isolated.checked = !!data.hideIsolated;
    ["hv-confidence", "hv-count"].forEach(function (id) {
      var input = document.getElementById(id);
      if (input) { input.value = input.min; document.getElementById(id + "-value").textContent = input.min; }
    });
    search.value = "";
    refresh();
    network.unselectAll();
    clearHighlight();
    state.selected = null;
    network.fit();
  });

  recountLinks();
  updateCounts();
  window.network = network;
  window.hlkgView = {
    state: state,
    nodes: nodes,
    edges: edges,
    select: function (label) { var id = findByLabel(label); return id !== null && select(id, true); },
    labelFactor: function () { return labelFactor; },
    refresh: refresh
  };
})();
