/** A short confirmation, announced to screen readers through the shell's #toasts region. */
export function toast(message: string): void {
  const region = document.getElementById('toasts');
  if (!region) return;
  const note = document.createElement('p');
  note.className = 'toast';
  note.textContent = message;
  region.append(note);
  setTimeout(() => note.remove(), 4000);
}
