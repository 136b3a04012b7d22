// 导入 Import: a CSV or XLSX list of volunteers. Always a dry run (预检) first: what would be
// created, updated and rejected, with the rejected rows (row, code, message); then the real run,
// showing the upload, the processing and the final counts from the import job. Rows are matched
// by ID number, so running the same file again creates nothing.
import { api, importVolunteers } from '../api.js';
import { bi, errorState, formatNumber, h, problemAlert, toast } from '../ui.js';

export const title = '导入志愿者 Import';

const MAX_BYTES = 20 * 1024 * 1024;
const POLL_MS = 1000;
const COLUMNS =
  '姓名、性别、身份证号、手机号、所属村/社区、技能、志愿服务队（未成年人另需：监护人姓名、监护人手机号、监护人关系）';

const formatBytes = (n) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

export function mount(root) {
  let file = null;
  let checked = null; // the file the last successful dry run was for
  let running = false;
  let alive = true;

  const input = h('input', {
    type: 'file',
    id: 'import-file',
    name: 'file',
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const fileInfo = h('p', { class: 'hint', id: 'import-file-info' }, '尚未选择文件 / No file chosen');
  const dryButton = h(
    'button',
    { type: 'button', class: 'secondary', id: 'dry-run', disabled: true },
    bi('预检', 'Dry run'),
  );
  const runButton = h(
    'button',
    { type: 'button', class: 'primary', id: 'run-import', disabled: true },
    bi('导入', 'Import'),
  );
  const progress = h('div', { class: 'import-progress', id: 'import-progress', hidden: true });
  const result = h('div', { id: 'import-result', 'aria-live': 'polite' });

  root.append(
    h(
      'div',
      { class: 'view-head' },
      h('h1', { tabindex: '-1' }, bi('导入志愿者', 'Import volunteers')),
      h(
        'p',
        { class: 'lead' },
        '先预检，确认无误再导入；按身份证号匹配，重复导入不会重复登记 · ',
        h('span', { class: 'en', lang: 'en' }, 'Dry run first; rows match by ID number, so re-running creates nothing'),
      ),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'import-file-title' },
      h('h2', { id: 'import-file-title' }, bi('选择文件', 'Choose a file')),
      h(
        'div',
        { class: 'field' },
        h(
          'label',
          { for: 'import-file' },
          'CSV 或 XLSX 文件 ',
          h('span', { class: 'en', lang: 'en' }, 'CSV or XLSX file'),
        ),
        input,
        fileInfo,
      ),
      h('p', { class: 'hint' }, `表头列 Columns：${COLUMNS}。最大 20 MB / up to 20 MB.`),
      h('div', { class: 'button-row' }, dryButton, runButton),
      progress,
    ),
    result,
  );

  input.addEventListener('change', () => {
    file = input.files?.[0] ?? null;
    checked = null;
    result.replaceChildren();
    progress.hidden = true;
    if (!file) {
      fileInfo.textContent = '尚未选择文件 / No file chosen';
    } else {
      fileInfo.textContent = `${file.name} · ${formatBytes(file.size)}`;
      if (file.size > MAX_BYTES)
        result.replaceChildren(
          problemAlert(
            new Error(
              `文件 ${formatBytes(file.size)}，超过 20 MB 上限，请拆分后再导入 / The file is over 20 MB; split it`,
            ),
          ),
        );
    }
    syncButtons();
  });

  function syncButtons() {
    const usable = Boolean(file) && file.size <= MAX_BYTES && !running;
    dryButton.disabled = !usable;
    // The real run waits for a dry run of this very file.
    runButton.disabled = !usable || checked !== file;
  }

  function showProgress({ phase, loaded, total, job }) {
    progress.hidden = false;
    let value = null;
    let text;
    if (phase === 'upload') {
      value = total ? loaded / total : null;
      text = [`上传中 ${Math.round((value ?? 0) * 100)}% `, h('span', { class: 'en', lang: 'en' }, 'Uploading')];
    } else if (phase === 'processing') {
      text = ['处理中，请勿关闭页面… ', h('span', { class: 'en', lang: 'en' }, 'Processing; keep this page open')];
    } else {
      value = job.total ? job.processed / job.total : 1;
      text = [
        `已处理 ${formatNumber(job.processed)} / ${formatNumber(job.total)} 行 `,
        h('span', { class: 'en', lang: 'en' }, `${job.processed} of ${job.total} rows`),
      ];
    }
    const bar = h('progress', { max: 1, 'aria-labelledby': 'import-progress-text' });
    if (value !== null) bar.value = value;
    progress.replaceChildren(h('p', { id: 'import-progress-text', role: 'status' }, text), bar);
  }

  /** Polls the job until it is no longer running; resolves with its last state. */
  async function settle(job) {
    let current = job;
    while (alive && current.status === 'running') {
      showProgress({ job: current });
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      current = await api.importStatus(current.id);
    }
    if (alive) showProgress({ job: current });
    return current;
  }

  async function run(dryRun) {
    if (!file || running) return;
    running = true;
    syncButtons();
    result.replaceChildren();
    const chosen = file;
    // The job id is ours, so the job's progress can be watched while the server is still working on it.
    const importId = crypto.randomUUID();
    let sawJob = false;
    let watching = true;
    const watch = (async () => {
      while (alive && watching) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!watching) break;
        try {
          const job = await api.importStatus(importId);
          if (watching && alive && job.status === 'running') {
            sawJob = true;
            showProgress({ job });
          }
        } catch {
          // Not started yet (still uploading): try again on the next tick.
        }
      }
    })();
    try {
      const answer = await importVolunteers(chosen, {
        dryRun,
        importId,
        onProgress: (p) => {
          if (p.phase === 'upload' || !sawJob) showProgress(p);
        },
      }).finally(async () => {
        watching = false;
        await watch;
      });
      // The answer carries the rejected rows; the job (polled until done) carries the final counts.
      const job = await settle(answer);
      if (!alive) return;
      if (dryRun && job.status === 'completed') checked = chosen;
      drawResult({ ...job, rejectedCount: answer.rejectedCount, rejected: answer.rejected ?? [] }, dryRun);
      if (!dryRun) toast('导入完成 / Import finished');
    } catch (error) {
      if (!alive) return;
      progress.hidden = true;
      result.replaceChildren(
        h(
          'section',
          { class: 'panel', id: 'import-error' },
          h('h2', {}, dryRun ? bi('预检未通过', 'Dry run refused') : bi('导入失败', 'Import failed')),
          errorState(error),
          hintFor(error),
        ),
      );
    } finally {
      running = false;
      if (alive) syncButtons();
    }
  }

  function hintFor(error) {
    const hints = {
      'IMPORT.TOO_LARGE': '文件过大：请拆分为不超过 20 MB 的多个文件 / Split the file into parts under 20 MB',
      'IMPORT.UNSUPPORTED_TYPE':
        '请另存为 CSV（UTF-8）或 Excel 工作簿（.xlsx）/ Save as CSV (UTF-8) or an .xlsx workbook',
      'IMPORT.UNKNOWN_HEADERS': `表头须使用以下列名 / Use these headers：${COLUMNS}`,
      'IMPORT.MISSING_HEADERS': `表头须使用以下列名 / Use these headers：${COLUMNS}`,
      'IMPORT.EMPTY': '文件中没有数据行 / The file has no data rows',
    };
    const code = error?.status === 413 ? 'IMPORT.TOO_LARGE' : error?.code;
    return hints[code] ? h('p', { class: 'hint' }, hints[code]) : null;
  }

  function drawResult(job, dryRun) {
    const card = (key, zh, en, value) =>
      h(
        'div',
        { class: 'card', dataset: { card: key } },
        h('h3', {}, bi(zh, en)),
        h('p', { class: 'card-value' }, formatNumber(value ?? 0)),
      );
    const failed = job.status === 'failed';
    const rejected = job.rejected ?? [];
    result.replaceChildren(
      h(
        'section',
        { class: 'panel', id: dryRun ? 'dry-run-result' : 'run-result', dataset: { status: job.status } },
        h(
          'div',
          { class: 'panel-head' },
          h('h2', {}, dryRun ? bi('预检结果（未写入）', 'Dry run (nothing written)') : bi('导入结果', 'Import result')),
          h(
            'span',
            { class: `badge import-${job.status}` },
            failed ? '失败 Failed' : job.status === 'running' ? '进行中 Running' : '完成 Done',
          ),
        ),
        h(
          'p',
          { class: 'muted small' },
          `${job.fileName ?? file?.name ?? ''} · 共 ${formatNumber(job.total)} 行 `,
          h('span', { class: 'en', lang: 'en' }, `${job.total} rows`),
        ),
        failed ? problemAlert(new Error(`导入中止（${job.errorCode ?? '未知'}）/ The import stopped`)) : null,
        h(
          'div',
          { class: 'cards import-cards' },
          card('created', dryRun ? '将新增' : '新增', dryRun ? 'Would create' : 'Created', job.created),
          card('updated', dryRun ? '将更新' : '更新', dryRun ? 'Would update' : 'Updated', job.updated),
          card('unchanged', '无变化', 'Unchanged', job.unchanged),
          card('rejected', '拒绝', 'Rejected', job.rejectedCount),
        ),
        rejected.length
          ? h(
              'div',
              { class: 'rejected-box' },
              h('h3', {}, bi('被拒的行', 'Rejected rows')),
              job.rejectedCount > rejected.length
                ? h('p', { class: 'hint' }, `只列出前 ${rejected.length} 条 / First ${rejected.length} shown`)
                : null,
              h(
                'table',
                { class: 'data-table responsive rejected-table', id: 'rejected-table' },
                h(
                  'thead',
                  {},
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'col', class: 'num' }, bi('行号', 'Row')),
                    h('th', { scope: 'col' }, bi('代码', 'Code')),
                    h('th', { scope: 'col' }, bi('原因', 'Message')),
                  ),
                ),
                h(
                  'tbody',
                  {},
                  rejected.map((r) =>
                    h(
                      'tr',
                      { dataset: { row: r.row } },
                      h('th', { scope: 'row', class: 'num', 'data-label': '行号 Row' }, `第 ${r.row} 行`),
                      h('td', { 'data-label': '代码 Code', class: 'mono' }, r.code),
                      h('td', { 'data-label': '原因 Message', class: 'reason' }, r.message),
                    ),
                  ),
                ),
              ),
            )
          : h('p', { class: 'muted' }, '没有被拒的行 / No rows rejected'),
        dryRun && !failed
          ? h(
              'p',
              { class: 'alert alert-info' },
              '确认无误后点击“导入”写入；被拒的行不会导入，修改后可再次导入。 ',
              h('span', { class: 'en', lang: 'en' }, 'Press Import to write; rejected rows are skipped.'),
            )
          : null,
      ),
    );
  }

  dryButton.addEventListener('click', () => run(true));
  runButton.addEventListener('click', () => run(false));

  return {
    update() {},
    unmount() {
      alive = false;
    },
  };
}
