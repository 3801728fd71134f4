package org.cjsim.service;

/** Why a purchase went wrong. */
public enum IssueCause {
    /** The product or service failed: the company is at fault. */
    FAILURE,
    /** The customer was told something other than what they got: the company is at fault. */
    MISCOMMUNICATION,
    /** The customer wants something the company cannot do at all. */
    IMPOSSIBLE_REQUEST;

    /** True when the company caused the issue and can own the mistake. */
    public boolean companyAtFault() {
        return this != IMPOSSIBLE_REQUEST;
    }
}
