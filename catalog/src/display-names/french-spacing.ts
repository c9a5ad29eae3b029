/**
 * French typography for texts written with ordinary spaces: a no-break space inside « » and
 * before : ; ? !, so the sources stay readable and the data is right.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/« /g, "«\u00a0")
    .replace(/ »/g, "\u00a0»")
    .replace(/ ([:;?!])/g, "\u00a0$1");
}
