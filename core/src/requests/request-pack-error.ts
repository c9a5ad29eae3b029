/** A returned pack that cannot be read exactly; every problem is listed and nothing is imported. */
export type RequestPackErrorKind =
  "key-missing" | "key-invalid" | "unreadable" | "bad-values" | "other-profile";

export class RequestPackError extends Error {
  constructor(
    readonly kind: RequestPackErrorKind,
    readonly problems: readonly string[],
  ) {
    super(problems.join("\n"));
    this.name = "RequestPackError";
  }
}
