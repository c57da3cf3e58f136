/// The stylesheet and script of the `luku view` report, inlined so the report is one HTML file
/// next to its page images and opens from disk without a server.
enum ViewAssets {
    static let css = """
        body { font: 14px/1.4 system-ui, sans-serif; margin: 16px; color: #222; }
        h1 { font-size: 20px; margin: 0 0 4px; }
        .summary { margin: 0 0 16px; color: #555; }
        section.page { display: flex; gap: 16px; align-items: flex-start; margin-bottom: 32px; }
        section.page > h2 { writing-mode: vertical-rl; transform: rotate(180deg); margin: 0; font-size: 14px; color: #777; }
        .sheet { position: relative; flex: none; box-shadow: 0 0 0 1px #bbb; }
        .sheet img { display: block; }
        .sheet img.missing { outline: 4px solid #c00; }
        .box { position: absolute; box-sizing: border-box; pointer-events: none; }
        .box.table { border: 2px solid rgba(0, 90, 200, .8); }
        .box.row { border-top: 1px dotted rgba(0, 140, 60, .7); border-bottom: 1px dotted rgba(0, 140, 60, .7); }
        .box.column { border-left: 1px dashed rgba(150, 90, 0, .6); border-right: 1px dashed rgba(150, 90, 0, .6); }
        .box.cell { border: 1px solid rgba(0, 90, 200, .45); }
        .box.cell.failed { border: 2px solid #d00; background: rgba(255, 0, 0, .15); }
        .box.cell.selected { border: 3px solid #f0a000; background: rgba(255, 200, 0, .35); }
        .tables { flex: 1; min-width: 360px; }
        table.extracted { border-collapse: collapse; margin-bottom: 8px; font-size: 13px; }
        table.extracted caption { text-align: left; font-weight: 600; padding: 4px 0; }
        table.extracted th, table.extracted td { border: 1px solid #ccc; padding: 2px 6px; }
        table.extracted td { text-align: left; max-width: 22em; }
        table.extracted td.num { text-align: right; white-space: nowrap; }
        table.extracted td[data-box] { cursor: pointer; }
        table.extracted td.failed { background: #fdd; color: #900; font-weight: 600; }
        table.extracted td.selected { outline: 3px solid #f0a000; }
        table.extracted tbody th { text-align: left; font-weight: normal; }
        ul.checks { margin: 0 0 24px; padding-left: 20px; font-size: 13px; }
        ul.checks li.failed { color: #900; cursor: pointer; }
        .box.operand { outline: 2px dashed #c60; background: rgba(255, 160, 0, 0.18); }
        td.operand { background: #fff0d0; }
        """

    /// Click a table cell (or a failed check) to select the cell's box on the page image and
    /// scroll it into view; `#cell=ID` in the address clicks that cell on opening (a link to a
    /// cell). Images that did not load are outlined, and each gets `data-loaded` so a reader (or a
    /// test) can tell.
    static let script = """
        function lukuSelect(id, scroll, operands) {
          document.querySelectorAll('.selected, .operand').forEach(function (e) { e.classList.remove('selected'); e.classList.remove('operand'); });
          (operands || []).forEach(function (o) {
            var b = document.getElementById(o);
            if (b) b.classList.add('operand');
            document.querySelectorAll('td[data-box="' + o + '"]').forEach(function (e) { e.classList.add('operand'); });
          });
          var box = document.getElementById(id);
          if (!box) return false;
          box.classList.add('selected');
          document.querySelectorAll('td[data-box="' + id + '"]').forEach(function (e) { e.classList.add('selected'); });
          if (scroll) box.scrollIntoView({block: 'center', inline: 'nearest'});
          document.body.setAttribute('data-selected', id);
          return true;
        }
        document.addEventListener('click', function (event) {
          var target = event.target.closest('[data-box]');
          var ops = target && target.getAttribute('data-operands');
          if (target) lukuSelect(target.getAttribute('data-box'), true, ops ? ops.split(' ') : []);
        });
        function lukuImagesChecked() {
          document.querySelectorAll('.sheet img').forEach(function (img) {
            var ok = img.complete && img.naturalWidth > 0;
            img.setAttribute('data-loaded', ok ? 'yes' : 'no');
            if (!ok) img.classList.add('missing');
          });
        }
        window.addEventListener('load', function () {
          lukuImagesChecked();
          var match = /^#cell=(.+)$/.exec(location.hash);
          if (!match) return;
          var id = decodeURIComponent(match[1]);
          var cell = document.querySelector('td[data-box="' + id + '"]');
          if (cell) cell.click(); else lukuSelect(id, true);
        });
        """
}
