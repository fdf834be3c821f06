// Where the browser tests find Chromium: Debian's package, unless KAPSTOK_CHROMIUM says otherwise.
export const CHROMIUM = process.env.KAPSTOK_CHROMIUM ?? '/usr/bin/chromium';
