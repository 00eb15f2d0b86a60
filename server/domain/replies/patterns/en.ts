import type { GuardPatterns } from './types.ts';

export const en: GuardPatterns = {
  blame: [
    'you should have (read|checked|looked|measured|asked)',
    "(it'?s|it is|that'?s|that is) your (own )?fault",
    'your (own )?(fault|mistake|problem)',
    "you (didn'?t|did not|failed to) (read|check|follow|look)",
    'as (clearly )?(stated|written|described) in the (description|listing)',
    'you (obviously|clearly) (misused|broke|damaged)',
    'read the description',
  ],
  dispute: [
    'this review is (false|fake|unfair|untrue|a lie)',
    "(that'?s|that is|this is) not true",
    "we (did nothing wrong|are not responsible|can'?t be blamed)",
    'you are lying',
    'not our (fault|problem|responsibility)',
  ],
  removalDeal: [
    '(remove|delete|change|withdraw|take down) (your|the|this) (review|rating|feedback).{0,60}(refund|discount|voucher|coupon|gift|free|money|compensat)',
    '(refund|discount|voucher|coupon|gift|compensat).{0,60}(if|once|when|after) you (remove|delete|change|update|withdraw)',
    '(in exchange|in return) for (removing|deleting|changing|updating) (your|the) (review|rating)',
    'update your review to (5|five) stars',
  ],
  address: ['\\d+[a-z]? [a-z]+ (street|st\\.|road|rd\\.|avenue|ave\\.|lane)'],
  legal: ['lawyer', 'attorney', 'solicitor', 'sue you', 'lawsuit', 'legal action', '(in|to) court'],
  fraud: ['scam', 'fraud', 'rip-?off', 'swindl', 'con artist'],
  safety: [
    'caught fire',
    'on fire',
    'fire hazard',
    'a fire',
    'flames',
    'burn',
    'smoke',
    'smoking',
    'explod',
    'injur',
    'electric shock',
    'hospital',
    'overheat',
  ],
};
