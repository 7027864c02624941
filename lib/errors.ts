/**
 * An input that a rule of the domain refuses. `code` names the rule (a message key under
 * `Forms.errors`, so a form can say it in the person's language) and `field` the form field it
 * belongs to, if any; the message, in English, is for the command line and logs. Callers switch
 * on the code, never on the message.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string = code,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
