// Draws a bar chart above each table marked data-chart, from the table's own cells: the table stays the accessible
// version (the chart is hidden from screen readers) and the page works without this script. Chart.js is served by the
// app (wwwroot/lib/chart.js), never from a CDN.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') { return; }
  var colours = ['#1f4e79', '#b7791f', '#2f6f4e', '#7a3e9d', '#a23b3b'];
  document.querySelectorAll('table[data-chart]').forEach(function (table) {
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var columns = (table.getAttribute('data-chart-columns') || '1').split(',').map(Number);
    var labels = rows.map(function (tr) { return tr.cells[0].textContent.trim(); });
    var datasets = columns.map(function (column, i) {
      return {
        label: headers[column],
        backgroundColor: colours[i % colours.length],
        // A row held back spans its figures' columns with one cell of words, so the column may be missing: no bar.
        data: rows.map(function (tr) { var cell = tr.cells[column]; var n = cell ? parseFloat(cell.textContent) : NaN; return isNaN(n) ? null : n; })
      };
    });
    var figure = document.createElement('div');
    figure.className = 'chart';
    figure.setAttribute('aria-hidden', 'true');
    var canvas = document.createElement('canvas');
    figure.appendChild(canvas);
    table.closest('.table-wrap').before(figure);
    new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: { indexAxis: rows.length > 6 ? 'y' : 'x', animation: false, maintainAspectRatio: false, plugins: { legend: { display: datasets.length > 1 } } }
    });
  });
})();
