// Saving files from the browser: a data URL (chart PNG) or a fetched export (CSV/XLSX from the API).
import { authHeaders } from '../api/token-store';

export function saveUrl(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Fetches an export and saves it; throws with the server's message so the page can say what went wrong. */
export async function downloadExport(url: string, fileName: string): Promise<void> {
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok) {
    const text = await res.text().catch(() => '');
    let msg = text;
    try {
      msg = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      /* plain text body */
    }
    throw new Error(msg || `HTTP ${res.status}`);
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  saveUrl(href, fileName);
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
