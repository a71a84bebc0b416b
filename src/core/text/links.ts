// Web addresses from datasets, made into links only when they are plain http(s): a `javascript:` or `command:` address
// in someone else's dataset must never become something a reader can click.

/** A web address as a link destination, or undefined for anything that is not plain http(s). */
export function safeLink(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).href.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return undefined;
  }
}
