import type { Rule } from '../context';
import { cellFormula } from './cell-formula';
import { columnMissing } from './column-missing';
import { deadlineEmpty } from './deadline-empty';
import { deadlineOutsideYear } from './deadline-outside-year';
import { deadlinePassed } from './deadline-passed';
import { deadlineUnreadable } from './deadline-unreadable';
import { fixedTextChanged } from './fixed-text-changed';
import { indicatorBehindPace } from './indicator-behind-pace';
import { indicatorCumulativeBelowQuarter } from './indicator-cumulative-below-quarter';
import { indicatorCumulativeFell } from './indicator-cumulative-fell';
import { indicatorEmpty } from './indicator-empty';
import { indicatorFarAboveTarget } from './indicator-far-above-target';
import { indicatorNegative } from './indicator-negative';
import { indicatorNotNumber } from './indicator-not-number';
import { indicatorRateOver100 } from './indicator-rate-over-100';
import { indicatorSheetMissing } from './indicator-sheet-missing';
import { indicatorTextMismatch } from './indicator-text-mismatch';
import { itemDuplicated } from './item-duplicated';
import { itemMissing } from './item-missing';
import { itemUnknown } from './item-unknown';
import { otherUnitRowFilled } from './other-unit-row-filled';
import { progressEmpty } from './progress-empty';
import { progressPlaceholder } from './progress-placeholder';
import { progressTooLong } from './progress-too-long';
import { progressTooShort } from './progress-too-short';
import { quarterMismatch } from './quarter-mismatch';
import { quarterMissing } from './quarter-missing';
import { sheetTruncated } from './sheet-truncated';
import { tableNotFound } from './table-not-found';
import { templateVersionDiffers } from './template-version-differs';
import { textFormulaLike } from './text-formula-like';
import { textOuterSpaces } from './text-outer-spaces';
import { unitMissing } from './unit-missing';
import { unitUnknown } from './unit-unknown';
import { yearMismatch } from './year-mismatch';

/** Every rule, by group (structure, identity, completeness, 完成时限, targets, hygiene). Order does not matter: findings are sorted. */
export const RULES: readonly Rule[] = [
  tableNotFound,
  columnMissing,
  itemMissing,
  itemUnknown,
  itemDuplicated,
  fixedTextChanged,
  unitMissing,
  unitUnknown,
  quarterMissing,
  quarterMismatch,
  yearMismatch,
  templateVersionDiffers,
  progressEmpty,
  progressPlaceholder,
  progressTooShort,
  progressTooLong,
  otherUnitRowFilled,
  deadlineEmpty,
  deadlineUnreadable,
  deadlineOutsideYear,
  deadlinePassed,
  indicatorSheetMissing,
  indicatorEmpty,
  indicatorNotNumber,
  indicatorNegative,
  indicatorRateOver100,
  indicatorCumulativeBelowQuarter,
  indicatorCumulativeFell,
  indicatorBehindPace,
  indicatorFarAboveTarget,
  indicatorTextMismatch,
  cellFormula,
  textFormulaLike,
  sheetTruncated,
  textOuterSpaces,
];
