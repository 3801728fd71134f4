package org.cjsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrnVarianceRatiosTest {

    @Test
    void pairingThatBuysNothingGivesOneAndAnAntiCorrelatedPairLessThanOne() {
        assertEquals(0.5, CrnVarianceRatios.ratio(List.of(1.0, 2.0, 3.0, 4.0), List.of(4.0, 3.0, 2.0, 1.0)), 1e-12);
        assertEquals(
                Double.POSITIVE_INFINITY,
                CrnVarianceRatios.ratio(List.of(1.0, 2.0, 3.0, 4.0), List.of(0.0, 1.0, 2.0, 3.0)));
    }

    @Test
    void replicationsArePairedByIndexWhateverTheOrderOfTheRows() {
        List<String> csv = List.of(
                "scenario,replication,seed,net_contribution,revenue,nps,annual_retention",
                "baseline,0,7,1,10,1,0.5",
                "baseline,1,8,2,20,2,0.6",
                "baseline,2,9,4,30,3,0.7",
                "lean,2,9,5,30,3,0.7",
                "lean,0,7,2,10,3,0.5",
                "lean,1,8,3,20,2,0.6");
        Map<String, Map<String, Double>> r = CrnVarianceRatios.ratios(csv, "baseline");
        assertEquals(List.of("lean"), List.copyOf(r.keySet()));
        assertEquals(Double.POSITIVE_INFINITY, r.get("lean").get("net_contribution"));
        assertEquals(Double.POSITIVE_INFINITY, r.get("lean").get("revenue"));
        // nps: baseline 1, 2, 3 (variance 1), lean 3, 2, 3 (1/3); differences 2, 0, 0 (4/3).
        assertEquals((1 + 1 / 3.0) / (4 / 3.0), r.get("lean").get("nps"), 1e-12);
        String table = CrnVarianceRatios.table(r);
        assertTrue(table.startsWith("| strategy | net contribution | revenue | NPS | retention |\n"), table);
        assertTrue(table.contains("| lean | inf | inf | 1.0x | inf |"), table);
    }
}
