/** True when the runtime knows the IANA time zone (its Intl data decides, as it will when the time is used). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
