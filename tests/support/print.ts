/**
 * Prints a page to PDF in Chromium, as a person would with Ctrl+P on A4, and reads it
 * back with poppler-utils (`pdftotext`, `pdfinfo`): the text, the page count, the size.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export interface PrintedPdf {
  file: string;
  text: string;
  pages: number;
  /** Width and height of the first page in points. */
  size: { width: number; height: number };
}

export async function printToPdf(page: Page, name: string): Promise<PrintedPdf> {
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const dir = join('test-results', 'utskrift');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const [, width = '0', height = '0'] = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info) ?? [];
  return { file, text, pages, size: { width: Number(width), height: Number(height) } };
}

/** The text with all runs of white space made single spaces, for phrases that wrap. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');
