/** The admin's stylesheet, inlined in every page (the demo marketplace serves no external assets). */
export const styles = `
:root {
  --bg: #f4f6fa; --panel: #fff; --ink: #1d2433; --muted: #667085; --line: #e4e7ec; --brand: #5b3df5;
  --brand-ink: #fff; --side: #171a2b; --side-ink: #c9cde0; --ok: #067647; --ok-bg: #dcfae6; --warn: #b54708;
  --warn-bg: #fef0c7; --bad: #b42318; --bad-bg: #fee4e2; --info: #175cd3; --info-bg: #d1e9ff; --star: #f5a524;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { font-size: 15px; }
body { margin: 0; font-family: system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif;
  background: var(--bg); color: var(--ink); line-height: 1.5; }
a { color: var(--brand); text-decoration: none; }
a:hover { text-decoration: underline; }
.adm-button:hover { text-decoration: none; }
.adm-skip { position: absolute; left: -999px; }
.adm-skip:focus { left: 8px; top: 8px; background: #fff; padding: 6px 10px; z-index: 10; }
.adm-shell { display: grid; grid-template-columns: 232px 1fr; min-height: 100vh; }
.adm-shell--plain { grid-template-columns: 1fr; }
.adm-sidebar { background: var(--side); color: var(--side-ink); padding: 20px 14px; }
.adm-brand { display: flex; align-items: center; gap: 10px; color: #fff; font-weight: 700; font-size: 1.05rem;
  padding: 0 8px 20px; }
.adm-brand-mark { width: 30px; height: 30px; border-radius: 8px; background: var(--brand); display: grid;
  place-items: center; font-size: .95rem; }
.adm-brand small { display: block; font-weight: 400; color: var(--side-ink); font-size: .78rem; }
.adm-nav ul { list-style: none; margin: 0; padding: 0; }
.adm-nav a { display: flex; align-items: center; justify-content: space-between; gap: 8px; color: var(--side-ink);
  padding: 9px 10px; border-radius: 8px; margin-bottom: 2px; }
.adm-nav a:hover { background: #262a40; color: #fff; text-decoration: none; }
.adm-nav a[aria-current=page] { background: var(--brand); color: #fff; }
.adm-nav-sep { border-top: 1px solid #2c3048; margin: 14px 4px; }
.adm-count { background: var(--bad); color: #fff; border-radius: 999px; font-size: .75rem; padding: 0 7px;
  font-weight: 600; }
.adm-body { display: flex; flex-direction: column; min-width: 0; }
.adm-header { display: flex; align-items: center; justify-content: space-between; gap: 16px; background: var(--panel);
  border-bottom: 1px solid var(--line); padding: 14px 28px; }
.adm-header h1 { margin: 0; font-size: 1.3rem; }
.adm-header-sub { color: var(--muted); font-size: .85rem; }
.adm-header-tools { display: flex; align-items: center; gap: 14px; }
.adm-lang { position: relative; }
.adm-lang summary { cursor: pointer; list-style: none; border: 1px solid var(--line); border-radius: 8px;
  padding: 5px 10px; font-size: .85rem; }
.adm-lang summary::-webkit-details-marker { display: none; }
.adm-lang ul { position: absolute; right: 0; top: 110%; background: #fff; border: 1px solid var(--line);
  border-radius: 8px; box-shadow: 0 8px 24px rgba(16,24,40,.12); list-style: none; margin: 0; padding: 6px;
  min-width: 170px; z-index: 5; }
.adm-lang li a { display: block; padding: 5px 10px; border-radius: 6px; color: var(--ink); }
.adm-lang li a:hover, .adm-lang li a[aria-current=true] { background: var(--bg); text-decoration: none; }
.adm-user { display: flex; align-items: center; gap: 8px; color: var(--muted); font-size: .85rem; }
.adm-avatar { width: 32px; height: 32px; border-radius: 50%; background: #e9e4ff; color: var(--brand);
  display: grid; place-items: center; font-weight: 700; }
.adm-main { padding: 24px 28px 48px; max-width: 1180px; width: 100%; }
.adm-page-head { display: flex; align-items: baseline; justify-content: space-between; gap: 12px; margin-bottom: 16px; }
.adm-page-head h2 { margin: 0; font-size: 1.25rem; }
.adm-muted { color: var(--muted); }
.adm-card { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; padding: 18px 20px; }
.adm-card h3 { margin: 0 0 12px; font-size: 1rem; display: flex; justify-content: space-between; }
.adm-card h3 a { font-weight: 400; font-size: .9rem; }
.adm-kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 14px; margin-bottom: 18px; }
.adm-kpi-label { color: var(--muted); font-size: .85rem; }
.adm-kpi-value { font-size: 1.8rem; font-weight: 700; margin-top: 4px; }
.adm-kpi--alert .adm-kpi-value, .adm-kpi--alert .adm-kpi-value a { color: var(--bad); }
.adm-grid2 { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 18px; align-items: start; }
.adm-nowrap { white-space: nowrap; }
.adm-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.adm-tabs { display: flex; gap: 6px; margin-bottom: 16px; flex-wrap: wrap; }
.adm-tabs a { padding: 6px 14px; border-radius: 999px; border: 1px solid var(--line); background: #fff; color: var(--ink); }
.adm-tabs a[aria-current=page] { background: var(--ink); color: #fff; border-color: var(--ink); }
.adm-tabs a span { color: var(--muted); margin-left: 4px; }
.adm-tabs a[aria-current=page] span { color: #cfd4e2; }
.adm-flash { background: var(--ok-bg); color: var(--ok); border: 1px solid #abefc6; border-radius: 10px;
  padding: 10px 14px; margin-bottom: 16px; }
.adm-flash--error { background: var(--bad-bg); color: var(--bad); border-color: #fecdca; }
.adm-review { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; padding: 16px 20px;
  margin-bottom: 12px; }
.adm-review--negative { border-left: 4px solid var(--bad); }
.adm-review--focus { box-shadow: 0 0 0 3px #c7bdff; }
.adm-review--removed { opacity: .55; background: #f2f3f5; }
.adm-review--removed .adm-review-text { text-decoration: line-through; }
.adm-review-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; }
.adm-review-stars { color: var(--star); letter-spacing: 1px; font-size: 1.05rem; }
.adm-star-off { color: #d0d5dd; }
.adm-review-meta { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; color: var(--muted); font-size: .85rem; }
.adm-review-author { color: var(--ink); font-weight: 600; }
.adm-review-text { margin: 10px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.adm-review-empty { margin: 10px 0 0; color: var(--muted); font-style: italic; }
.adm-removed-note { margin: 8px 0 0; color: var(--bad); font-weight: 600; font-size: .85rem; }
.adm-badge { display: inline-block; border-radius: 6px; padding: 0 7px; font-size: .75rem; font-weight: 600;
  background: var(--bg); color: var(--muted); }
.adm-badge--ok { background: var(--ok-bg); color: var(--ok); }
.adm-badge--lang { background: var(--info-bg); color: var(--info); }
.adm-review-replies { margin-top: 12px; border-left: 3px solid var(--brand); background: #f7f5ff; border-radius: 0 8px 8px 0;
  padding: 8px 14px; }
.adm-review-reply + .adm-review-reply { border-top: 1px dashed #d9d2ff; margin-top: 8px; padding-top: 8px; }
.adm-review-reply-head { font-size: .8rem; color: var(--muted); }
.adm-review-reply-head strong { color: var(--brand); }
.adm-review-reply p { margin: 2px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.adm-reply { margin-top: 12px; }
.adm-reply-row { display: flex; gap: 10px; align-items: flex-start; }
.adm-reply textarea { flex: 1; min-width: 0; height: 2.55em; min-height: 2.55em; resize: vertical; font: inherit;
  border: 1px solid var(--line); border-radius: 8px; padding: 6px 10px; background: #fcfcfd; }
.adm-reply textarea:focus, .adm-reply textarea[aria-invalid=true] { outline: 2px solid #c7bdff; height: 7em; background: #fff; }
.adm-reply textarea[aria-invalid=true] { border-color: var(--bad); outline-color: var(--bad-bg); }
.adm-reply button { height: 2.55em; }
.adm-reply textarea:not(:focus) { overflow: hidden; }
.adm-reply textarea::placeholder { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.adm-reply textarea:focus::placeholder { white-space: normal; }
.adm-reply-hint { display: none; color: var(--muted); font-size: .8rem; margin: 4px 0 0; }
.adm-reply:focus-within .adm-reply-hint { display: block; }
.adm-field-error { color: var(--bad); font-size: .85rem; margin: 4px 0 0; }
button, .adm-button { background: var(--brand); color: var(--brand-ink); border: 0; border-radius: 8px; padding: 7px 14px;
  font: inherit; font-weight: 600; cursor: pointer; white-space: nowrap; }
button:hover { filter: brightness(1.1); }
.adm-table { width: 100%; border-collapse: collapse; background: var(--panel); }
.adm-table th { text-align: left; font-size: .78rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted);
  font-weight: 600; padding: 10px 12px; border-bottom: 1px solid var(--line); background: #fafbfc; }
.adm-table td { padding: 10px 12px; border-bottom: 1px solid var(--line); vertical-align: top; }
.adm-table tr:last-child td { border-bottom: 0; }
.adm-table .num { text-align: right; white-space: nowrap; }
.adm-table-wrap { border: 1px solid var(--line); border-radius: 12px; overflow: hidden; }
.adm-order-id { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85rem; white-space: nowrap; }
.adm-lines { margin: 0; padding: 0; list-style: none; }
.adm-latest-orders .adm-lines { font-size: .85rem; margin-top: 2px; }
.adm-latest-orders .adm-status { white-space: normal; }
.adm-status { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: .8rem; font-weight: 600; white-space: nowrap; }
.adm-status--delivered { background: var(--ok-bg); color: var(--ok); }
.adm-status--shipped { background: var(--info-bg); color: var(--info); }
.adm-status--awaiting { background: var(--bg); color: var(--ink); }
.adm-status--late, .adm-status--lost { background: var(--warn-bg); color: var(--warn); }
.adm-status--cancelled { background: var(--bad-bg); color: var(--bad); }
.adm-status-note { display: block; color: var(--muted); font-size: .8rem; margin-top: 2px; }
.adm-track--yes { color: var(--ok); }
.adm-track--no { color: var(--muted); }
.adm-mini { list-style: none; margin: 0; padding: 0; }
.adm-mini li { padding: 9px 0; border-bottom: 1px solid var(--line); }
.adm-mini li:last-child { border-bottom: 0; }
.adm-mini p { margin: 2px 0 0; color: var(--ink); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.adm-empty { text-align: center; color: var(--muted); padding: 36px; }
.adm-pager { display: flex; align-items: center; gap: 4px; margin-top: 18px; flex-wrap: wrap; }
.adm-pager a, .adm-pager span { min-width: 34px; text-align: center; padding: 5px 10px; border-radius: 8px;
  border: 1px solid var(--line); background: #fff; color: var(--ink); }
.adm-pager a[aria-current=page] { background: var(--brand); border-color: var(--brand); color: #fff; }
.adm-pager .adm-pager-gap { border: 0; background: none; }
.adm-pager .adm-pager-off { color: #b0b6c3; }
.adm-pager-summary { margin-left: auto; color: var(--muted); font-size: .85rem; border: 0 !important; background: none !important; }
.adm-notfound { text-align: center; padding: 80px 20px; }
.adm-notfound h2 { font-size: 1.6rem; margin: 0 0 8px; }
@media (max-width: 900px) {
  .adm-shell { grid-template-columns: 1fr; }
  .adm-kpis { grid-template-columns: repeat(2, 1fr); }
  .adm-grid2 { grid-template-columns: 1fr; }
}
`;
