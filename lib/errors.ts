/**
 * An input that a rule of the domain refuses. `code` names the rule (a message key under
 * `Forms.errors`, so a form can say it in the person's language); the message, in English,
 * is for the command line and logs. Callers switch on the code, never on the message.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string = code,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
