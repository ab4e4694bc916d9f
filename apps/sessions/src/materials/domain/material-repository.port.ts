import type { Material } from './material.aggregate';

export abstract class MaterialRepository {
  abstract insert(material: Material): Promise<void>;

  /** The agencies holding a confirmed place in the session (a TLP:AMBER material is shared with them). */
  abstract participatingAgencyIds(sessionId: string): Promise<string[]>;
}
