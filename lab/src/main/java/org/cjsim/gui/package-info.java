/**
 * The interactive lab for students: MASON's Console on the customer-journey model.
 *
 * <p>{@link org.cjsim.gui.Lab} is the entry point ({@code cjsim gui}): it opens the console with the
 * Model tab of every strategy lever and the main market and customer parameters ({@link
 * org.cjsim.gui.LabSettings}), a network view of the people coloured by where they are in the journey
 * ({@link org.cjsim.gui.PersonCategory}, {@link org.cjsim.gui.NetworkLayout}), and live charts drawn with
 * JFreeChart ({@link org.cjsim.gui.LabCharts}); or it runs a number of days and saves a screenshot.
 *
 * <p>The model itself never imports {@code sim.display}: everything Swing lives here, in {@link
 * org.cjsim.gui.CustomerJourneyWithUI} and its helpers. MASON's own charting is not used (it does not
 * work with JFreeChart 1.5).
 */
package org.cjsim.gui;
