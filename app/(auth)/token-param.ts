/** The `jeton` of a mailed link, as the pages receive it ("" when missing or repeated). */
export type TokenSearchParams = Promise<{ jeton?: string | string[] }>;

export async function tokenFrom(searchParams: TokenSearchParams): Promise<string> {
  const { jeton } = await searchParams;
  return typeof jeton === "string" ? jeton.slice(0, 200) : "";
}
