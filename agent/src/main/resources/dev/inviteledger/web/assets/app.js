// Invite Ledger status pages: the one script. Everything works without it; it only adds the charts
// (data fetched as same-origin JSON, labels drawn on canvas), auto-submitting selects and an upload size check.
// No inline scripts or styles (CSP default-src 'self'), and never innerHTML: names are attacker-controlled text.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () {
      if (select.form) {
        select.form.submit();
      }
    });
  });

  var upload = document.querySelector('form.upload[data-max-bytes]');
  if (upload) {
    var input = upload.querySelector('input[type=file]');
    var error = document.getElementById('export-size-error');
    var max = Number(upload.getAttribute('data-max-bytes'));
    var tooLarge = function () {
      var total = 0;
      for (var i = 0; i < input.files.length; i++) {
        total += input.files[i].size;
      }
      return total > max;
    };
    input.addEventListener('change', function () {
      error.hidden = !tooLarge();
    });
    upload.addEventListener('submit', function (event) {
      if (tooLarge()) {
        error.hidden = false;
        event.preventDefault();
      }
    });
  }

  var charts = document.getElementById('charts');
  if (!charts || !window.Chart) {
    return;
  }
  var css = getComputedStyle(document.documentElement);
  var color = function (name) {
    return css.getPropertyValue('--' + name).trim();
  };
  var Chart = window.Chart;
  Chart.defaults.font.family = css.getPropertyValue('--font').trim();
  Chart.defaults.font.size = 12;
  Chart.defaults.color = color('muted');
  Chart.defaults.borderColor = color('grid');
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.legend.labels.boxWidth = 12;
  Chart.defaults.plugins.legend.labels.boxHeight = 12;
  Chart.defaults.plugins.tooltip.backgroundColor = color('text');
  Chart.defaults.plugins.tooltip.padding = 10;
  Chart.defaults.plugins.tooltip.cornerRadius = 8;

  // A horizontal band (e.g. the 10-19 sends a day where acceptance peaks), drawn behind the data.
  var bandPlugin = {
    id: 'band',
    beforeDatasetsDraw: function (chart, args, options) {
      drawBand(chart, options, false);
    },
    afterDatasetsDraw: function (chart, args, options) {
      drawBand(chart, options, true);
    }
  };
  var drawBand = function (chart, options, label) {
    if (!options || options.from === undefined) {
      return;
    }
    var y = chart.scales.y;
    var area = chart.chartArea;
    var top = y.getPixelForValue(options.to);
    var bottom = y.getPixelForValue(options.from);
    var ctx = chart.ctx;
    ctx.save();
    if (!label) {
      ctx.fillStyle = options.color;
      ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
      ctx.restore();
      return;
    }
    ctx.font = '600 11px ' + Chart.defaults.font.family;
    var width = ctx.measureText(options.label).width;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.fillRect(area.left + 4, top + 3, width + 10, 16);
    ctx.fillStyle = options.labelColor;
    ctx.textAlign = 'left';
    ctx.fillText(options.label, area.left + 9, top + 15);
    ctx.restore();
  };

  // Vertical marker lines at given x indexes (the recommended and the configured withdraw-after day).
  var markersPlugin = {
    id: 'markers',
    afterDatasetsDraw: function (chart, args, options) {
      if (!options || !options.lines) {
        return;
      }
      var x = chart.scales.x;
      var area = chart.chartArea;
      var ctx = chart.ctx;
      options.lines.forEach(function (line, i) {
        var px = x.getPixelForValue(line.at);
        ctx.save();
        ctx.strokeStyle = line.color;
        ctx.lineWidth = 2;
        ctx.setLineDash(line.dash || []);
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.font = '600 11px ' + Chart.defaults.font.family;
        var width = ctx.measureText(line.label).width;
        var right = px + 6 + width > area.right;
        var labelX = right ? px - 10 - width : px + 4;
        var labelY = area.top + 4 + i * 18;
        ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
        ctx.fillRect(labelX, labelY, width + 6, 15);
        ctx.fillStyle = line.color;
        ctx.textAlign = 'left';
        ctx.fillText(line.label, labelX + 3, labelY + 11);
        ctx.restore();
      });
    }
  };

  var canvas = function (name) {
    return charts.querySelector('canvas[data-chart="' + name + '"]');
  };

  var drawPending = function (data) {
    var n = data.labels.length;
    var flat = function (value) {
      var out = [];
      for (var i = 0; i < n; i++) {
        out.push(value);
      }
      return out;
    };
    return new Chart(canvas('pending'), {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [
          { label: 'Pending', data: data.values, borderColor: color('accent'), backgroundColor: color('accent-fill'),
            fill: 'origin', borderWidth: 2, pointRadius: 0, pointHoverRadius: 4, tension: 0.25, pointStyle: 'line' },
          { label: 'Watch level', data: flat(data.watch), borderColor: color('watch-fill'), borderDash: [6, 4],
            borderWidth: 2, pointRadius: 0, fill: false, pointStyle: 'line' },
          { label: 'Near cap', data: flat(data.nearCap), borderColor: color('near-fill'), borderDash: [2, 3],
            borderWidth: 2, pointRadius: 0, fill: false, pointStyle: 'line' }
        ]
      },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { grid: { display: false }, ticks: { maxTicksLimit: 8, maxRotation: 0 } },
          y: { beginAtZero: true, suggestedMax: data.nearCap * 1.05, ticks: { maxTicksLimit: 6 } }
        },
        plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } }
      }
    });
  };

  var drawSends = function (data) {
    return new Chart(canvas('sends'), {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [
          { label: 'Sent that day', data: data.exact, backgroundColor: color('accent'), borderRadius: 3, stack: 's' },
          { label: 'About that day', data: data.approximate, backgroundColor: color('accent-soft'), borderRadius: 3, stack: 's' }
        ]
      },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { stacked: true, grid: { display: false }, ticks: { maxTicksLimit: 8, maxRotation: 0 } },
          y: { stacked: true, beginAtZero: true, suggestedMax: 24, ticks: { precision: 0, maxTicksLimit: 6 } }
        },
        plugins: {
          legend: { position: 'bottom' },
          band: { from: data.bandLow - 0.5, to: data.bandHigh + 0.5, color: color('ok-band'), labelColor: color('ok'),
            label: data.bandLow + '–' + data.bandHigh + ' a day: best acceptance' }
        }
      },
      plugins: [bandPlugin]
    });
  };

  var drawStatuses = function (data) {
    return new Chart(canvas('statuses'), {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [{ label: 'Invitations', data: data.counts, borderRadius: 4,
          backgroundColor: data.keys.map(function (key) { return color('st-' + key); }) }]
      },
      options: {
        indexAxis: 'y',
        scales: { x: { beginAtZero: true, ticks: { precision: 0, maxTicksLimit: 6 } }, y: { grid: { display: false } } },
        plugins: { legend: { display: false } }
      }
    });
  };

  var drawAcceptance = function (data) {
    var quantile = data.days.map(function () { return data.quantile; });
    return new Chart(canvas('acceptance'), {
      type: 'line',
      data: {
        labels: data.days,
        datasets: [
          { label: 'Share of closings by that day', data: data.share, borderColor: color('ok-fill'),
            backgroundColor: color('ok-band'), fill: 'origin', stepped: true, borderWidth: 2, pointRadius: 0, pointStyle: 'line' },
          { label: Math.round(data.quantile * 100) + '% of closings', data: quantile, borderColor: color('faint'),
            borderDash: [4, 4], borderWidth: 1.5, pointRadius: 0, fill: false, pointStyle: 'line' }
        ]
      },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { title: { display: true, text: 'days after sending' }, grid: { display: false }, ticks: { maxTicksLimit: 10, maxRotation: 0 } },
          y: { min: 0, max: 1, ticks: { callback: function (v) { return Math.round(v * 100) + '%'; }, maxTicksLimit: 6 } }
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: { callbacks: {
            title: function (items) { return 'Day ' + items[0].label; },
            label: function (item) { return item.dataset.label + ': ' + Math.round(item.parsed.y * 100) + '%'; } } },
          markers: { lines: [
            { at: data.recommended, color: color('ok'), label: (data.fromHistory ? 'Recommended: ' : 'Kept: ') + data.recommended + ' days' },
            { at: data.configured, color: color('accent'), dash: [5, 4], label: 'You use: ' + data.configured + ' days' }
          ] }
        }
      },
      plugins: [markersPlugin]
    });
  };

  fetch(charts.getAttribute('data-src'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      drawPending(data.pending);
      drawSends(data.sends);
      drawStatuses(data.statuses);
      drawAcceptance(data.acceptance);
      charts.setAttribute('data-state', 'ready');
    })
    .catch(function (error) {
      // the tables and summaries below each chart carry the same numbers; a bug in drawing still shows up
      charts.setAttribute('data-state', 'failed');
      if (!/^HTTP /.test(error.message)) {
        console.error('Invite Ledger charts: ' + error.message);
      }
    });
})();
