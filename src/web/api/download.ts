import { attachmentName } from './attachment-name';
import { apiErrorOf, networkError, unexpectedResponse } from './client';

/**
 * A file endpoint's file fetched and handed to the browser to save, so that a refusal (a month
 * without actuals, a session ended) is an ApiError with its Swedish sentence for the page to
 * show rather than a JSON file saved under the document's name.
 */

async function errorOf(response: Response): Promise<Error> {
  try {
    return apiErrorOf(response.status, await response.json());
  } catch {
    return unexpectedResponse(response.status);
  }
}

/** Fetches the file at the address and saves it; rejects with the ApiError of a refusal. */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await errorOf(response);
  const blob = await response.blob();
  const address = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = address;
  link.download = attachmentName(response.headers.get('Content-Disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the address can go after.
  window.setTimeout(() => {
    URL.revokeObjectURL(address);
  }, 60_000);
}
