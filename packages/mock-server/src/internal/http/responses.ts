// Response builders shared by every handler.
import type { ApiError } from "./api-error";

/** Returns a JSON response with the given status and extra headers. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** Returns the ConnectRPC error body for an ApiError. */
export function errorBody(err: ApiError, requestId: string): Record<string, unknown> {
  const detail: Record<string, string> = { reason: err.reason, request_id: requestId };
  if (err.param !== undefined) detail.param = err.param;
  return { code: err.code, message: err.message, details: [detail] };
}

/** Returns the HTTP response for an ApiError. */
export function errorResponse(err: ApiError, requestId: string): Response {
  return json(err.status, errorBody(err, requestId), err.headers);
}
