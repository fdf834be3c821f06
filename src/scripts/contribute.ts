/**
 * The contribution form: checks the input with the build's own practice schema and
 * place resolution (bundled for the browser), shows errors beside the fields, and
 * produces the MDX file to download or copy. Nothing is sent anywhere.
 */
import { checkContribution, contributionFields, type ContributionInput } from '../lib/contribution';

export function startContributionForm() {
  const form = document.getElementById('bijdrage') as HTMLFormElement | null;
  if (!form) return;
  document.getElementById('bijdrage-zonder-js')!.hidden = true;
  form.hidden = false;
  const summary = document.getElementById('bijdrage-fouten')!;
  const list = document.getElementById('bijdrage-foutenlijst')!;
  const result = document.getElementById('bijdrage-resultaat')!;
  const output = document.getElementById('bijdrage-mdx') as HTMLTextAreaElement;
  const download = document.getElementById('bijdrage-download') as HTMLAnchorElement;
  let blobUrl = '';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '');
    const input: ContributionInput = {
      title: text('title'), summary: text('summary'), places: text('places'), scope: text('scope'),
      domains: data.getAll('domains').map(String), targetGroups: data.getAll('targetGroups').map(String),
      partners: text('partners'), links: text('links'), source: text('source'), section: text('section'),
      page: text('page'), year: text('year'), text: text('text'),
    };
    const checked = checkContribution(input);
    list.replaceChildren();
    for (const field of contributionFields) {
      const messages = checked.ok ? [] : (checked.errors[field] ?? []);
      const error = document.getElementById(`b-${field}-fout`)!;
      const control = document.getElementById(`b-${field}`)!;
      error.hidden = messages.length === 0;
      error.textContent = messages.join(' ');
      if (messages.length) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      for (const message of messages) {
        const link = document.createElement('a');
        link.href = `#b-${field}`;
        link.textContent = message;
        const item = document.createElement('li');
        item.append(link);
        list.append(item);
      }
    }
    if (!checked.ok) {
      result.hidden = true;
      summary.hidden = false;
      summary.focus();
      return;
    }
    summary.hidden = true;
    output.value = checked.mdx;
    document.getElementById('bijdrage-bestandsnaam')!.textContent = checked.fileName;
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    blobUrl = URL.createObjectURL(new Blob([checked.mdx], { type: 'text/markdown;charset=utf-8' }));
    download.href = blobUrl;
    download.download = checked.fileName;
    result.hidden = false;
    document.getElementById('bijdrage-klaar')!.focus();
  });

  document.getElementById('bijdrage-kopieer')!.addEventListener('click', async () => {
    const status = document.getElementById('bijdrage-kopieerstatus')!;
    try {
      await navigator.clipboard.writeText(output.value);
      status.textContent = 'Gekopieerd.';
    } catch {
      output.select();
      status.textContent = 'Kopiëren lukte niet: de tekst is geselecteerd, kopieer hem met Ctrl+C.';
    }
  });
}
