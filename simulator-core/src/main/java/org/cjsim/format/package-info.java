/**
 * Numbers as text: {@link org.cjsim.format.UnitFormat} for people (tables, charts, messages), one rule per
 * unit; {@link org.cjsim.format.FileNumbers} for files that programs read back.
 */
package org.cjsim.format;
