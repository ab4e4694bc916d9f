/** Imports an OSCAL 1.x catalog (parsed JSON) as a framework, or NIST's CSF 2.0 texts into the built-in one. */
export class ImportFrameworkCommand {
  constructor(readonly document: unknown) {}
}
