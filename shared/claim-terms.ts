// The words of claims, without zod, so that the buyer's widget bundle can use them and stay small.

export const problemTypes = ['cosmetic_damage', 'not_working', 'wrong_item', 'missing_part', 'late', 'other'] as const;
export type ProblemType = (typeof problemTypes)[number];

/** A problem with the item, or a request to pay in instalments (its own type, seed 003). */
export const claimKinds = ['problem', 'instalments'] as const;
export type ClaimKind = (typeof claimKinds)[number];

export const optionKinds = ['partial_refund', 'repair', 'replacement', 'return'] as const;
export type OptionKind = (typeof optionKinds)[number];

export const claimStates = ['open', 'accepted', 'countered', 'declined', 'settled'] as const;
export type ClaimState = (typeof claimStates)[number];
