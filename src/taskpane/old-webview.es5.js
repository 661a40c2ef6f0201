/*
 * Old webviews (ES5 only: this file must parse in Internet Explorer 11; test/taskpane/old-webview-es5.test.ts checks
 * it with an ES5-only parser). Loaded first, before office.js and the bundle, by taskpane.html, commands.html and
 * result.html, as a file on the add-in's own host (no inline script). webpack copies it to dist/old-webview.js.
 *
 * Office on Windows shows add-ins in the webview of Internet Explorer 11 ("Trident") or of Microsoft Edge Legacy
 * ("EdgeHTML") on: Office 2016 and 2019 volume-licensed (always Trident), Office 2016 and 2019 retail without the
 * WebView2 runtime (EdgeHTML, or Trident without Edge), Office 2013, and Microsoft 365 builds before 16.0.13530.20424
 * or without WebView2 (Microsoft: "Browsers and webview controls used by Office Add-ins"). The bundle (ES2022,
 * React 19) cannot run there. Detected as Microsoft documents it ("Support older Microsoft webviews and Office
 * versions"): "Trident" in navigator.userAgent, or "Edge/" (EdgeHTML; Chromium Edge says "Edg/").
 *
 * When detected: window.PROGRESS_TABLE_OLD_WEBVIEW is set ('trident' or 'edgehtml', read by the bundles through
 * src/taskpane/old-webview.ts so they stay out), the page's own content is replaced by a Chinese page (English below
 * it) saying why the assistant cannot run here and what works instead: the same pane in a current browser at its
 * address (taken from location), and the command-line tool. In the ribbon's function file (data-page="commands")
 * 一键校验 opens result.html as a dialog, which shows the same page, and completes its event at once.
 * Styles are set through element.style (allowed by a Content-Security-Policy without 'unsafe-inline').
 */
(function () {
  'use strict';

  var ua = String(window.navigator && window.navigator.userAgent);
  var kind = ua.indexOf('Trident/') !== -1 ? 'trident' : /\bEdge\/\d/.test(ua) ? 'edgehtml' : '';
  if (!kind) return;
  window.PROGRESS_TABLE_OLD_WEBVIEW = kind;

  // The script element running now is the last one parsed so far (IE11 has no document.currentScript).
  var scripts = document.getElementsByTagName('script');
  var page = scripts.length ? scripts[scripts.length - 1].getAttribute('data-page') || 'taskpane' : 'taskpane';

  /** taskpane.html in the folder of this page, without query or fragment (Office adds ?_host_Info=…). */
  function paneAddress() {
    var folder = window.location.pathname.replace(/[^\/]*$/, '');
    return window.location.protocol + '//' + window.location.host + folder + 'taskpane.html';
  }

  var ENGINE = {
    trident: { zh: 'Internet Explorer 11（Trident）', en: 'Internet Explorer 11 (Trident)' },
    edgehtml: { zh: '旧版 Microsoft Edge（EdgeHTML）', en: 'Microsoft Edge Legacy (EdgeHTML)' }
  };

  function el(tag, text, style) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    for (var key in style) {
      if (Object.prototype.hasOwnProperty.call(style, key)) node.style[key] = style[key];
    }
    return node;
  }

  function render() {
    var body = document.body;
    if (!body || document.getElementById('old-webview')) return;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = el('main', '', {
      padding: '12px 16px',
      fontFamily: '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Segoe UI", sans-serif',
      fontSize: '14px',
      lineHeight: '1.6',
      color: '#242424'
    });
    box.id = 'old-webview';
    box.setAttribute('lang', 'zh-CN');
    box.setAttribute('role', 'alert');
    var engine = ENGINE[kind];
    var address = paneAddress();

    box.appendChild(el('h1', '此版本的 Office 无法运行进展情况表助手', { fontSize: '18px', margin: '0 0 8px', color: '#b10e1c' }));
    box.appendChild(el('p', '原因：这台电脑上的 Office 用' + engine.zh + '内核显示加载项（Office 2016/2019 批量授权版、较早的零售版或 Microsoft 365 会这样）。这个内核太旧，运行不了助手的界面，与您的文件无关。', { margin: '0 0 8px' }));
    box.appendChild(el('h2', '现在可以这样做', { fontSize: '15px', margin: '12px 0 4px' }));
    var list = el('ol', '', { margin: '0 0 8px', paddingLeft: '20px' });
    var browserItem = el('li', '在浏览器中使用同一个助手：复制下面的地址，用新版 Microsoft Edge、Chrome 或国产浏览器的“极速模式”打开，即可生成模板、校验和汇总文件（文件只在本机处理，不上传）。', {});
    list.appendChild(browserItem);
    var field = el('input', '', { width: '100%', boxSizing: 'border-box', margin: '4px 0 8px', padding: '4px', fontSize: '13px' });
    field.id = 'old-webview-address';
    field.setAttribute('readonly', 'readonly');
    field.setAttribute('aria-label', '助手的地址');
    field.value = address;
    field.onfocus = function () {
      field.select();
    };
    browserItem.appendChild(field);
    list.appendChild(el('li', '使用命令行工具：信息技术人员可在装有 Node.js 的电脑上运行 npx progress-table validate 文件.xlsx（校验）或 npx progress-table merge 文件夹 -o 汇总.xlsx（汇总）。', {}));
    list.appendChild(el('li', '在 Excel 中使用需要新的内核：Office 2021 及以上版本；或装有 Microsoft Edge WebView2 运行时的 Office 2016/2019 零售版、Microsoft 365。批量授权版 Office 2016/2019 不能改用新内核。', {}));
    box.appendChild(list);
    box.appendChild(el('p', 'This version of Office shows add-ins in ' + engine.en + ', which cannot run the assistant. Open ' + address + ' in a current browser (Edge, Chrome) to work on files, or use the command-line tool (npx progress-table).', { margin: '12px 0 0', fontSize: '12px', color: '#616161' }));
    body.appendChild(box);
    document.title = '进展情况表助手：请在浏览器中使用';
  }

  /** The ribbon's 一键校验 on an old webview: show the same page in a dialog, complete the event at once. */
  function validateActiveSheet(event) {
    try {
      var office = window.Office;
      if (office && office.context && office.context.ui && office.context.ui.displayDialogAsync) {
        var folder = window.location.pathname.replace(/[^\/]*$/, '');
        var url = window.location.protocol + '//' + window.location.host + folder + 'result.html';
        office.context.ui.displayDialogAsync(url, { height: 60, width: 40 }, function () {});
      }
    } catch (ignored) {
      // No dialog: nothing else can be shown from a function file.
    }
    if (event && event.completed) event.completed();
  }

  if (page === 'commands') window.validateActiveSheet = validateActiveSheet;

  function ready() {
    render();
    var office = window.Office;
    if (office && typeof office.onReady === 'function') office.onReady(function () {});
    else if (office) office.initialize = function () {};
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
