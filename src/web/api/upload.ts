import type { z } from 'zod';
import { MAX_UPLOAD_BYTES, uploadLedgerFile } from '#contract/imports';
import {
  ApiError,
  endpointUrl,
  networkError,
  readAnswer,
  stateChangeHeaders,
  unexpectedResponse,
} from './client';

export type UploadedFile = z.output<typeof uploadLedgerFile.response>;

/** How far an upload has come, in bytes. */
export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

const TOO_LARGE_SV = 'Filen är större än 2 GB, som är det största Nämndkoll tar emot.';

function abortError(): DOMException {
  return new DOMException('The upload was aborted', 'AbortError');
}

function parseJson(text: string, status: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw unexpectedResponse(status);
  }
}

/**
 * Uploads a ledger file as the raw request body. XMLHttpRequest rather than fetch, because
 * only it reports how much of the body has been sent. The answer and errors are read as the
 * other API calls read them; an aborted upload rejects with an AbortError.
 */
export function uploadFile(
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<UploadedFile> {
  if (file.size > MAX_UPLOAD_BYTES) {
    return Promise.reject(new ApiError(TOO_LARGE_SV, 'invalid-request', null));
  }
  if (signal?.aborted) return Promise.reject(abortError());

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = (): void => {
      xhr.abort();
    };
    const settle = (): void => {
      signal?.removeEventListener('abort', abort);
    };
    xhr.open('POST', endpointUrl(uploadLedgerFile, {}, { fileName: file.name }));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(stateChangeHeaders()))
      xhr.setRequestHeader(name, value);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    };
    xhr.onload = () => {
      settle();
      try {
        resolve(readAnswer(uploadLedgerFile, xhr.status, parseJson(xhr.responseText, xhr.status)));
      } catch (error) {
        reject(error instanceof Error ? error : unexpectedResponse(xhr.status));
      }
    };
    xhr.onerror = () => {
      settle();
      reject(networkError());
    };
    xhr.onabort = () => {
      settle();
      reject(abortError());
    };
    signal?.addEventListener('abort', abort);
    xhr.send(file);
  });
}
