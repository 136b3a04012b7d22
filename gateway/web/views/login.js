// 登录 Log in: phone number or username and password. On success, back to the page asked for.
import { api, session } from '../api.js';
import { homeRoute, personaOf } from '../roles.js';
import { bi, busy, clearFormErrors, field, formValues, h, showFormProblem } from '../ui.js';

export const title = '登录 Log in';
export const isPublic = true;

/**
 * Where to go after logging in: a console route from `next`, never back to the login page;
 * otherwise the signed-in person's home (the head's growth, a leader's shifts, a volunteer's own).
 */
export function nextRoute(params) {
  const next = params.get('next') ?? '';
  return /^#\/(?!login)[a-z]/.test(next) ? next : homeRoute(personaOf(session.get()?.user));
}

export function mount(root, params) {
  const reason = params.get('reason');
  const form = h(
    'form',
    { class: 'panel login-form', novalidate: true, 'aria-labelledby': 'login-title' },
    reason === 'expired'
      ? h(
          'p',
          { class: 'alert alert-info', role: 'status' },
          '登录已过期，请重新登录。 ',
          h('span', { class: 'en', lang: 'en' }, 'Your session has ended; please log in again.'),
        )
      : null,
    field({
      label: '手机号或用户名',
      en: 'Phone or username',
      name: 'login',
      required: true,
      attrs: { autocomplete: 'username', autocapitalize: 'off', spellcheck: 'false', maxlength: 64 },
    }),
    field({
      label: '密码',
      en: 'Password',
      name: 'password',
      type: 'password',
      required: true,
      attrs: { autocomplete: 'current-password', maxlength: 128 },
    }),
    h('button', { type: 'submit', class: 'primary block' }, bi('登录', 'Log in')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const values = formValues(form);
    const done = busy(form);
    try {
      await api.login(values.login ?? '', form.elements.namedItem('password').value);
      done();
      location.hash = nextRoute(params);
    } catch (error) {
      done();
      form.elements.namedItem('password').value = '';
      showFormProblem(form, error);
    }
  });

  root.append(
    h(
      'div',
      { class: 'login-page' },
      h('h1', { id: 'login-title', tabindex: '-1' }, bi('登录', 'Log in')),
      h(
        'p',
        { class: 'lead' },
        '邻里 · 社工站志愿服务与组织管理 ',
        h('span', { class: 'en', lang: 'en' }, 'Linli station console'),
      ),
      form,
    ),
  );
  if (!session.get()) form.querySelector('input')?.focus();
  return {
    update() {},
  };
}
