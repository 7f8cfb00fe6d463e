// gongwen review page: the item panel of a document and the metrics chart. Loaded from this server
// only (Content-Security-Policy script-src 'self'); data comes from <script type="application/json">
// blocks and is written into the page with textContent, never as markup.
(function () {
  'use strict';
  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  // ---- one document: click an item to see its fields ----
  var items = data('items');
  var panel = document.getElementById('item-panel');
  if (items && panel) {
    var LABELS = { kind: '类别', value: '数值 value', valueHigh: '上限', unit: '单位 unit', approx: '约数 approx', qualifier: '限定',
      subject: '对象 subject', scope: '范围 scope', period: '时间 period', cumulative: '累计', partOf: '所属总数 partOf',
      name: '名称 name', canonical: '规范名', role: '职务 role', level: '级别 level', count: '数量 count', recipients: '获得者',
      type: '类型 type', leader: '领办人', confidence: '置信度', rule: '规则 rule', page: '页 page', text: '原文 text' };
    var selected = null;
    function show(mark) {
      var it = items[Number(mark.getAttribute('data-item'))];
      if (!it) return;
      if (selected) selected.classList.remove('selected');
      selected = mark;
      mark.classList.add('selected');
      panel.textContent = '';
      panel.appendChild(el('div', it.kindLabel + '  [' + it.start + ', ' + it.end + ')', 'muted'));
      var t = el('table');
      var rows = [['text', it.text]];
      Object.keys(it.fields).forEach(function (k) { rows.push([k, it.fields[k]]); });
      rows.push(['rule', it.rule]);
      if (it.page != null) rows.push(['page', it.page]);
      if (it.lowConfidence) rows.push(['confidence', 'OCR / 低置信度']);
      rows.forEach(function (r) {
        var tr = el('tr');
        tr.appendChild(el('th', LABELS[r[0]] || r[0]));
        var v = r[1];
        if (r[0] === 'partOf' && v != null) {
          var td = el('td');
          var a = el('a', '#' + v);
          a.href = '#';
          a.setAttribute('data-goto', String(v));
          td.appendChild(a);
          tr.appendChild(td);
        } else {
          tr.appendChild(el('td', Array.isArray(v) ? v.join('、') : typeof v === 'boolean' ? (v ? '是' : '否') : v));
        }
        t.appendChild(tr);
      });
      panel.appendChild(t);
    }
    document.addEventListener('click', function (ev) {
      var goto = ev.target.closest && ev.target.closest('[data-goto]');
      if (goto) {
        ev.preventDefault();
        var m = document.querySelector('mark[data-kind="quantity"][data-idx="' + goto.getAttribute('data-goto') + '"]');
        if (m) { m.scrollIntoView({ block: 'center' }); show(m); }
        return;
      }
      var mark = ev.target.closest && ev.target.closest('mark[data-item]');
      if (mark) show(mark);
    });
  }

  // ---- metrics: the series over time, one line per scope ----
  var metric = data('metric-data');
  var chartEl = document.getElementById('chart');
  if (metric && chartEl && window.uPlot && metric.x.length) {
    var PALETTE = ['#b3261e', '#0b57d0', '#1e8e3e', '#e37400', '#9334e6', '#00838f', '#5f6368', '#c2185b'];
    var series = [{ label: '日期' }].concat(metric.series.map(function (s, i) {
      return { label: s.label, stroke: PALETTE[i % PALETTE.length], width: 2, spanGaps: true,
        points: { show: true, size: 7, fill: PALETTE[i % PALETTE.length] } };
    }));
    var width = Math.max(320, chartEl.clientWidth - 20);
    var plot = new window.uPlot({
      width: width, height: 320, series: series,
      // a little room on both sides, so that the first and last points are not on the plot's edge
      scales: { x: { time: true, range: function (u, min, max) {
        var pad = min === max ? 30 * 86400 : (max - min) * 0.03;
        return [min - pad, max + pad];
      } } },
      axes: [{}, { size: 70 }],
      cursor: { focus: { prox: 16 } },
    }, [metric.x].concat(metric.series.map(function (s) { return s.y; })), chartEl);
    chartEl.uplot = plot; // for the browser tests: where a point is drawn
    chartEl.setAttribute('data-points', String(metric.series.reduce(function (n, s) {
      return n + s.y.filter(function (v) { return v != null; }).length; }, 0)));
    // a click on a point opens its sentence
    plot.over.addEventListener('click', function () {
      var idx = plot.cursor.idx;
      if (idx == null) return;
      var best = null;
      metric.series.forEach(function (s) {
        if (s.y[idx] == null || !s.links[idx]) return;
        var top = plot.valToPos(s.y[idx], 'y');
        var d = Math.abs(top - plot.cursor.top);
        if (!best || d < best.d) best = { d: d, link: s.links[idx] };
      });
      if (best) window.location.href = '/documents/' + metric.docs[best.link[0]] + '/at/' + best.link[1];
    });
  }
})();
