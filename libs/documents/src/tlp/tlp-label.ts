import type { TlpMarking } from '@csg/auth/tlp';

/** The colours of one marking's label: text on a background. */
export interface TlpColours {
  readonly text: string;
  readonly background: string;
}

/**
 * FIRST's TLP 2.0 standard ("Colour-coding TLP in RGB"): RED R=255 G=43 B=43, AMBER R=255 G=192
 * B=0, GREEN R=51 G=255 B=0, CLEAR R=255 G=255 B=255, each on a black background. AMBER+STRICT
 * is written in AMBER's colours.
 */
export const TLP_COLOURS: Readonly<Record<TlpMarking, TlpColours>> = {
  'TLP:RED': { text: '#FF2B2B', background: '#000000' },
  'TLP:AMBER+STRICT': { text: '#FFC000', background: '#000000' },
  'TLP:AMBER': { text: '#FFC000', background: '#000000' },
  'TLP:GREEN': { text: '#33FF00', background: '#000000' },
  'TLP:CLEAR': { text: '#FFFFFF', background: '#000000' },
};

/** TLP 2.0 asks for labels of 12 points or more. */
export const TLP_LABEL_FONT_SIZE = 12;

/** The label as written on a page: padded by a space each side so the black shows around it. */
export function tlpLabelText(marking: TlpMarking): string {
  return `\u00a0${marking}\u00a0`;
}
