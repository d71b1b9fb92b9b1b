/** A number as results annexes print it: "11,960,364", "77.5%", "1.82", "12 %". */
const NUMBER = /^[+-]?\d{1,3}(?:[, ]\d{3})*(?:\.\d+)?\s?%?$|^[+-]?\d+(?:\.\d+)?\s?%?$/;

/** Whether a cell is a number as results annexes print them. */
export const isPrintedNumber = (cell: string): boolean => NUMBER.test(cell.trim());

/** A printed number's value ("11,960,364" → 11960364, "77.5%" → 77.5), or undefined for text. */
export function readPrinted(printed: string): number | undefined {
  return isPrintedNumber(printed) ? Number(printed.trim().replace(/[, %]/g, '')) : undefined;
}
