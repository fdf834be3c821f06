/** "1 fiche", "5 fiches": a count with the right Dutch noun form, as one string so no whitespace is lost in templates. */
export function count(n: number, one: string, many: string): string {
  return `${new Intl.NumberFormat('nl-BE').format(n)} ${n === 1 ? one : many}`;
}
