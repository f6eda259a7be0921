/** The app's font list for the platform the web view runs on: system fonts only (no web fonts: the
 * CSP forbids remote origins and the app works offline), with a Simplified Chinese face named
 * where the system has one, so that Chinese text keeps it whatever the interface language (a
 * system's own fallback for Han characters in an English page can be a Japanese face).
 *
 * Each platform names only its own fonts: every family a platform lacks is a failed lookup for
 * each size and weight the page uses. On Linux the lookups go through fontconfig, and the list
 * that named every platform's fonts cost the web view about 65 ms of CPU in the first second on
 * the large data set (the home page first drawn 100 ms later in the real window); there
 * fontconfig's sans-serif is the system's own choice, its Chinese faces included. */
export function fontFor(platform: string): string {
  if (/^win/i.test(platform)) return 'system-ui, "Microsoft YaHei", sans-serif'
  if (/^mac|iphone|ipad/i.test(platform)) return 'system-ui, "PingFang SC", sans-serif'
  if (/linux|x11|bsd/i.test(platform)) return 'sans-serif'
  return 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' // unknown: each known face
}

/** The font list for this web view (navigator.platform: Win32, MacIntel, Linux x86_64). */
export const appFont = fontFor(typeof navigator === 'undefined' ? '' : navigator.platform)
