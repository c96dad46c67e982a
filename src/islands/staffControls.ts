/**
 * The stylesheets of the staff page's forms (Designsystemet's label, field, fieldset,
 * input and button), as text in this module. The page's script adopts them
 * (`document.adoptedStyleSheets`) just before it shows the forms, which are hidden until
 * then: the first paint never waits for them, and the page fits the first round trip
 * (docs/ytelse.md). The build trims them and shortens their custom properties like every
 * other stylesheet (src/integrations/trimCss.ts).
 */
import label from '@digdir/designsystemet-css/label.css?inline';
import field from '@digdir/designsystemet-css/field.css?inline';
import fieldset from '@digdir/designsystemet-css/fieldset.css?inline';
import input from '@digdir/designsystemet-css/input.css?inline';
import button from '@digdir/designsystemet-css/button.css?inline';

/** Applies the forms' stylesheets to the page, once. */
export function adoptControlsCss(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync([label, field, fieldset, input, button].join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
