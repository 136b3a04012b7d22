// Small DOM helpers shared by the views. Text always goes in as text nodes, never as HTML.
import { ApiError } from './api.js';
import { CODE_FIELDS, FIELD_CODE_HINTS } from '../labels.ts';
import { router } from '../router.ts';

const PROPS = new Set(['value', 'checked', 'selected', 'disabled', 'hidden', 'open']);

/** Builds an element: h('button', { class: 'primary', onclick }, '保存'). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (PROPS.has(key)) el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A Chinese label with its English gloss: 组织名录 Organisations. */
export function bi(zh, en) {
  return [zh, ' ', h('span', { class: 'en', lang: 'en' }, en)];
}

/** A summary card: a bilingual title, the figure, a note under it. */
export function statCard(id, zh, en, value, note) {
  return h(
    'article',
    { class: 'card', 'data-card': id },
    h('h3', {}, bi(zh, en)),
    h('p', { class: 'card-value' }, value),
    h('p', { class: 'card-note' }, note),
  );
}

/** The buttons of a segmented switch: [value, zh, en] options, the chosen one pressed. */
export function segments(options, chosen, pick) {
  return options.map(([value, zh, en]) =>
    h(
      'button',
      { type: 'button', class: 'segment', 'aria-pressed': String(chosen === value), onclick: () => pick(value) },
      bi(zh, en),
    ),
  );
}

let fieldSeq = 0;

/**
 * A labelled form control with a slot for its error message.
 * kind: input (default), select (options: [[value, text]]), textarea.
 */
export function field({ label, en, name, type = 'text', value, required, options, kind, hint, attrs = {} }) {
  const id = `f-${name}-${++fieldSeq}`;
  const errorId = `${id}-error`;
  const common = { id, name, 'aria-describedby': hint ? `${id}-hint` : undefined, ...attrs };
  let control;
  if (kind === 'select' || options) {
    control = h(
      'select',
      common,
      options.map(([v, text]) =>
        h('option', { value: v, selected: value !== undefined && String(value) === String(v) }, text),
      ),
    );
  } else if (kind === 'textarea') {
    control = h('textarea', { ...common, rows: 3 }, value ?? '');
  } else {
    control = h('input', { ...common, type, value: value ?? '' });
  }
  if (required) control.setAttribute('aria-required', 'true');
  return h(
    'div',
    { class: 'field', dataset: { field: name } },
    h(
      'label',
      { for: id },
      label,
      required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null,
      en ? [' ', h('span', { class: 'en', lang: 'en' }, en)] : null,
    ),
    control,
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    h('p', { class: 'field-error', id: errorId, hidden: true, role: 'alert' }),
  );
}

/** Removes every error shown in a form. */
export function clearFormErrors(form) {
  form.querySelectorAll('.field-error').forEach((p) => {
    p.textContent = '';
    p.hidden = true;
  });
  form.querySelectorAll('[aria-invalid]').forEach((c) => {
    c.removeAttribute('aria-invalid');
    const describedBy = (c.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && !id.endsWith('-error'));
    if (describedBy.length) c.setAttribute('aria-describedby', describedBy.join(' '));
    else c.removeAttribute('aria-describedby');
  });
  form.querySelectorAll('.form-alert').forEach((a) => a.remove());
}

function markField(form, name, message) {
  const wrapper = form.querySelector(`.field[data-field="${CSS.escape(name)}"]`);
  if (!wrapper) return false;
  const control = wrapper.querySelector('input, select, textarea');
  const slot = wrapper.querySelector('.field-error');
  slot.textContent = slot.textContent ? `${slot.textContent}；${message}` : message;
  slot.hidden = false;
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    const ids = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
    ids.add(slot.id);
    control.setAttribute('aria-describedby', [...ids].join(' '));
  }
  return true;
}

/**
 * Shows an API problem in a form: the problem's detail at the top, each field error
 * (and domain errors about one field) beside its field. Focuses the first bad field.
 */
export function showFormProblem(form, error) {
  clearFormErrors(form);
  const lines = [];
  let placed = 0;
  if (error instanceof ApiError) {
    for (const fe of error.errors) {
      const hint = FIELD_CODE_HINTS[fe.code];
      const message = hint ? `${hint} · ${fe.message}` : fe.message;
      if (markField(form, fe.field, message)) placed++;
      else lines.push(`${fe.field}: ${message}`);
    }
    const domainField =
      CODE_FIELDS[error.code] ?? (typeof error.details.field === 'string' ? error.details.field : null);
    if (domainField && !error.errors.length && markField(form, domainField, error.detail)) placed++;
  }
  if (placed && error.errors.length) lines.unshift('请检查下方标红的字段 / Check the fields marked below');
  const alert = problemAlert(error, lines);
  alert.classList.add('form-alert');
  form.prepend(alert);
  const firstBad = form.querySelector('[aria-invalid="true"]');
  (firstBad ?? alert).focus?.();
  if (!firstBad) alert.scrollIntoView?.({ block: 'nearest' });
}

/** An alert box for a problem: detail first, then the code and request id for support. */
export function problemAlert(error, extraLines = []) {
  const isApi = error instanceof ApiError;
  const detail = isApi ? error.detail : String(error?.message ?? error);
  return h(
    'div',
    { class: 'alert alert-error', role: 'alert', tabindex: '-1' },
    h('p', { class: 'alert-title' }, isApi && error.title ? error.title : '出错了 / Something went wrong'),
    h('p', { class: 'alert-detail' }, detail),
    extraLines.length
      ? h(
          'ul',
          {},
          extraLines.map((line) => h('li', {}, line)),
        )
      : null,
    isApi
      ? h(
          'p',
          { class: 'alert-meta' },
          `${error.code ?? ''}${error.status ? ` · HTTP ${error.status}` : ''}${error.requestId ? ` · ${error.requestId}` : ''}`,
        )
      : null,
  );
}

/** A full-width error state for a view that could not load, with a retry button. */
export function errorState(error, retry) {
  return h(
    'div',
    { class: 'error-state' },
    problemAlert(error),
    retry ? h('button', { type: 'button', class: 'secondary', onclick: retry }, bi('重试', 'Retry')) : null,
  );
}

export function loadingState(text = '加载中…') {
  return h(
    'p',
    { class: 'loading-state', role: 'status' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    text,
    ' ',
    h('span', { class: 'en', lang: 'en' }, 'Loading'),
  );
}

/** Disables a form's controls while its request runs; returns a function that re-enables them. */
export function busy(form) {
  const controls = [...form.querySelectorAll('button, input, select, textarea')].filter((c) => !c.disabled);
  controls.forEach((c) => (c.disabled = true));
  form.setAttribute('aria-busy', 'true');
  return () => {
    controls.forEach((c) => (c.disabled = false));
    form.removeAttribute('aria-busy');
  };
}

/** A short confirmation announced to screen readers. */
export function toast(message) {
  const region = document.getElementById('toasts');
  if (!region) return;
  const note = h('p', { class: 'toast' }, message);
  region.append(note);
  setTimeout(() => note.remove(), 4000);
}

// ---- dates: the station works in local calendar dates ----
const pad = (n) => String(n).padStart(2, '0');
export const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
export const thisMonth = () => todayIso().slice(0, 7);
/** Adds months to YYYY-MM. */
export function addMonths(month, delta) {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

export const formatNumber = (n) => (typeof n === 'number' ? n.toLocaleString('zh-CN') : '—');
export const orDash = (value) => (value === null || value === undefined || value === '' ? '—' : value);

/** Reads a form into an object of trimmed strings (empty ones left out). */
export function formValues(form) {
  const out = {};
  for (const [key, value] of new FormData(form).entries()) {
    const text = typeof value === 'string' ? value.trim() : value;
    if (text !== '') out[key] = text;
  }
  return out;
}

// ---- hash routes: views keep their state in the hash ----
/** `#/organisations?type=…`, leaving out empty parameters. */
export function hrefFor(route, params = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return `#/${route}${text ? `?${text}` : ''}`;
}

/** Navigates to a route; `replace` keeps the back button from filling up with filter tweaks. */
export function go(route, params = {}, { replace = false } = {}) {
  const href = hrefFor(route, params);
  if (location.hash === href) return;
  const path = href.slice(1);
  void (replace ? router.replace(path) : router.push(path));
}

/** URLSearchParams → plain object. */
export const paramsObject = (params) => Object.fromEntries(params.entries());

/**
 * The side panel of a list view: an aside with a close bar, a backdrop and Escape to close.
 * `onClose` asks to close (usually by changing the route); `hide()` actually empties it.
 */
export function createDrawer({ id, onClose }) {
  const drawer = h('aside', { class: 'drawer', hidden: true, 'aria-labelledby': 'drawer-title', id });
  const backdrop = h('div', { class: 'drawer-backdrop', hidden: true, onclick: () => onClose() });
  const onKey = (event) => {
    if (event.key === 'Escape' && !drawer.hidden) onClose();
  };
  document.addEventListener('keydown', onKey);
  return {
    drawer,
    backdrop,
    open(...content) {
      const wasHidden = drawer.hidden;
      const hadFocus = drawer.contains(document.activeElement) || document.activeElement === document.body;
      drawer.replaceChildren(
        h(
          'div',
          { class: 'drawer-bar' },
          h(
            'button',
            { type: 'button', class: 'secondary small', onclick: () => onClose() },
            '✕ ',
            bi('关闭', 'Close'),
          ),
        ),
        ...content.filter((c) => c !== null && c !== undefined),
      );
      drawer.hidden = false;
      backdrop.hidden = false;
      document.body.classList.add('drawer-open');
      if (wasHidden || hadFocus) drawer.querySelector('h2')?.focus();
    },
    hide() {
      drawer.hidden = true;
      backdrop.hidden = true;
      drawer.replaceChildren();
      document.body.classList.remove('drawer-open');
    },
    unmount() {
      document.removeEventListener('keydown', onKey);
      document.body.classList.remove('drawer-open');
    },
  };
}
