"""The reports' stylesheet, inlined into every report so that one file works alone, offline, from a file:// URL.

The view switch ("Changes" / "As found" / "Cleaned") is CSS only: three radio inputs precede the article and the
rules below show or hide ``.was`` (only on the page), ``.now`` (only in the cleaned article) and ``.ui``
(decoration).  No script is needed, so reports carry none and forbid all in their Content-Security-Policy.
"""

from __future__ import annotations

CSS = """
:root{--ink:#1f2328;--muted:#59636e;--faint:#8c959f;--line:#d8dee4;--bg:#f4f6f8;--card:#fff;--accent:#0969da;
--restore:#1a7f37;--restore-bg:#d6f5dd;--restore-hi:#aef0bd;--remove:#cf222e;--remove-bg:#ffe4e1;
--flag:#9a6700;--flag-bg:#fff3b8;--drop:#bf3989;--drop-bg:#ffeff7;--merge:#0969da;--merge-bg:#e3efff;
--other:#6e7781;--other-bg:#eaeef2}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.6 "Pretendard","Apple SD Gothic Neo","Malgun Gothic","Noto Sans CJK KR","Noto Sans KR","Nanum Gothic",
system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;word-break:keep-all;overflow-wrap:anywhere}
a{color:var(--accent)}
.topbar{background:#1f2328;color:#fff;padding:12px 32px;display:flex;align-items:baseline;gap:16px}
.topbar .brand{font-weight:800;letter-spacing:.02em;font-size:17px}
.topbar .what{color:#c9d1d9;font-size:14px}
.wrap{max-width:1240px;margin:0 auto;padding:24px 32px 48px}
h2,h3{margin:0}
.sec-title{font-size:13px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);font-weight:700;
margin:0 0 10px}
.index{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 20px;margin-bottom:24px}
.index ol{margin:0;padding-left:22px}.index li{margin:4px 0}
.art{margin-bottom:48px;position:relative}
.art+.art{border-top:3px solid var(--line);padding-top:32px}
.art-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px 14px;margin-bottom:14px;color:var(--muted)}
.art-head .file{font:600 14px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--ink)}
.url{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
a.url{color:var(--accent)}
.cards{display:grid;grid-template-columns:1fr 1.35fr 1.35fr;gap:14px;margin-bottom:20px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 18px}
.card .k{font-size:12px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);font-weight:700}
.card .big{font-size:26px;font-weight:800;line-height:1.25;margin-top:4px}
.card .sub{color:var(--muted);font-size:13px;margin-top:4px}
.pill{display:inline-block;border-radius:999px;padding:2px 12px;font-size:14px;font-weight:700;color:#fff;
vertical-align:middle}
.pill.bad{background:var(--remove)}.pill.ok{background:var(--restore)}
.bar{display:inline-block;width:64px;height:6px;border-radius:3px;background:#e6eaef;vertical-align:middle;
margin-left:8px;overflow:hidden}
.bar>span{display:block;height:100%;background:var(--muted)}
.score .bar{width:120px;height:8px;border-radius:4px}
.score.bad .bar>span{background:var(--remove)}.score.ok .bar>span{background:var(--restore)}
.kinds{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.chip{display:inline-block;border-radius:6px;padding:1px 8px;font-size:12.5px;font-weight:700;white-space:nowrap}
.k-restore{background:var(--restore-bg);color:var(--restore)}.k-remove{background:var(--remove-bg);color:var(--remove)}
.k-flag{background:var(--flag-bg);color:var(--flag)}.k-drop{background:var(--drop-bg);color:var(--drop)}
.k-merge{background:var(--merge-bg);color:var(--merge)}.k-other{background:var(--other-bg);color:var(--other)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:20px;align-items:start}
@media (max-width:960px){.layout,.cards{grid-template-columns:1fr}}
.toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:8px 14px;margin-bottom:10px}
.vr{position:absolute;opacity:0;pointer-events:none;width:1px;height:1px}
.switch{display:inline-flex;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:3px;gap:2px}
.switch label{padding:5px 14px;border-radius:6px;cursor:pointer;font-weight:700;color:var(--muted);font-size:14px;
user-select:none}
.switch label:hover{background:var(--bg)}
.vr-changes:checked~* .l-changes,.vr-found:checked~* .l-found,.vr-clean:checked~* .l-clean{background:var(--ink);
color:#fff}
.vr-changes:focus-visible~* .l-changes,.vr-found:focus-visible~* .l-found,.vr-clean:focus-visible~* .l-clean{
outline:2px solid var(--accent);outline-offset:2px}
.hint{display:none;color:var(--muted);font-size:13px}
.vr-changes:checked~* .h-changes,.vr-found:checked~* .h-found,.vr-clean:checked~* .h-clean{display:inline}
.page{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:30px 40px 34px;
box-shadow:0 1px 2px rgba(31,35,40,.05)}
.page .meta{display:flex;flex-wrap:wrap;gap:2px 10px;color:var(--muted);font-size:13.5px;margin-bottom:10px}
.page .meta>*+*::before{content:"·";margin-right:10px;color:var(--faint)}
.page .f-title{font-size:27px;line-height:1.45;font-weight:800;margin:4px 0 8px;letter-spacing:-.01em}
.page .f-subtitle{font-size:17.5px;line-height:1.55;font-weight:600;color:#424a53;margin:0 0 14px;
padding-left:12px;border-left:3px solid var(--line)}

.page figure{margin:18px 0;background:var(--bg);border-radius:8px;padding:12px 16px;border-left:4px solid #afb8c1}
.page figcaption{font-size:14.5px;line-height:1.7;color:#424a53}
.page figure .fold-box{margin-top:8px}
.page .f-paragraphs p{font-size:17px;line-height:1.9;margin:0 0 1em}
.page .tags{display:flex;flex-wrap:wrap;gap:6px;margin-top:16px}
.page .tags .tg{background:var(--bg);border-radius:6px;padding:1px 8px;font-size:13.5px;color:var(--muted)}
.page .none{color:var(--faint);font-style:italic}
del,ins{text-decoration:none}
.mk{border-radius:3px;scroll-margin-top:80px}
.mk:target,tr:target{outline:3px solid #f2cc60;outline-offset:2px}
.ref{font-size:.6em;font-weight:800;vertical-align:super;line-height:0;margin-left:1px;text-decoration:none;
padding:0 1px}
.mk-restore .ref{color:var(--restore)}.mk-remove .ref{color:var(--remove)}.mk-flag .ref{color:var(--flag)}
.mk-drop .ref{color:var(--drop)}.mk-merge .ref{color:var(--merge)}
.mk-restore del.was{color:var(--remove);text-decoration:line-through;text-decoration-thickness:1.5px;
font-size:.78em;background:var(--remove-bg);border-radius:3px;padding:0 3px;margin-right:2px;vertical-align:1px}
.mk-restore ins.now{background:var(--restore-hi);color:#0b4a1e;border-bottom:2px solid var(--restore);
padding:0 2px;border-radius:3px 3px 0 0;font-weight:600}
.mk-remove del.was,.mk-other del.was{color:var(--remove);background:var(--remove-bg);text-decoration:line-through;
text-decoration-thickness:1.5px;padding:0 3px;border-radius:3px}
.mk-other ins.now{background:var(--other-bg)}
.mk-flag del.was{color:var(--flag);background:var(--flag-bg);text-decoration:line-through;
text-decoration-thickness:1.5px;padding:0 3px;border-radius:3px;border-bottom:2px dotted var(--flag)}
.blk{display:block;margin:0 0 1em;padding:8px 12px;border:1.5px dashed var(--drop);border-radius:8px;
background:var(--drop-bg)}
span.blk{display:inline-block;margin:0 4px;padding:0 8px}
.blk del{color:var(--drop);text-decoration:line-through;text-decoration-thickness:1.5px;font-size:15px}
.tag{display:inline-block;font-size:11.5px;font-weight:800;letter-spacing:.03em;border-radius:4px;padding:0 6px;
margin-right:8px;vertical-align:1px}
.blk .tag{background:var(--drop);color:#fff}.blk .tag .ref{color:#fff}
.fold-box{display:block}
.fold-box .tag{background:var(--merge-bg);color:var(--merge);cursor:pointer;padding:1px 8px}
.fold-box .caret{display:inline-block;transition:transform .15s}
.fold{position:absolute;opacity:0;width:1px;height:1px}
.fold:checked~.tag .caret{transform:rotate(90deg)}
.fold:focus-visible~.tag{outline:2px solid var(--accent)}
del.dup{display:none;margin-top:6px;font-size:14px;color:var(--muted);text-decoration:line-through;
text-decoration-color:var(--merge)}
.fold:checked~del.dup{display:block}
b.df{font-weight:700;background:var(--remove-bg);color:var(--remove);border-radius:2px}
ins b.df{background:var(--restore-bg);color:var(--restore)}
.vr-found:checked~* .now,.vr-found:checked~* .ui,.vr-clean:checked~* .was,.vr-clean:checked~* .ui{display:none}
.vr-found:checked~* .page .was,.vr-found:checked~* .page .was del{text-decoration:none;font-size:inherit;
font-weight:inherit;vertical-align:baseline;margin:0;border:0}
.vr-found:checked~* .page .mk-restore del.was,.vr-found:checked~* .page .mk-remove del.was,
.vr-found:checked~* .page .mk-flag del.was,.vr-found:checked~* .page .mk-other del.was{background:var(--remove-bg);
color:inherit;padding:0 1px}
.vr-found:checked~* .page .blk{display:block;border:0;padding:0;background:none;margin:0 0 1em}
.vr-found:checked~* .page span.blk{display:inline}
.vr-found:checked~* .page .blk del{color:inherit;background:var(--remove-bg);font-size:inherit}
.vr-found:checked~* .page .f-paragraphs .blk del{font-size:17px;line-height:1.9}
.vr-found:checked~* .page del.dup{display:block;margin:8px 0 0;font-size:14.5px;line-height:1.7;color:#424a53;
text-decoration:none}
.vr-found:checked~* .page b.df{font-weight:inherit;color:inherit}
.vr-clean:checked~* .page .now{background:none;border:0;font-weight:inherit;color:inherit;padding:0}
.side .card{margin-bottom:14px}
.side .card h3{font-size:12px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin-bottom:8px}
.legend{list-style:none;margin:0;padding:0}
.legend li{display:grid;grid-template-columns:86px 1fr;gap:8px;align-items:start;font-size:13px;color:#424a53;
margin:7px 0;line-height:1.45}
.legend .chip{text-align:center}
.kw{display:flex;flex-wrap:wrap;gap:6px}
.kw span{background:var(--remove-bg);color:#82071e;border-radius:6px;padding:1px 8px;font-size:13.5px}
.side dl{margin:0;font-size:13px;display:grid;grid-template-columns:auto 1fr;gap:3px 10px}
.side dt{color:var(--muted)}.side dd{margin:0;overflow-wrap:anywhere}
.side p{margin:0;font-size:13.5px;line-height:1.55}
.side ul.notes{margin:0;padding-left:18px;font-size:13px}
.edits-sec{margin-top:26px}
table{border-collapse:collapse;width:100%;background:var(--card);border:1px solid var(--line);border-radius:10px;
overflow:hidden;font-size:14px}
th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);
background:#f6f8fa;padding:8px 10px;border-bottom:1px solid var(--line);white-space:nowrap}
td{padding:9px 10px;border-bottom:1px solid #eaeef2;vertical-align:top}
tbody tr:last-child td{border-bottom:0}
td.num{font-weight:800;text-align:right;width:36px}
td.num a{text-decoration:none}
td.where{white-space:nowrap;color:#424a53;font-size:13px}
td.change{min-width:220px;max-width:420px}
td.change del{color:var(--remove);background:var(--remove-bg);text-decoration:line-through;border-radius:3px;
padding:0 3px}
td.change ins{color:#0b4a1e;background:var(--restore-bg);border-radius:3px;padding:0 3px;font-weight:600}
td.change .copy{margin:2px 0;font-size:13px}
td.change .copy del,td.change .copy ins{text-decoration:none;font-weight:400;background:none;color:inherit;padding:0}
td.change .lbl{font-size:11px;font-weight:800;color:var(--muted);text-transform:uppercase;margin-right:4px}
.arrow{color:var(--faint);padding:0 2px}
.nothing{color:var(--faint);font-style:italic;font-size:13px}
td.ev{color:#424a53;font-size:12.5px;line-height:1.5;max-width:380px}
td.conf{white-space:nowrap;font-variant-numeric:tabular-nums}
td.conf .bar{width:44px}
.row-restore td.conf .bar>span{background:var(--restore)}.row-remove td.conf .bar>span{background:var(--remove)}
.row-flag td.conf .bar>span{background:var(--flag)}.row-drop td.conf .bar>span{background:var(--drop)}
.row-merge td.conf .bar>span{background:var(--merge)}
tr.unplaced td{background:#fffbea}
.warn{color:var(--flag);font-size:12px;font-weight:600;white-space:normal;margin-top:2px}
.empty{color:var(--muted)}
.foot{color:var(--faint);font-size:12.5px;margin-top:28px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:20px;margin-bottom:20px}
@media (max-width:960px){.grid2{grid-template-columns:1fr}}
.panel{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 18px}
.panel table{border:0;border-radius:0;font-size:13.5px}
.panel td,.panel th{padding:5px 8px}
.panel td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;width:1%}
.panel td.b{width:40%}
.panel td.b .bar{width:100%;margin:0}
.panel td.b .bar>span{background:var(--accent)}
.hist svg{width:100%;height:auto;display:block}
.cards4{grid-template-columns:repeat(4,1fr)}
.gap-top{margin-top:20px}
@media print{.vr,.switch,.hint{display:none}body{background:#fff}}
"""
