/**
 * The customer-journey model on MASON: {@link org.cjsim.journey.CustomerJourneyModel}, which builds a
 * {@link org.cjsim.journey.Run} at each start.
 *
 * <p>State: the people and who they are to the company ({@link org.cjsim.journey.Market}), the open
 * complaints ({@link org.cjsim.journey.CaseBook}), the day's conditions ({@link org.cjsim.journey.Today}),
 * what listening has learned ({@link org.cjsim.journey.Learning}). Rules, each given its collaborators when
 * built: purchase and experience ({@link org.cjsim.journey.Experience}), voice or silence ({@link
 * org.cjsim.journey.Voice}), conversion ({@link org.cjsim.journey.Conversion}), word of mouth ({@link
 * org.cjsim.journey.WordOfMouth}), churn ({@link org.cjsim.journey.Churn}), recovery after a resolution
 * ({@link org.cjsim.journey.Recovery}) and the handling of served contacts ({@link
 * org.cjsim.journey.ComplaintHandling}). Daily phases decide who acts each day (acquisition, purchases, word
 * of mouth, churn) and the day cycle closes and opens each day.
 */
package org.cjsim.journey;
