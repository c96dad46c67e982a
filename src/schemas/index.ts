export { offerSchema, type OfferData } from './offer';
export { pageSchema, type PageData } from './page';
export { contactSchema, type ContactData } from './contact';
export { profileSchema, type ProfileData } from './profile';
export { lawSchema, lawsSchema, type LawData } from './law';
export { frontPageSchema, type FrontPageData } from './frontPage';
export { glossaryTermSchema, type GlossaryTerm } from './glossary';
export { catalogueSchema } from './catalogue';
