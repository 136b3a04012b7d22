// Sending a CSV/XLSX list to the import endpoint with upload progress. fetch() cannot report
// the progress of a request body, so this one call goes through XMLHttpRequest, with the same
// session handling as every other call (bearer token, one renewal on 401, then back to login).
import type { Schema } from '../../api/client.ts';
import {
  API_BASE,
  ApiError,
  authHeaders,
  freshSession,
  problemOf,
  queryString,
  renewSession,
  session,
  sessionRefused,
  tracked,
} from '../../api/http.ts';
import { XLSX_TYPE } from '../../ui/files.ts';

export type ImportResult = Schema<'ImportResultDto'>;

/** What the upload is doing: sending bytes, or waiting for the server to work through the rows. */
export type UploadProgress = { phase: 'upload'; loaded: number; total: number } | { phase: 'processing' };

/** The content type to send a sheet with: guessed from the name first (Windows often gives none). */
export function sheetContentType(file: File): string {
  const ext = file.name.toLowerCase().split('.').pop();
  if (ext === 'xlsx') return XLSX_TYPE;
  if (ext === 'csv') return 'text/csv';
  return file.type || 'application/octet-stream';
}

interface Answer {
  response: Response;
  data: unknown;
}

function sendFile(
  path: string,
  query: Record<string, string>,
  file: File,
  contentType: string,
  onProgress?: (progress: UploadProgress) => void,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${path}${queryString(query)}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Content-Type', contentType);
    for (const [key, value] of Object.entries(authHeaders())) xhr.setRequestHeader(key, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.({ phase: 'upload', loaded: event.loaded, total: event.total });
    };
    xhr.upload.onload = () => onProgress?.({ phase: 'processing' });
    xhr.onerror = () =>
      reject(
        new ApiError({
          status: 0,
          code: 'NETWORK.FAILED',
          title: '网络错误 / Network error',
          detail: '上传中断，请检查网络后重试 / The upload was cut off; check the connection and retry',
        }),
      );
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = null;
      }
      const headers = new Headers();
      const requestId = xhr.getResponseHeader('x-request-id');
      if (requestId) headers.set('x-request-id', requestId);
      // A Response only to carry status and headers to problemOf; 1xx/204-like codes cannot have a body.
      const response = new Response(null, { status: xhr.status || 500, statusText: xhr.statusText, headers });
      resolve({ response, data });
    };
    xhr.send(file);
  });
}

/**
 * Sends a CSV/XLSX file as the raw request body (its own content type) to the import endpoint,
 * reporting upload progress; resolves with the ImportResult or rejects with an ApiError
 * (413, unsupported type…).
 */
export function importVolunteers(
  file: File,
  { dryRun, importId, onProgress }: { dryRun: boolean; importId?: string; onProgress?: (p: UploadProgress) => void },
): Promise<ImportResult> {
  return tracked(async () => {
    await freshSession();
    const query: Record<string, string> = { dryRun: dryRun ? 'true' : 'false', ...(importId ? { importId } : {}) };
    const type = sheetContentType(file);
    let { response, data } = await sendFile('/volunteers/import', query, file, type, onProgress);
    if (response.status === 401 && session.get() && (await renewSession()))
      ({ response, data } = await sendFile('/volunteers/import', query, file, type, onProgress));
    if (response.status === 401) sessionRefused(problemOf(response, data));
    if (!response.ok) throw problemOf(response, data);
    return data as ImportResult;
  });
}
