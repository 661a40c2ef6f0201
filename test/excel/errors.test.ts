import { officeErrorMessage, isKnownOfficeError } from '../../src/excel/errors';

describe('officeErrorMessage', () => {
  it('maps InvalidOperationInCellEditMode to a sentence in Chinese and in English', () => {
    const e = { code: 'InvalidOperationInCellEditMode', message: 'RichApi.Error: internal detail' };
    expect(officeErrorMessage(e)).toBe('Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。');
    expect(officeErrorMessage(e, 'en-US')).toBe('Excel is editing a cell. Press Enter or Esc to finish editing, then try again.');
    expect(isKnownOfficeError(e)).toBe(true);
  });

  it('never shows the raw message of an unknown error', () => {
    for (const e of [{ code: 'SomethingNew', message: 'secret' }, new TypeError('secret'), 'secret', null]) {
      expect(officeErrorMessage(e)).not.toContain('secret');
      expect(officeErrorMessage(e, 'en-US')).toContain('did not complete');
    }
  });

  it('maps the payload limit of Excel on the web', () => {
    expect(officeErrorMessage({ code: 'RequestPayloadSizeLimitExceeded' })).toContain('分批');
  });
});
