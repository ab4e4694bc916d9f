import { FrameworkIndex } from './framework';
import { NIST_CSF_2_0 } from './nist-csf-2.0';

export * from './framework';
export { NIST_CSF_2_0 } from './nist-csf-2.0';

/** The built-in NIST CSF 2.0 catalogue, indexed. */
export const CSF = new FrameworkIndex(NIST_CSF_2_0);

/** Validation message shared by every service that accepts `frameworkRefs`. */
export const CSF_REFERENCE_MESSAGE =
  'each frameworkRefs entry must be a NIST CSF 2.0 category (e.g. PR.AA) or subcategory (e.g. PR.AA-01)';
