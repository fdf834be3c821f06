/**
 * The "Download als CSV" buttons. Hub and list pages (ExportButton.astro) load this
 * with the page: without JavaScript they show a link to the open data instead; with it,
 * the button appears. The search page loads it on the first click of its own button.
 * Either way the file is made by a Web Worker (export-worker.ts) that starts on the
 * click, so no page carries the code that reads the data files. The words of the
 * buttons come with the page (lib/open-data/export-labels.ts).
 */
import { selectionOf } from '../lib/open-data/select';
import type { ExportMessage, ExportRequest } from './export-worker';

/** When the worker's script cannot load (offline, blocked). */
export const LOAD_FAILED = 'Downloaden lukt nu niet: de code ervoor kon niet laden. Controleer uw verbinding en probeer het opnieuw.';

/** Make a file in the worker and offer it, telling the reader in `status` (a live region) what happens. */
export function runExport(status: HTMLElement, request: ExportRequest) {
  if (status.dataset.state === 'busy') return;
  status.dataset.state = 'busy';
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  const end = (state: string) => {
    status.dataset.state = state;
    worker.terminate();
  };
  worker.onmessage = ({ data }: MessageEvent<ExportMessage>) => {
    status.textContent = data.text;
    if (!data.done) return;
    if (data.file) {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(data.file.blob);
      a.download = data.file.name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    }
    end(data.file ? 'done' : 'error');
  };
  worker.onerror = () => {
    status.textContent = LOAD_FAILED;
    end('error');
  };
  worker.postMessage(request);
}

export function startExportButtons() {
  for (const box of document.querySelectorAll<HTMLElement>('[data-export-types]')) {
    const button = box.querySelector('button')!;
    const status = box.querySelector<HTMLElement>('[data-export-status]')!;
    box.querySelector('[data-export-fallback]')?.setAttribute('hidden', '');
    button.hidden = false;
    button.addEventListener('click', () => runExport(status, { selection: selectionOf(box.dataset), name: box.dataset.exportFile! }));
  }
}
