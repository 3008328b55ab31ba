/** A usage error (exit 2): the command line itself is wrong. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: string,
  ) {
    super(message);
  }
}

/** An input error (exit 1): a file that cannot be read, is not JSON, or is not valid. */
export class InputError extends Error {}
