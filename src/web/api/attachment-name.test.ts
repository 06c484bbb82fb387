import { describe, expect, it } from 'vitest';
import { attachmentName } from './attachment-name';

describe('attachmentName', () => {
  it('takes the UTF-8 name, else the plain one, else the fallback', () => {
    expect(
      attachmentName(
        `attachment; filename="Resultatrapport 2023-08 Socialn_mnden.pdf"; filename*=UTF-8''Resultatrapport%202023-08%20Socialn%C3%A4mnden.pdf`,
        'rapport.pdf',
      ),
    ).toBe('Resultatrapport 2023-08 Socialnämnden.pdf');
    expect(attachmentName('attachment; filename="rapport.html"', 'x')).toBe('rapport.html');
    expect(attachmentName(`attachment; filename*=UTF-8''%E0%A4%A`, 'x')).toBe('x');
    expect(attachmentName(null, 'rapport.docx')).toBe('rapport.docx');
  });
});
