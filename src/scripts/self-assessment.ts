/**
 * Keeps the self-assessment in this browser only (localStorage), mirrors notes into
 * print-only blocks (a textarea prints clipped), and offers print and clear buttons.
 */
const KEY = 'kapstok:zelfevaluatie:v1';

type Answers = Record<string, boolean | string>;

function read(): Answers {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Answers;
  } catch {
    return {};
  }
}

export function startSelfAssessment() {
  const form = document.getElementById('zelfevaluatie') as HTMLFormElement | null;
  if (!form) return;
  const status = document.getElementById('zelfevaluatie-status')!;
  const printButton = document.getElementById('zelfevaluatie-afdrukken') as HTMLButtonElement;
  const clearButton = document.getElementById('zelfevaluatie-wissen') as HTMLButtonElement;
  document.getElementById('zelfevaluatie-zonder-js')!.hidden = true;
  printButton.hidden = false;
  clearButton.hidden = false;

  let storage = true;
  try {
    localStorage.setItem(`${KEY}:test`, '1');
    localStorage.removeItem(`${KEY}:test`);
  } catch {
    storage = false;
    status.textContent = 'Uw browser laat niet toe om antwoorden te bewaren. Afdrukken kan wel.';
  }

  const fields = () => [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type=checkbox], textarea')];

  function mirror() {
    for (const block of form!.querySelectorAll<HTMLElement>('[data-print-for]')) {
      const area = document.getElementById(block.dataset.printFor!) as HTMLTextAreaElement;
      block.textContent = area.value;
    }
  }

  const saved = read();
  for (const f of fields()) {
    const v = saved[f.name];
    if (f instanceof HTMLInputElement) f.checked = v === true;
    else if (typeof v === 'string') f.value = v;
  }
  mirror();

  // A tick is saved at once; typing is saved after a pause, so the status line
  // does not chatter. A pending save is flushed when the page is left.
  let timer: number | undefined;
  function cancelPendingSave() {
    window.clearTimeout(timer);
    timer = undefined;
  }

  function save() {
    cancelPendingSave();
    if (!storage) return;
    const answers: Answers = {};
    for (const f of fields()) answers[f.name] = f instanceof HTMLInputElement ? f.checked : f.value;
    localStorage.setItem(KEY, JSON.stringify(answers));
    const ticked = fields().filter((f) => f instanceof HTMLInputElement && f.checked).length;
    status.textContent = `Bewaard in deze browser. ${ticked} vragen aangevinkt.`;
  }

  form.addEventListener('input', (event) => {
    mirror();
    if (event.target instanceof HTMLInputElement) return save();
    cancelPendingSave();
    timer = window.setTimeout(save, 400);
  });
  window.addEventListener('pagehide', () => {
    if (timer !== undefined) save();
  });

  printButton.addEventListener('click', () => {
    mirror();
    window.print();
  });

  clearButton.addEventListener('click', () => {
    if (!window.confirm('Alle vinkjes en opmerkingen wissen?')) return;
    // A save still waiting for its pause would write the old answers back.
    cancelPendingSave();
    for (const f of fields()) {
      if (f instanceof HTMLInputElement) f.checked = false;
      else f.value = '';
    }
    mirror();
    if (storage) localStorage.removeItem(KEY);
    status.textContent = 'Alles is gewist.';
  });
}
