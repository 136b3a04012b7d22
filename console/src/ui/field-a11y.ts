// Vant's field renders its own <input> and passes no attributes on to it: this directive gives that
// input what assistive technology needs, `aria-invalid` and `aria-describedby` (the error Vant shows
// and an optional hint) and `aria-required`.
//   <van-field v-field-a11y="{ error: problem?.fields.from, hint: 'from-hint' }" … />
import type { Directive } from 'vue';

export interface FieldA11y {
  error?: string | null;
  required?: boolean;
  /** The id of a hint shown beside the field. */
  hint?: string;
}

let seq = 0;

function setAttr(el: HTMLElement, name: string, value: string | null) {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

function apply(root: HTMLElement, value: FieldA11y | undefined) {
  const control = root.querySelector<HTMLElement>('input, textarea, select');
  if (!control) return;
  const ids: string[] = [];
  if (value?.hint) ids.push(value.hint);
  const message = root.querySelector<HTMLElement>('.van-field__error-message');
  if (message && value?.error) {
    message.id ||= `field-error-${++seq}`;
    ids.push(message.id);
  }
  setAttr(control, 'aria-describedby', ids.length ? ids.join(' ') : null);
  setAttr(control, 'aria-invalid', value?.error ? 'true' : null);
  setAttr(control, 'aria-required', value?.required ? 'true' : null);
}

export const vFieldA11y: Directive<HTMLElement, FieldA11y | undefined> = {
  mounted: (el, binding) => apply(el, binding.value),
  updated: (el, binding) => apply(el, binding.value),
};
