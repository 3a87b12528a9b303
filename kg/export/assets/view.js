// kg view: a self-contained graph viewer on a 2D canvas. No dependencies, no network.
// Data comes from the <script id="kg-data" type="application/json"> block written by kg/export/view.py.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const canvas = document.getElementById("graph");
  const ctx = canvas.getContext("2d");
  const panel = document.getElementById("evidence");
  const search = document.getElementById("search");
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  let scale = 1, offsetX = 0, offsetY = 0, selected = null, highlight = "";

  function fit() {
    const rect = canvas.parentElement.getBoundingClientRect();
    canvas.width = Math.max(300, rect.width);
    canvas.height = Math.max(300, rect.height);
    const xs = data.nodes.map((n) => n.x), ys = data.nodes.map((n) => n.y);
    const minX = Math.min(...xs, 0), maxX = Math.max(...xs, 1), minY = Math.min(...ys, 0), maxY = Math.max(...ys, 1);
    scale = 0.85 * Math.min(canvas.width / (maxX - minX || 1), canvas.height / (maxY - minY || 1));
    offsetX = canvas.width / 2 - scale * (minX + maxX) / 2;
    offsetY = canvas.height / 2 + scale * (minY + maxY) / 2;
  }
  const sx = (n) => offsetX + scale * n.x;
  const sy = (n) => offsetY - scale * n.y;

  function draw() {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.lineWidth = 1;
    for (const e of data.edges) {
      const a = byId.get(e.source), b = byId.get(e.target);
      if (!a || !b) continue;
      const on = selected && (selected === a || selected === b || selected === e);
      ctx.strokeStyle = on ? "rgba(200,30,30,0.9)" : "rgba(120,120,120,0.45)";
      ctx.lineWidth = on ? 2.5 : Math.min(1 + Math.log(e.weight || 1), 5);
      ctx.beginPath();
      ctx.moveTo(sx(a), sy(a));
      ctx.lineTo(sx(b), sy(b));
      ctx.stroke();
    }
    for (const n of data.nodes) {
      const match = highlight && n.label.toLowerCase().includes(highlight);
      ctx.beginPath();
      ctx.arc(sx(n), sy(n), n.size + (match ? 4 : 0), 0, 2 * Math.PI);
      ctx.fillStyle = n.color;
      ctx.fill();
      ctx.lineWidth = selected === n || match ? 3 : 1;
      ctx.strokeStyle = selected === n || match ? "#111" : "#fff";
      ctx.stroke();
      if (n.size > 7 || match || selected === n || data.nodes.length < 80) {
        ctx.fillStyle = "#222";
        ctx.font = "12px sans-serif";
        ctx.fillText(n.label, sx(n) + n.size + 3, sy(n) + 4);
      }
    }
  }

  function show(item) {
    selected = item;
    panel.innerHTML = "";
    if (!item) { draw(); return; }
    const h = document.createElement("h2");
    h.textContent = item.label + (item.type ? " (" + item.type + ")" : "");
    panel.appendChild(h);
    const list = document.createElement("ul");
    for (const ev of item.evidence || []) {
      const li = document.createElement("li");
      const cite = document.createElement("div");
      cite.className = "cite";
      cite.textContent = (ev.what ? ev.what + " · " : "") + ev.source + (ev.published ? ", " + ev.published : "");
      const q = document.createElement("q");
      q.textContent = ev.sentence;
      li.appendChild(cite);
      li.appendChild(q);
      list.appendChild(li);
    }
    if (!list.children.length) {
      const li = document.createElement("li");
      li.textContent = "No evidence sentences recorded.";
      list.appendChild(li);
    }
    panel.appendChild(list);
    draw();
  }

  function nodeAt(x, y) {
    let best = null, bestD = 1e9;
    for (const n of data.nodes) {
      const d = Math.hypot(sx(n) - x, sy(n) - y);
      if (d < n.size + 4 && d < bestD) { best = n; bestD = d; }
    }
    return best;
  }
  function edgeAt(x, y) {
    for (const e of data.edges) {
      const a = byId.get(e.source), b = byId.get(e.target);
      if (!a || !b) continue;
      const ax = sx(a), ay = sy(a), bx = sx(b), by = sy(b);
      const len2 = (bx - ax) ** 2 + (by - ay) ** 2 || 1;
      const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len2));
      if (Math.hypot(ax + t * (bx - ax) - x, ay + t * (by - ay) - y) < 4) return e;
    }
    return null;
  }

  let drag = null;
  canvas.addEventListener("mousedown", (ev) => { drag = { x: ev.offsetX, y: ev.offsetY, moved: false }; });
  canvas.addEventListener("mousemove", (ev) => {
    if (!drag) return;
    const dx = ev.offsetX - drag.x, dy = ev.offsetY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true;
    offsetX += dx; offsetY += dy; drag.x = ev.offsetX; drag.y = ev.offsetY;
    draw();
  });
  canvas.addEventListener("mouseup", (ev) => {
    if (drag && !drag.moved) show(nodeAt(ev.offsetX, ev.offsetY) || edgeAt(ev.offsetX, ev.offsetY));
    drag = null;
  });
  canvas.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const k = ev.deltaY < 0 ? 1.15 : 1 / 1.15;
    offsetX = ev.offsetX - k * (ev.offsetX - offsetX);
    offsetY = ev.offsetY - k * (ev.offsetY - offsetY);
    scale *= k;
    draw();
  }, { passive: false });
  search.addEventListener("input", () => {
    highlight = search.value.trim().toLowerCase();
    const hit = highlight && data.nodes.find((n) => n.label.toLowerCase().includes(highlight));
    if (hit) show(hit); else draw();
  });
  window.addEventListener("resize", () => { fit(); draw(); });

  const legend = document.getElementById("legend");
  for (const [type, color] of Object.entries(data.legend)) {
    const item = document.createElement("span");
    const dot = document.createElement("i");
    dot.style.background = color;
    item.appendChild(dot);
    item.appendChild(document.createTextNode(type));
    legend.appendChild(item);
  }
  fit();
  draw();
  // For tests and scripting: select a node by id, and a flag that rendering is done.
  window.kgSelect = (id) => show(byId.get(id) || null);
  window.kgReady = true;
})();
