// A form's submission: busy while it runs; a refusal's problem shown at the top and beside its
// fields, with focus on the first bad field (or the alert).
import { nextTick, ref } from 'vue';
import { formProblem, type FormProblem } from './problems.ts';

/** A control marked invalid: by its own attribute, or inside an Element Plus or Vant field in error. */
const BAD_FIELD = '[aria-invalid="true"], .is-error input, .van-field--error input, .van-field--error textarea';

/** Once the problem is drawn, moves focus to the first field marked bad in `form`, or else to its alert. */
export function focusProblem(form: HTMLElement | null | undefined): void {
  void nextTick(() => {
    const field = form?.querySelector<HTMLElement>(BAD_FIELD);
    const alert = form?.querySelector<HTMLElement>('.form-alert');
    (field ?? alert)?.focus();
    if (!field) alert?.scrollIntoView?.({ block: 'nearest' });
  });
}

/** State and runner of one form's submission; `form` finds the form element to focus in. */
export function useSubmit(fields: readonly string[], form: () => HTMLElement | null | undefined) {
  const busy = ref(false);
  const problem = ref<FormProblem | null>(null);
  const fieldError = (name: string) => problem.value?.fields[name];

  /** Runs `work`; a failure becomes the form's problem. */
  async function run(work: () => Promise<void>): Promise<void> {
    problem.value = null;
    busy.value = true;
    try {
      await work();
    } catch (error) {
      problem.value = formProblem(error, fields);
      focusProblem(form());
    } finally {
      busy.value = false;
    }
  }

  return { busy, problem, fieldError, run };
}
