/**
 * The budget workbook (Excel): its layout, shared by the writer and the reader, the writer
 * (budgetWorkbookModel) and the reader, each in a file of its own.
 */
export * from './budget-workbook-layout';
export * from './budget-workbook-writer';
export * from './budget-workbook-reader';
