/**
 * The site frame in British English, for the English pages under /en/ only: the keys the
 * English pages show, checked against bokmål (same key, same `{placeholders}`) at build time.
 * Keys that begin with `en.` are the English section's own.
 */
export const core = {
  'site.name': 'Pårørendeguiden',
  'site.title': '{title} – Pårørendeguiden – {kommune}',
  'site.example': 'This is an example. {kommune} and the contact details are not real.',
  'site.exampleLabel': 'About the example content',

  'skip.main': 'Skip to main content',

  'nav.label': 'Main menu',
  'nav.home': 'Help in English',
  'nav.offers': 'All help',
  'nav.rights': 'Your rights',
  'nav.search': 'Search',

  'breadcrumbs.label': 'You are here',

  'footer.contactHeading': 'Contact {kontor}',
  'footer.about': 'About this website',
  'footer.accessibility': 'Accessibility statement (in Norwegian)',
  'footer.privacy': 'Privacy statement (in Norwegian)',
  'footer.emergency': 'Is it urgent? Call 113. If you need a doctor and your GP is closed, call the emergency medical service (legevakten) on 116 117.',
  'footer.accessibilityStatement': 'The municipality’s accessibility statement on uustatus.no (in Norwegian)',

  'contact.phone': 'Phone',
  'contact.email': 'Email',
  'contact.address': 'Address',
  'contact.hours': 'Open',
  'contact.web': 'Website',
  'contact.call': 'Call {name} on {phone}',

  'offer.howToGet': 'How to get it',
  'offer.contactHeading': 'Who do I contact?',

  'sources.heading': 'Sources',
  'sources.lastChecked': 'Last checked {date}',
  'sources.notChecked': 'Not checked yet',
  'draft.text': 'Draft: not checked, and left out when the website is published.',

  'print.qrText': 'Scan the code with your phone, or type in the address:',

  'en.norwegianVersion': 'This page in Norwegian:',
  'en.englishVersion': 'This page in English:',
  'en.officeWho': '{kontor} is the municipality’s office for help to relatives. You can apply there, and they help you find the right help.',
  'en.officeHours': 'Opening hours (in Norwegian):',
  'en.helpHeading': 'Kinds of help',
  'en.offersTitle': 'All help for relatives in English',
  'en.offersLead': 'Here is the help the municipality and others offer to relatives. Some help you can just ask for. Other help you must apply for.',
  'en.offerMissingHeading': 'Not written in English yet',
  'en.offerMissingTitle': '{title}: not described in English yet',
  'en.offerMissing': 'This help is not described in English yet. You can read about it in Norwegian, or call {kontor} and ask. You can ask for an interpreter.',
  'en.offersMissingList': 'This help is described in Norwegian only. Each link takes you to a short page in English with a link to the Norwegian page.',
  'en.offerMissingLink': 'Read about «{title}» in Norwegian',
  'en.guideNotInEnglish': 'Not described in English yet. Ask {kontor}, or read about it in Norwegian.',
  'en.urgentDanger': 'Is it urgent? If a life may be in danger, call',
  'en.urgentDoctor': 'If you need a doctor and your GP is closed, call the emergency medical service (legevakten) on',
  'en.inNorwegian': '(in Norwegian)',
  'en.kindVedtak': 'You must apply',
  'en.kindLavterskel': 'You can ask directly',
  'en.helplinesHeading': 'Helplines and organisations',
  'en.helplineEnglish': 'Answers in English.',
  'en.helplinesNote': 'Where we know that a helpline answers in English, it says so here.',
  'en.emergencyHeading': 'Is it urgent?',
  'en.guideLink': 'What matters to you? Answer a few questions and find help that fits',
  'en.searchAll': 'Search the English pages',
  'en.languageLabel': 'Language',
} as const;
