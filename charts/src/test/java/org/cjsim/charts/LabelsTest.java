package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cjsim.format.UnitFormat;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricUnit;
import org.cjsim.metrics.SummaryMetric;
import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void metricsGetShortNames() {
        assertEquals("Net contribution", Labels.name(SummaryMetric.NET_CONTRIBUTION));
        assertEquals("Net Promoter Score", Labels.name(SummaryMetric.NPS));
        assertEquals("Cumulative net contribution", Labels.name(DailyMetric.CUMULATIVE_NET_CONTRIBUTION));
        assertEquals("Mean resolution time", Labels.name(DailyMetric.MEAN_RESOLUTION_DAYS));
    }

    @Test
    void axisLabelsNameUnitsTheTicksDoNotShow() {
        assertEquals("Mean resolution time (days)", Labels.axis("Mean resolution time", MetricUnit.DAYS));
        assertEquals("Revenue", Labels.axis("Revenue", MetricUnit.CURRENCY));
    }

    @Test
    void leversAreWrittenInWords() {
        assertEquals("Agents per 1000 customers", Labels.lever("strategy.agentsPer1000Customers"));
        assertEquals("Goodwill cap", Labels.lever("goodwillCap"));
        assertEquals("on", Labels.value(true));
        assertEquals("0.8", Labels.value(0.8));
        assertEquals(UnitFormat.MINUS + "10", Labels.value(-10));
        assertEquals(UnitFormat.MINUS + "2.50e-07", Labels.value(-2.5e-7));
    }

    @Test
    void namesGoLowerCaseInsideSentencesUnlessProper() {
        assertEquals("net contribution", Labels.lower("Net contribution"));
        assertEquals("Net Promoter Score", Labels.lower("Net Promoter Score"));
    }

    @Test
    void horizonsAreYearsOrDays() {
        assertEquals("3 years", Labels.horizon(1095 / 365.0));
        assertEquals("1 year", Labels.horizon(1));
        assertEquals("180 days", Labels.horizon(180 / 365.0));
        assertEquals("1 replication", Labels.replications(1));
    }
}
