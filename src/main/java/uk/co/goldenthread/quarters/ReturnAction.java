package uk.co.goldenthread.quarters;

/** What a person can do to a return at its current step. */
public enum ReturnAction {
    SAVE_DRAFT, SUBMIT, APPROVE, RETURN_TO_DELIVERY, SIGN_OFF, RETURN_TO_COMMISSIONING
}
