/** The panel's CSS, inside its shadow root: every host property reset on :host, sizes in px (not rem). */
export const panelCss = `:host{all:initial}
*{box-sizing:border-box}
.sl-panel{all:initial;position:fixed;right:20px;bottom:76px;z-index:2147483647;width:360px;max-width:calc(100vw - 40px);
max-height:calc(100vh - 100px);overflow:auto;background:#fff;color:#1b1f24;border-radius:12px;
box-shadow:0 10px 30px rgba(0,0,0,.3);font:400 14px/20px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;display:block}
.sl-head{display:flex;justify-content:space-between;align-items:center;padding:12px 16px;background:#1f6feb;color:#fff;
border-radius:12px 12px 0 0;font-weight:600;font-size:15px}
.sl-body{padding:14px 16px;display:flex;flex-direction:column;gap:10px}
label{display:flex;flex-direction:column;gap:4px;font-size:13px;color:#3b434c}
input,select,textarea{font:inherit;font-size:14px;color:#1b1f24;background:#fff;border:1px solid #b8c0c8;border-radius:6px;padding:7px 9px;width:100%}
textarea{min-height:72px;resize:vertical}
button{font:inherit;font-size:14px;cursor:pointer;border-radius:6px;border:1px solid #1f6feb;padding:8px 12px;background:#1f6feb;color:#fff}
button.sl-quiet{background:#fff;color:#1f6feb}
button.sl-x{background:none;border:none;color:#fff;font-size:18px;padding:0 4px}
button:disabled{opacity:.6;cursor:default}
.sl-row{display:flex;gap:8px;flex-wrap:wrap}
.sl-error{color:#b42318;background:#fef3f2;border-radius:6px;padding:8px}
.sl-option{border:1px solid #d0d7de;border-radius:8px;padding:8px 10px}
.sl-option.sl-best{border-color:#1a7f37;background:#f0fff4;font-weight:600}
.sl-muted{color:#57606a;font-size:13px}
.sl-link{word-break:break-all;font-size:12px;background:#f6f8fa;padding:6px;border-radius:6px}
.sl-state{font-weight:600}`;
