interface StoredCookie {
  readonly value: string;
  readonly path: string;
}

/**
 * Just enough of a browser for flows that cross servers (single sign-on): fetch, cookies kept
 * per origin and path (stricter than a browser, which shares them between ports), and
 * redirects followed by hand so each step can be looked at.
 */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();
  /** Every Set-Cookie header received, in order, for checking the flags. */
  readonly setCookies: string[] = [];

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name)?.value;
  }

  setCookie(origin: string, name: string, value: string, path = '/'): void {
    this.cookiesOf(origin).set(name, { value, path });
  }

  async get(address: string | URL): Promise<Response> {
    const url = new URL(address);
    const cookies = [...this.cookiesOf(url.origin)]
      .filter(([, cookie]) => url.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ');
    const response = await fetch(url, {
      redirect: 'manual',
      headers: cookies ? { cookie: cookies } : {},
    });
    for (const header of response.headers.getSetCookie()) {
      this.setCookies.push(header);
      this.store(url, header);
    }
    return response;
  }

  /**
   * Follows redirects from an address until an answer that is not a redirect, or until the
   * next address is one `stopBefore` wants to see first (then `next` is that address).
   */
  async follow(
    address: string | URL,
    stopBefore: (next: URL) => boolean = () => false,
  ): Promise<{ readonly visited: URL[]; readonly next: URL | null; readonly last: Response }> {
    const visited: URL[] = [];
    let url = new URL(address);
    for (let step = 0; step < 15; step += 1) {
      visited.push(url);
      const response = await this.get(url);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || location === null) {
        return { visited, next: null, last: response };
      }
      await response.body?.cancel();
      url = new URL(location, url);
      if (stopBefore(url)) return { visited, next: url, last: response };
    }
    throw new Error(`Too many redirects: ${visited.map(String).join(' -> ')}`);
  }

  private cookiesOf(origin: string): Map<string, StoredCookie> {
    let cookies = this.jar.get(origin);
    if (!cookies) {
      cookies = new Map();
      this.jar.set(origin, cookies);
    }
    return cookies;
  }

  private store(url: URL, header: string): void {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const equals = pair.indexOf('=');
    const name = pair.slice(0, equals);
    const value = pair.slice(equals + 1);
    const attribute = (key: string) =>
      attributes
        .find((candidate) => candidate.toLowerCase().startsWith(`${key}=`))
        ?.slice(key.length + 1);
    const cookies = this.cookiesOf(url.origin);
    const expires = attribute('expires');
    if (attribute('max-age') === '0' || (expires && Date.parse(expires) <= Date.now())) {
      cookies.delete(name);
      return;
    }
    cookies.set(name, { value, path: attribute('path') ?? '/' });
  }
}
