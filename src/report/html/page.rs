//! The page's own style and script, inline so that the file opens from disk and as a CI artifact.

pub const CSS: &str = r#"
:root { --err: #6e2b2b; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --drift: #8250df; --skip: #6e7781; --line: #d0d7de; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; }
header { padding: 16px 24px; border-bottom: 1px solid var(--line); background: var(--soft); }
main { padding: 8px 24px 48px; max-width: 1400px; }
h1 { margin: 0 0 8px; font-size: 22px; }
h2 { margin: 28px 0 8px; font-size: 18px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.verdict { padding: 2px 10px; border-radius: 12px; color: #fff; }
.verdict.passed { background: var(--ok); } .verdict.failed { background: var(--bad); }
.totals span { display: inline-block; margin-right: 14px; font-weight: 600; }
.meta { margin-top: 6px; color: #57606a; } .meta dt { display: inline; font-weight: 600; } .meta dd { display: inline; margin: 0 16px 0 4px; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 3px 7px; text-align: left; vertical-align: top; }
th { background: var(--soft); }
table.matrix td.cell { text-align: center; cursor: pointer; min-width: 64px; }
td.pass { background: #dafbe1; } td.fail { background: #ffebe9; color: var(--bad); font-weight: 600; }
td.adv { background: #fff8c5; } td.none { color: #8c959f; cursor: default; }
.filters { position: sticky; top: 0; background: #fff; padding: 8px 0; border-bottom: 1px solid var(--line); z-index: 2; }
.filters button { margin-right: 4px; border: 1px solid var(--line); background: #fff; border-radius: 6px; padding: 3px 9px; cursor: pointer; }
.filters button.on { background: #0969da; color: #fff; border-color: #0969da; }
.filters input, .filters select { margin-left: 8px; padding: 3px 6px; }
.badge { display: inline-block; min-width: 64px; text-align: center; border-radius: 10px; color: #fff; font-size: 12px; padding: 0 6px; }
.badge.passed { background: var(--ok); } .badge.failed { background: var(--bad); } .badge.advisory { background: var(--warn); }
.badge.drift { background: var(--drift); } .badge.skipped { background: var(--skip); } .badge.error { background: var(--err); }
ul.why { margin: 8px 0 0; padding: 6px 12px 6px 28px; border-left: 4px solid var(--bad); background: #fff; }
td.err { background: repeating-linear-gradient(45deg, #f6e7e7, #f6e7e7 6px, #fff 6px, #fff 12px); color: var(--err); font-weight: 600; }
.failure.error { border-color: #e6cfcf; border-left-color: var(--err); }
th, td { overflow-wrap: anywhere; }
.scenario { border-bottom: 1px solid #eaeef2; padding: 4px 0; }
.scenario .tags { color: #57606a; font-size: 12px; }
.failure { border: 1px solid #ffcecb; border-left: 4px solid var(--bad); margin: 10px 0; padding: 8px 12px; background: #fff; }
.basis { font-weight: 600; text-transform: uppercase; font-size: 11px; padding: 1px 6px; border-radius: 4px; background: #eaeef2; }
pre.json { background: var(--soft); padding: 8px; overflow: auto; max-height: 420px; margin: 4px 0; }
.json .hl { background: #ffd8b5; outline: 1px solid #fb8f44; font-weight: 700; }
.json .missing { color: var(--bad); font-style: italic; }
details > summary { cursor: pointer; }
.bar { display: inline-block; height: 10px; background: #eaeef2; width: 120px; vertical-align: middle; }
.bar > i { display: block; height: 10px; background: var(--ok); }
.hidden { display: none; }
"#;

pub const JS: &str = r#"
(function () {
  var state = { status: "all", tag: "", text: "", op: "", check: "" };
  function apply() {
    document.querySelectorAll(".scenario").forEach(function (el) {
      var ok = (state.status === "all" || el.dataset.status === state.status)
        && (!state.tag || (" " + el.dataset.tags + " ").indexOf(" " + state.tag + " ") >= 0)
        && (!state.op || (" " + el.dataset.ops + " ").indexOf(" " + state.op + " ") >= 0)
        && (!state.check || (" " + el.dataset.checks + " ").indexOf(" " + state.check + " ") >= 0)
        && (!state.text || el.textContent.toLowerCase().indexOf(state.text) >= 0);
      el.classList.toggle("hidden", !ok);
    });
    var shown = document.querySelectorAll(".scenario:not(.hidden)").length;
    var count = document.getElementById("shown");
    if (count) { count.textContent = shown + " shown" + (state.op ? " for " + state.op + (state.check ? " × " + state.check : "") : ""); }
  }
  document.querySelectorAll(".filters button[data-status]").forEach(function (b) {
    b.addEventListener("click", function () {
      document.querySelectorAll(".filters button[data-status]").forEach(function (x) { x.classList.remove("on"); });
      b.classList.add("on"); state.status = b.dataset.status; apply();
    });
  });
  var tag = document.getElementById("tag");
  if (tag) { tag.addEventListener("change", function () { state.tag = tag.value; apply(); }); }
  var search = document.getElementById("search");
  if (search) { search.addEventListener("input", function () { state.text = search.value.toLowerCase(); apply(); }); }
  var clear = document.getElementById("clear");
  if (clear) { clear.addEventListener("click", function () { state.op = ""; state.check = ""; apply(); }); }
  var missed = document.getElementById("missed-only");
  if (missed) {
    missed.addEventListener("change", function () {
      document.querySelectorAll("tr.coverage-row").forEach(function (tr) {
        tr.classList.toggle("hidden", missed.checked && tr.dataset.missed === "0");
      });
    });
  }
  document.querySelectorAll("td.cell[data-op]").forEach(function (td) {
    td.addEventListener("click", function () {
      state.op = td.dataset.op; state.check = td.dataset.check; apply();
      var list = document.getElementById("scenarios");
      if (list) { list.scrollIntoView(); }
    });
  });
  apply();
})();
"#;
