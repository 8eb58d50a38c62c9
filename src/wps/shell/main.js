/*
 * 绩效目标表助手 — WPS 表格加载项的功能区回调（ribbon.xml 中引用的全局函数）。
 * The ribbon callbacks of the WPS add-in: plain ES5 (WPS embeds older Chromium builds) and synchronous
 * (async ribbon callbacks have stopped some WPS builds from showing custom ribbons).
 *   打开助手 (jixiaoOpen)      opens or shows the task pane (taskpane.html beside this file), docked right;
 *   插入模板 (jixiaoTemplates) opens it on the 模板 view;
 *   检查本表 (jixiaoCheck)     checks the active sheet and writes the highlights, without the pane
 *                             (window.jixiaoRibbon.checkSheet, from the ribbon bundle index.html loads).
 * The pane's id is kept in PluginStorage so that the next click finds the same pane (GetTaskPane).
 */
(function (global) {
  "use strict";

  var PANE_KEY = "jixiao_taskpane_id";
  var DOCK_RIGHT = 2; // msoCTPDockPositionRight
  var VIEWS = { jixiaoOpen: "check", jixiaoTemplates: "templates" };
  /** The Excel add-in's icon (assets/icon-64.png, drawn by scripts/make-icons.mjs) on all three buttons, as in Excel. */
  var ICON = "images/jixiao-64.png";
  var shownView = null;

  function app() {
    try {
      if (global.wps && typeof global.wps.EtApplication === "function") {
        var a = global.wps.EtApplication();
        if (a) return a;
      }
    } catch (e) {
      // some builds throw here; the global Application is the same object
    }
    return global.Application || null;
  }

  function storage() {
    var a = app();
    if (a && a.PluginStorage) return a.PluginStorage;
    return global.wps && global.wps.PluginStorage ? global.wps.PluginStorage : null;
  }

  function controlId(control) {
    return control ? control.Id || control.id || "" : "";
  }

  /** The folder this page was loaded from (the add-in's root), ending in "/". */
  function baseUrl() {
    var href = String((global.location && global.location.href) || "")
      .split("#")[0]
      .split("?")[0];
    return href.substring(0, href.lastIndexOf("/") + 1);
  }

  function paneUrl(view) {
    return baseUrl() + "taskpane.html" + (view === "templates" ? "?view=templates" : "");
  }

  function createPane(url) {
    var a = app();
    if (a && typeof a.CreateTaskPane === "function") return a.CreateTaskPane(url, "绩效目标表助手");
    if (global.wps && typeof global.wps.CreateTaskPane === "function")
      return global.wps.CreateTaskPane(url, "绩效目标表助手");
    throw new Error("此版本的 WPS 不支持任务窗格 / this WPS has no task panes (CreateTaskPane)");
  }

  function existingPane() {
    var s = storage();
    var id = s ? s.getItem(PANE_KEY) : null;
    if (!id) return null;
    try {
      var a = app();
      var owner = a && typeof a.GetTaskPane === "function" ? a : global.wps;
      return owner.GetTaskPane(Number(id));
    } catch (e) {
      if (s) s.removeItem(PANE_KEY); // closed for good, or another WPS session: make a new one
      return null;
    }
  }

  /** Shows the pane on `view`; a second 打开助手 click on a visible pane hides it, as WPS's own samples do. */
  function showPane(view, toggle) {
    var pane = existingPane();
    if (!pane) {
      pane = createPane(paneUrl(view));
      var s = storage();
      if (s) s.setItem(PANE_KEY, pane.ID);
      pane.DockPosition = DOCK_RIGHT;
      shownView = view;
      pane.Visible = true;
      return pane;
    }
    if (view !== shownView) {
      pane.Navigate(paneUrl(view));
      shownView = view;
      pane.Visible = true;
      return pane;
    }
    pane.Visible = toggle ? !pane.Visible : true;
    return pane;
  }

  function report(error) {
    var text = "绩效目标表助手：" + (error && error.message ? error.message : String(error));
    if (typeof global.alert === "function") global.alert(text);
    else if (global.console) global.console.error(text);
  }

  function runCheck() {
    var ribbon = global.jixiaoRibbon;
    if (!ribbon || typeof ribbon.checkSheet !== "function") {
      report(
        new Error("检查功能尚未加载完成，请稍后再试。/ The check has not finished loading; try again in a moment."),
      );
      return;
    }
    ribbon.checkSheet().then(function (outcome) {
      if (outcome && outcome.ok === false) report(new Error(outcome.message));
    }, report);
  }

  function OnAddinLoad(ribbonUI) {
    var a = app();
    try {
      if (a && typeof a === "object" && !a.ribbonUI) a.ribbonUI = ribbonUI;
    } catch (e) {
      // read-only in some builds: nothing needs it
    }
    return true;
  }

  function OnAction(control) {
    var id = controlId(control);
    try {
      if (id === "jixiaoCheck") runCheck();
      else showPane(VIEWS[id] || "check", id === "jixiaoOpen");
    } catch (e) {
      report(e);
    }
    return true;
  }

  function GetImage() {
    return ICON;
  }

  function OnGetEnabled() {
    return true;
  }

  function OnGetVisible() {
    return true;
  }

  var callbacks = {
    OnAddinLoad: OnAddinLoad,
    OnAction: OnAction,
    GetImage: GetImage,
    OnGetEnabled: OnGetEnabled,
    OnGetVisible: OnGetVisible,
  };
  for (var name in callbacks) global[name] = callbacks[name];
  // WPS's newer templates write "ribbon.OnAction" in ribbon.xml: the same functions under window.ribbon
  global.ribbon = callbacks;
})(typeof window !== "undefined" ? window : this);
