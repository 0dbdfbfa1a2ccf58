export { addBusinessTime, businessMinutesBetween, isBusinessTime, nextBusinessTime } from './business-time';
export { isSupportedHolidaysCode, publicHolidayDays } from './holidays';
