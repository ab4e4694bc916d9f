import QRCode from 'qrcode';

/**
 * The QR code of a certificate's verification link, as SVG (vector, so it prints sharp at any
 * size), with the standard four-module quiet zone and error correction M (about 15% of the code
 * may be smudged or folded and still read).
 */
export function verificationQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
