/**
 * XML 1.0 allows neither most control characters nor U+FFFE/U+FFFF, escaped or not: one in a
 * guide's title made the whole feed unreadable to feed readers. They are dropped from the text.
 */
const INVALID_IN_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export const withoutXmlInvalidCharacters = (text: string) => text.replace(INVALID_IN_XML, '')
