/** Same keys as the English tree, any string values: a missing or extra key in fr/ar does not compile. */
export type SameShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };
