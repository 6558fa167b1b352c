/** A phone number in one of several real-world formats, chosen by two hash values. */
export function formatPhoneNumber(a: number, b: number): string {
  const area = 200 + (a % 800);
  const exchange = 200 + ((a >>> 12) % 800);
  const line = String(b % 10000).padStart(4, '0');
  switch ((b >>> 16) % 7) {
    case 0:
      return `+1 ${area} ${exchange} ${line}`;
    case 1:
      return `(${area}) ${exchange}-${line}`;
    case 2:
      return `${area}-${exchange}-${line}`;
    case 3:
      return `${area}${exchange}${line}`;
    case 4:
      return `+44 20 ${exchange}${line.slice(0, 1)} ${line}`;
    case 5:
      return `+49 30 ${exchange} ${line}`;
    default:
      return `+1-${area}-${exchange}-${line} ext. ${a % 90 + 10}`;
  }
}

/** Removes accents and everything but letters: "O'Brien" -> "OBrien", "Zoë" -> "Zoe". */
export function foldToAscii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '');
}
