import { describe, expect, it } from 'vitest';
import {
  markupUsage,
  namedProperties,
  parseCss,
  printCss,
  purgeComponentCss,
  referencedProperties,
  renameProperties,
  selectorCanMatch,
  shortPropertyNames,
  splitSelectors,
  trimTheme,
  type CssUsage,
} from '../../src/lib/cssTrim';

const usage = (over: Partial<CssUsage> = {}): CssUsage => ({
  classes: new Set(['ds-card', 'ds-link']),
  attributes: new Map<string, ReadonlySet<string> | 'any'>([
    ['data-color-scheme', new Set(['auto'])],
    ['data-color', new Set(['accent', 'warning'])],
    ['data-size', new Set(['sm', 'md', 'lg'])],
  ]),
  properties: new Set(),
  ...over,
});

describe('parseCss and printCss', () => {
  it('read blocks, declarations and statements and write them back compactly', () => {
    const css = '@charset "UTF-8";\n/* a comment */\n@layer a {\n:root /* small */ {\n  --x: 1;\n  color: red\n}\n}\n';
    expect(printCss(parseCss(css))).toBe('@charset "UTF-8";@layer a{:root{--x:1;color:red;}}');
  });

  it('keep semicolons and braces inside strings and url() as part of the value', () => {
    const css = '.a{--icon:url("data:image/svg+xml;charset=utf-8,%3Csvg%3E{}");b:url(data:x;y)}';
    expect(parseCss(css)).toEqual([
      {
        type: 'block',
        prelude: '.a',
        children: [
          { type: 'decl', prop: '--icon', value: 'url("data:image/svg+xml;charset=utf-8,%3Csvg%3E{}")' },
          { type: 'decl', prop: 'b', value: 'url(data:x;y)' },
        ],
      },
    ]);
  });

  it('keep nested rules and an empty custom property', () => {
    const css = '.ds-focus:focus-visible *{--_ds--focus:}.ds-floating{&[data-floating|=top]:before{top:100%}}';
    expect(printCss(parseCss(css))).toBe('.ds-focus:focus-visible *{--_ds--focus:;}.ds-floating{&[data-floating|=top]:before{top:100%;}}');
  });
});

describe('splitSelectors', () => {
  it('splits at top-level commas only', () => {
    expect(splitSelectors(':root, [data-a="x,y"], :is(.a, .b) p')).toEqual([':root', '[data-a="x,y"]', ':is(.a, .b) p']);
  });
});

describe('selectorCanMatch', () => {
  it('drops a selector with a Designsystemet class the markup never has', () => {
    expect(selectorCanMatch('.ds-readonly-icon:before', usage())).toBe(false);
    expect(selectorCanMatch('.ds-card > .ds-link', usage())).toBe(true);
  });

  it('drops a selector with a data attribute value the markup never has, quoted or not', () => {
    expect(selectorCanMatch('[data-color-scheme="dark"]', usage())).toBe(false);
    expect(selectorCanMatch('[data-color=danger]', usage())).toBe(false);
    expect(selectorCanMatch("[data-color-scheme][data-color='warning']", usage())).toBe(true);
  });

  it('drops a selector whose data attribute the markup never has at all', () => {
    expect(selectorCanMatch('[data-typography="secondary"]', usage())).toBe(false);
  });

  it('keeps what sits inside :not(), :is() and :has(), which does not have to be there', () => {
    expect(selectorCanMatch('.ds-card:not([data-color=danger])', usage())).toBe(true);
    expect(selectorCanMatch('.ds-card:has(.ds-unknown)', usage())).toBe(true);
  });

  it('keeps every value of an attribute whose value is computed', () => {
    const computed = usage({ attributes: new Map([['data-variant', 'any']]) });
    expect(selectorCanMatch('[data-variant=tertiary]', computed)).toBe(true);
  });

  it('keeps other attribute operators and attributes without a value', () => {
    expect(selectorCanMatch('&[data-floating|=top]:before', usage())).toBe(true);
    expect(selectorCanMatch(':root, [data-size]', usage())).toBe(true);
  });
});

describe('purgeComponentCss', () => {
  it('keeps the rules the markup can match and drops empty blocks', () => {
    const css =
      '.ds-card{padding:1rem}.ds-chip{color:red}.ds-card[data-color=danger]{color:red}@media (forced-colors:active){.ds-chip{border:1px}}';
    expect(purgeComponentCss(css, usage())).toBe('.ds-card{padding:1rem;}');
  });

  it('keeps the selectors of a list that can match', () => {
    expect(purgeComponentCss('.ds-chip,.ds-link{color:red}', usage())).toBe('.ds-link{color:red;}');
  });
});

describe('referencedProperties', () => {
  it('finds the properties named in var(), also as a fallback', () => {
    expect([...referencedProperties('a:var(--x);b:var( --y, var(--z))')]).toEqual(['--x', '--y', '--z']);
  });
});

describe('trimTheme', () => {
  const theme = `
@layer ds.theme.color-scheme.light {
:root, [data-color-scheme="light"] {
  --ds-color-accent-text-default: #111111;
  --ds-color-accent-surface-active: #222222;
  --ds-color-warning-text-default: #333333;
  color-scheme: light;
}
@media (prefers-color-scheme: light) {
  [data-color-scheme="auto"] {
  --ds-color-accent-text-default: #111111;
  color-scheme: light;
}
}
}
@layer ds.theme.color-scheme.dark {
[data-color-scheme="dark"] {
  --ds-color-accent-text-default: #eeeeee;
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  [data-color-scheme="auto"] {
  --ds-color-accent-text-default: #eeeeee;
  --ds-color-accent-surface-active: #dddddd;
  color-scheme: dark;
}
}
}
@layer ds.theme.typography.secondary {
[data-typography="secondary"] {
  --ds-font-family: serif;
}
}
@layer ds.theme.typography.primary {
:root, [data-typography="primary"] {
  --ds-font-family: system-ui;
  --ds-body-long-xs-line-height: 1.7;
}
}
@layer ds.theme.color {
:root, [data-color-scheme], [data-color="accent"] {
  --ds-color-text-default: var(--ds-color-accent-text-default);
  --ds-color-surface-active: var(--ds-color-accent-surface-active);
}
}
@layer ds.theme.color {
[data-color="danger"], [data-color-scheme][data-color="danger"] {
  --ds-color-text-default: var(--ds-color-danger-text-default);
}
}`;
  const trimmed = trimTheme(theme, usage({ properties: new Set(['--ds-color-text-default', '--ds-font-family']) }));

  it('keeps light as the default and dark for prefers-color-scheme: dark, with only the properties in use', () => {
    expect(trimmed).toContain('@layer ds.theme.color-scheme.light{:root{--ds-color-accent-text-default:#111111;color-scheme:light;}}');
    expect(trimmed).toContain(
      '@layer ds.theme.color-scheme.dark{@media (prefers-color-scheme: dark){[data-color-scheme="auto"]{--ds-color-accent-text-default:#eeeeee;color-scheme:dark;}}}',
    );
  });

  it('leaves out the light copy, the dark attribute, the unused typography and colours', () => {
    expect(trimmed).not.toContain('prefers-color-scheme: light');
    expect(trimmed).not.toContain('[data-color-scheme="dark"]');
    expect(trimmed).not.toContain('serif');
    expect(trimmed).not.toContain('danger');
  });

  it('drops a property nothing refers to, even when the theme maps it', () => {
    expect(trimmed).not.toContain('surface-active');
    expect(trimmed).not.toContain('body-long');
    expect(trimmed).toContain('--ds-color-text-default:var(--ds-color-accent-text-default);');
  });
});

describe('markupUsage', () => {
  it('reads Designsystemet classes and data attribute values from components', () => {
    const found = markupUsage([
      '<li class="ds-card" data-variant="tinted"><a class="ds-link">x</a></li>',
      "<span class=\"ds-tag\" data-color={kind === 'vedtak' ? 'accent' : 'success'}>",
    ]);
    expect([...found.classes].sort()).toEqual(['ds-card', 'ds-link', 'ds-tag']);
    expect(found.attributes.get('data-variant')).toEqual(new Set(['tinted']));
    expect(found.attributes.get('data-color')).toEqual(new Set(['vedtak', 'accent', 'success']));
  });

  it('counts every value of an attribute that is computed without a literal', () => {
    const found = markupUsage(['<h2 data-size={size}>', "el.setAttribute('data-state', open)"]);
    expect(found.attributes.get('data-size')).toBe('any');
    expect(found.attributes.get('data-state')).toBe('any');
  });
});

describe('short custom-property names', () => {
  const css = ':root{--ds-color-text:#000;--ds-size-4:1rem}.pg-a{color:var(--ds-color-text);padding:var(--ds-size-4,var(--ds-color-text))}.pg-table--stack{margin:0}';

  it('gives the most used names the shortest, the same every time, and leaves class names alone', () => {
    const map = shortPropertyNames([css], new Set());
    expect(map.get('--ds-color-text')).toBe('--a');
    expect(map.get('--ds-size-4')).toBe('--b');
    expect(shortPropertyNames([css], new Set())).toEqual(map);
    expect(map.size).toBe(2);
    const renamed = renameProperties(css, map);
    expect(renamed).toBe(':root{--a:#000;--b:1rem}.pg-a{color:var(--a);padding:var(--b,var(--a))}.pg-table--stack{margin:0}');
  });

  it('keeps the names that markup or the print stylesheet use, and never hands out a kept name', () => {
    const keep = namedProperties('<ol style="--ds-size-4: 3" class="pg-table--stack">… content: var(--a)');
    expect([...keep].sort()).toEqual(['--a', '--ds-size-4']);
    const map = shortPropertyNames([`${css}.b{order:var(--pg-count)}`], keep);
    expect(map.has('--ds-size-4')).toBe(false);
    expect(map.has('--pg-count'), 'the site’s own names stay').toBe(false);
    expect([...map.values()]).not.toContain('--a');
    expect(renameProperties('.b{order:var(--pg-count)}', map)).toBe('.b{order:var(--pg-count)}');
  });
});
