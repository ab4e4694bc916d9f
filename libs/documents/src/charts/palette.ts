/**
 * Okabe and Ito's colour-blind-safe palette ("Color Universal Design", 2002): eight colours told
 * apart under the common colour-vision deficiencies. Charts use them in this order, and never
 * let a colour alone carry a meaning: every series also has a label or a legend entry.
 */
export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  bluishGreen: '#009E73',
  vermillion: '#D55E00',
  skyBlue: '#56B4E9',
  reddishPurple: '#CC79A7',
  yellow: '#F0E442',
  black: '#000000',
} as const;

export const CHART_PALETTE: readonly string[] = Object.values(OKABE_ITO);
