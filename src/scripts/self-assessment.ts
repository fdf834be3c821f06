/**
 * Keeps the self-assessment in this browser only (localStorage), mirrors typed answers
 * into print blocks (a textarea prints clipped), and offers print and clear buttons.
 *
 * Nothing here may break the page: storage can be blocked (private mode, policies),
 * full, or hold a value written by an older version or by hand. Each case shows a
 * message; answering, printing and "Alles wissen" keep working.
 */
import { count } from '../lib/plural';

const KEY = 'kapstok:zelfevaluatie:v2';
/** Version 1 stored checkboxes (true/false) and notes; read once so nobody loses notes. */
const OLD_KEY = 'kapstok:zelfevaluatie:v1';
const MAX_TEXT = 20_000;

type Answers = Record<string, string>;
type Field = HTMLInputElement | HTMLTextAreaElement;

const MESSAGES = {
  blocked: 'Uw browser laat niet toe om antwoorden te bewaren. U kunt de vragen wel invullen en afdrukken, maar sluit de pagina niet voor u hebt afgedrukt.',
  full: 'Uw antwoorden konden niet bewaard worden: de opslag van uw browser is vol of geblokkeerd. U kunt verder invullen en afdrukken, maar sluit de pagina niet voor u hebt afgedrukt.',
  unreadable: 'In deze browser stonden bewaarde antwoorden die Kapstok niet kan lezen. Ze zijn genegeerd: u begint met een lege zelfevaluatie. Kies “Alles wissen” om ze ook uit de browser te verwijderen.',
};

/** The browser's storage, or null when it is blocked: even reading `localStorage` can throw. */
function openStorage(): Storage | null {
  try {
    const store = window.localStorage;
    store.setItem(`${KEY}:test`, '1');
    store.removeItem(`${KEY}:test`);
    return store;
  } catch {
    return null;
  }
}

/** Stored JSON that must be a plain object; anything else is unreadable. */
function parseObject(raw: string): Record<string, unknown> | 'unreadable' {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'unreadable';
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : 'unreadable';
}

/**
 * Stored answers, checked against the form: an object whose values are strings, each
 * choice one of the offered values. Unknown keys (a question since removed) are dropped;
 * anything else of the wrong shape makes the whole value unreadable.
 */
export function parseAnswers(raw: string, fields: Map<string, Field[]>): Answers | 'unreadable' {
  const value = parseObject(raw);
  if (value === 'unreadable') return value;
  const answers: Answers = {};
  for (const [name, v] of Object.entries(value)) {
    const group = fields.get(name);
    if (!group) continue;
    if (typeof v !== 'string' || v.length > MAX_TEXT) return 'unreadable';
    const radios = group.filter((f): f is HTMLInputElement => f instanceof HTMLInputElement && f.type === 'radio');
    if (radios.length > 0 && v !== '' && !radios.some((r) => r.value === v)) return 'unreadable';
    answers[name] = v;
  }
  return answers;
}

/** Version 1 answers: a ticked checkbox becomes "ja" where that question is now a choice. */
function fromVersion1(raw: string, fields: Map<string, Field[]>): Answers | 'unreadable' {
  const value = parseObject(raw);
  if (value === 'unreadable') return value;
  const converted: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    const group = fields.get(name);
    if (!group) continue;
    if (typeof v === 'string') converted[name] = v;
    else if (v === true && group.some((f) => f instanceof HTMLInputElement && f.value === 'ja')) converted[name] = 'ja';
    else if (typeof v !== 'boolean') return 'unreadable';
  }
  return parseAnswers(JSON.stringify(converted), fields);
}

export function startSelfAssessment() {
  const form = document.getElementById('zelfevaluatie') as HTMLFormElement | null;
  if (!form) return;
  const status = document.getElementById('zelfevaluatie-status')!;
  const alert = document.getElementById('zelfevaluatie-melding')!;
  const printButton = document.getElementById('zelfevaluatie-afdrukken') as HTMLButtonElement;
  const clearButton = document.getElementById('zelfevaluatie-wissen') as HTMLButtonElement;
  document.getElementById('zelfevaluatie-zonder-js')!.hidden = true;
  printButton.hidden = false;
  clearButton.hidden = false;
  form.classList.add('print-mirror');

  const fields = new Map<string, Field[]>();
  for (const f of form.querySelectorAll<Field>('input, textarea')) fields.set(f.name, [...(fields.get(f.name) ?? []), f]);
  const questions = [...fields.keys()].filter((name) => /-v\d+$/.test(name));

  function warn(message: string | undefined) {
    alert.textContent = message ?? '';
    alert.hidden = !message;
  }

  function collect(): Answers {
    const answers: Answers = {};
    for (const [name, group] of fields) {
      const [first] = group;
      if (first instanceof HTMLInputElement && first.type === 'radio') answers[name] = group.find((f) => (f as HTMLInputElement).checked)?.value ?? '';
      else answers[name] = first.value;
    }
    return answers;
  }

  function fill(answers: Answers) {
    for (const [name, group] of fields) {
      const v = answers[name] ?? '';
      for (const f of group) {
        if (f instanceof HTMLInputElement && f.type === 'radio') f.checked = f.value === v;
        else f.value = v;
      }
    }
  }

  function mirror() {
    for (const block of form!.querySelectorAll<HTMLElement>('[data-print-for]')) {
      const field = document.getElementById(block.dataset.printFor!) as Field;
      block.textContent = field.type === 'date' && field.value
        ? new Date(`${field.value}T12:00:00`).toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' })
        : field.value;
    }
  }

  const answeredText = () => {
    const answers = collect();
    const answered = questions.filter((name) => answers[name].trim() !== '').length;
    return `${count(answered, 'vraag', 'vragen')} van ${questions.length} beantwoord.`;
  };

  let storage = openStorage();
  if (!storage) warn(MESSAGES.blocked);
  else {
    const raw = storage.getItem(KEY);
    const old = raw === null ? storage.getItem(OLD_KEY) : null;
    const saved = raw !== null ? parseAnswers(raw, fields) : old !== null ? fromVersion1(old, fields) : {};
    if (saved === 'unreadable') warn(MESSAGES.unreadable);
    else fill(saved);
  }
  mirror();

  // A choice is saved at once; typing is saved after a pause, so the status line
  // does not chatter. A pending save is flushed when the page is left.
  let timer: number | undefined;
  function cancelPendingSave() {
    window.clearTimeout(timer);
    timer = undefined;
  }

  function save() {
    cancelPendingSave();
    if (!storage) {
      status.textContent = answeredText();
      return;
    }
    try {
      storage.setItem(KEY, JSON.stringify(collect()));
      storage.removeItem(OLD_KEY);
      status.textContent = `Bewaard in deze browser. ${answeredText()}`;
    } catch {
      // Full (QuotaExceededError) or blocked since the page opened: say so once, keep going.
      storage = null;
      warn(MESSAGES.full);
      status.textContent = answeredText();
    }
  }

  form.addEventListener('input', (event) => {
    mirror();
    const target = event.target;
    if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'date')) return save();
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
    if (!window.confirm('Alle antwoorden en opmerkingen wissen?')) return;
    // A save still waiting for its pause would write the old answers back.
    cancelPendingSave();
    fill({});
    mirror();
    try {
      window.localStorage.removeItem(KEY);
      window.localStorage.removeItem(OLD_KEY);
    } catch {
      // Blocked storage holds nothing of ours.
    }
    // Storage given up after a failed save may have room again now.
    storage = openStorage();
    warn(storage ? undefined : MESSAGES.blocked);
    status.textContent = 'Alles is gewist.';
  });
}
