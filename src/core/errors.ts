/** An error meant for the user: it carries an HTTP status and a stable machine-readable code. */
export class UserError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503 | 507,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
