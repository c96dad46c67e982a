/** The glossary page (ordliste): the words around each term. */
export const glossary = {
  'glossary.lettersLabel': 'Hopp til bokstav',
  'glossary.english': 'På engelsk:',
  'glossary.see': 'Les mer:',
} as const;
