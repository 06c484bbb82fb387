import type { ReportDocument } from '#domain/reports/document';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderPdf } from './pdf';
import { renderXlsx } from './xlsx';

/** The file formats a report document (the budget document, the monthly report) is made in. */
export const DOCUMENT_FORMATS = ['html', 'docx', 'pdf', 'xlsx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The formats of a report's document whose table has its CSV already (no workbook). */
export const REPORT_DOCUMENT_FORMATS = ['html', 'docx', 'pdf'] as const;
export type ReportDocumentFormat = (typeof REPORT_DOCUMENT_FORMATS)[number];

/** The media type a document's file is sent with, per format. */
export const DOCUMENT_MEDIA_TYPES: Readonly<Record<DocumentFormat, string>> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A report document rendered in a format: the file's content. */
export async function renderDocument(
  document: ReportDocument,
  format: DocumentFormat,
): Promise<string | Buffer> {
  switch (format) {
    case 'html':
      return renderHtml(document);
    case 'docx':
      return renderDocx(document);
    case 'pdf':
      return renderPdf(document);
    case 'xlsx':
      return renderXlsx(document);
  }
}
