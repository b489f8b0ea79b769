type Lists<R> = Record<string, { request: R }[]>;

/**
 * Several lists cut by request in one pass: for each request, the same lists holding only its
 * items. A request with no item in some list gets an empty one.
 */
export function cutByRequest<R, L extends Lists<R>>(lists: L): Map<R, L> {
  const names = Object.keys(lists);
  const cut = new Map<R, L>();
  for (const name of names) {
    for (const item of lists[name]!) {
      let mine = cut.get(item.request);
      if (!mine) {
        mine = Object.fromEntries(names.map((n) => [n, []])) as unknown as L;
        cut.set(item.request, mine);
      }
      mine[name]!.push(item);
    }
  }
  return cut;
}
