/** The glossary page (ordliste): the words around each term. */
export const glossary = {
  'glossary.lettersLabel': 'Hopp til bokstav',
  'glossary.english': 'På engelsk:',
  'glossary.see': 'Les mer:',
  'glossary.title': 'Ordliste',
  'glossary.partTitle': 'Ordliste {from}–{to}',
  'glossary.urgent': 'Haster det, og kan liv være i fare? Ring',
  'glossary.doctor': 'Trenger du lege, og fastlegen er stengt? Ring legevakten på',
  'glossary.partLead': 'Her forklarer vi ordene fra {from} til {to}, med enkle ord. Du ser også hva ordet heter på engelsk.',
  'glossary.otherWords': 'Ord fra {from} til {to}',
} as const;
