package org.cjsim.params;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Metadata of one scenario parameter: its unit, valid range and a one-line description.
 *
 * <p>This annotation is the single source of truth for units and ranges: record constructors validate against
 * it ({@link Params#validate}), the binder checks every value given by path with it ({@link ParamBinder}),
 * the GUI builds its sliders from it and {@code docs/parameters.md} is generated from it. The Javadoc of a
 * component gives its meaning and source, never its unit or range again. Numeric ranges are closed intervals.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    /** Unit, in words a user understands: "per day", "fraction", "points (0-10)", "currency". */
    String unit();

    /** Smallest valid value (inclusive); ignored for non-numeric parameters. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest valid value (inclusive); ignored for non-numeric parameters. */
    double max() default Double.POSITIVE_INFINITY;

    /** What the parameter means, in one sentence. */
    String description();

    /** True for the company's strategy levers: shown first in the GUI and varied by sensitivity analysis. */
    boolean lever() default false;

    /** Realistic low value of a lever for sensitivity analysis; NaN means "derive from the default". */
    double low() default Double.NaN;

    /** Realistic high value of a lever for sensitivity analysis; NaN means "derive from the default". */
    double high() default Double.NaN;
}
