// A well-formed BCP 47 language tag (RFC 5646, section 2.1): `en`, `es`, `es-419`, `zh-Hant-TW`,
// `en-GB-oed`, `x-private`. Each kind of subtag has a length or alphabet of its own and extensions
// start with a one-character singleton, so the expression reads any string in linear time.
const LANGTAG =
  '(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})' + // language, with up to three extended language subtags
  '(?:-[a-z]{4})?' + // script
  '(?:-(?:[a-z]{2}|\\d{3}))?' + // region
  '(?:-(?:[a-z\\d]{5,8}|\\d[a-z\\d]{3}))*' + // variants
  '(?:-[\\da-wyz](?:-[a-z\\d]{2,8})+)*' + // extensions
  '(?:-x(?:-[a-z\\d]{1,8})+)?'; // private use
const PRIVATE_USE = 'x(?:-[a-z\\d]{1,8})+';
const GRANDFATHERED = [
  'en-GB-oed',
  'i-ami',
  'i-bnn',
  'i-default',
  'i-enochian',
  'i-hak',
  'i-klingon',
  'i-lux',
  'i-mingo',
  'i-navajo',
  'i-pwn',
  'i-tao',
  'i-tay',
  'i-tsu',
  'sgn-BE-FR',
  'sgn-BE-NL',
  'sgn-CH-DE',
  'art-lojban',
  'cel-gaulish',
  'no-bok',
  'no-nyn',
  'zh-guoyu',
  'zh-hakka',
  'zh-min',
  'zh-min-nan',
  'zh-xiang',
].join('|');
const LANGUAGE_TAG = new RegExp(`^(?:${LANGTAG}|${PRIVATE_USE}|${GRANDFATHERED})$`, 'i');

/** True for a well-formed BCP 47 language tag, such as `en`, `es` or `es-419`. */
export const isLanguageTag = (value: string): boolean => LANGUAGE_TAG.test(value);
