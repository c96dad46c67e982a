/** The glossary page (ordliste): the words around each term. */
export const glossary = {
  'glossary.lettersLabel': 'Hopp til bokstav',
  'glossary.english': 'På engelsk:',
  'glossary.see': 'Les meir:',
  'glossary.title': 'Ordliste',
  'glossary.partTitle': 'Ordliste {from}–{to}',
  'glossary.urgent': 'Hastar det, og kan liv vere i fare? Ring',
  'glossary.doctor': 'Treng du lege, og fastlegen er stengd? Ring legevakta på',
  'glossary.partLead': 'Her forklarer vi orda frå {from} til {to}, med enkle ord. Du ser òg kva ordet heiter på engelsk.',
  'glossary.otherWords': 'Ord frå {from} til {to}',
} as const;
