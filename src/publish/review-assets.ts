/** The review page's inline CSS and script (kept here so the page module stays about structure). */

export const REVIEW_STYLE = `
:root { color-scheme: light; }
body { margin: 0; padding: 0 1rem 2rem; font: .95rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; }
:lang(ko) { font-family: system-ui, "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", NanumGothic, sans-serif; word-break: keep-all; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ccc; padding: .5rem 0; z-index: 1; }
h1 { font-size: 1.25rem; margin: .25rem 0; }
table { border-collapse: collapse; width: 100%; }
.counts { width: auto; font-size: .85rem; }
.counts th, .counts td { padding: .1rem .5rem; text-align: right; }
.segments th, .segments td { border-bottom: 1px solid #ddd; padding: .5rem; vertical-align: top; text-align: left; }
.segments td { width: 31%; }
.segments tbody th { width: 7%; font-weight: normal; font-size: .8rem; color: #555; }
.kind-title td, .kind-heading td { font-weight: 600; }
.badge { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: .6rem; background: #e0e0e0; margin-bottom: .25rem; }
.status-reviewed .badge, .badge.status-reviewed { background: #c8e6c9; }
.badge.status-edited { background: #bbdefb; }
.badge.status-machine { background: #fff3cd; }
.badge.status-new, .badge.status-missing { background: #fde2e1; }
.badge.status-stale { background: #ffd8a8; }
mark.term { background: #e3f2fd; border-bottom: 2px solid #1e88e5; color: inherit; }
mark.term.forbidden { background: #fde2e1; border-bottom-color: #c62828; }
.name-candidate { text-decoration: underline dotted #6d4c41 2px; text-underline-offset: 3px; }
del { background: #fde2e1; }
ins { background: #d7f5dd; text-decoration: none; }
.stale { font-size: .85rem; margin: .5rem 0 0; }
.stale dt { font-weight: 600; }
.stale dd { margin: 0 0 .25rem; }
.review-note, .note { font-size: .85rem; color: #8a4b00; margin: .25rem 0 0; }
.findings { list-style: none; margin: .5rem 0 0; padding: 0; font-size: .85rem; }
.finding { border-left: 3px solid #9e9e9e; padding: .1rem .4rem; margin-bottom: .25rem; background: #fafafa; }
.finding.severity-error { border-left-color: #c62828; background: #fdecea; }
.finding.severity-warning { border-left-color: #ef8f00; background: #fff6e5; }
.finding .severity { font-weight: 600; }
.finding .hint { color: #555; }
tr[hidden] { display: none; }
`;

export const REVIEW_SCRIPT = `
(() => {
  const filter = document.getElementById('filter');
  const shown = document.getElementById('shown');
  const rows = Array.from(document.querySelectorAll('table.segments tbody tr'));
  const apply = () => {
    const wanted = filter.value;
    let count = 0;
    for (const row of rows) {
      const statuses = row.dataset.statuses.split(' ');
      const visible = wanted === 'all'
        || (wanted === 'needs-look' ? statuses.some((s) => s !== 'reviewed')
          : wanted === 'has-findings' ? Number(row.dataset.findings) > 0 : statuses.includes(wanted));
      row.hidden = !visible;
      if (visible) count++;
    }
    shown.textContent = String(count);
  };
  filter.addEventListener('change', apply);
  apply();
})();
`;
