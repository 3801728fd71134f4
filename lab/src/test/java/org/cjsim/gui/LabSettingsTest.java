package org.cjsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cjsim.journey.CustomerJourneyModel;
import org.cjsim.params.ParamInfo;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.junit.jupiter.api.Test;
import sim.util.Interval;
import sim.util.Properties;

class LabSettingsTest {
    private static final ScenarioParams SMALL = Lab.withLabPopulation(ScenarioParams.defaults());

    /** The properties as MASON's Model tab finds them: through {@link sim.util.Propertied}. */
    private static Properties tab(LabSettings settings) {
        return Properties.getProperties(settings);
    }

    private static Map<String, Integer> indexByName(Properties p) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < p.numProperties(); i++) {
            index.put(p.getName(i), i);
        }
        return index;
    }

    private static CustomerJourneyModel runningModel(int days) {
        CustomerJourneyModel model = new CustomerJourneyModel(SMALL, 11);
        model.start();
        while (model.daysRecorded() < days) {
            model.schedule.step(model);
        }
        return model;
    }

    @Test
    void theModelTabShowsEveryLeverWithItsRangeAndDescription() {
        LabSettings settings = new LabSettings(SMALL);
        Properties p = tab(settings);
        Map<String, Integer> index = indexByName(p);
        List<ParamInfo> levers = Params.levers();
        assertTrue(levers.size() >= 13);
        for (ParamInfo lever : levers) {
            Integer i = index.get(lever.path());
            assertTrue(i != null, lever.path() + " is missing from the Model tab");
            assertTrue(p.isReadWrite(i), lever.path());
            assertTrue(p.getDescription(i).contains(lever.description()), lever.path());
            assertTrue(p.getDescription(i).contains("takes effect from the next day"), lever.path());
            if (lever.numeric()) {
                Interval slider = assertInstanceOf(Interval.class, p.getDomain(i), lever.path());
                assertEquals(lever.min(), slider.getMin().doubleValue(), lever.path());
                double max = slider.getMax().doubleValue();
                assertTrue(max <= lever.max() && max >= lever.high(), lever.path() + " slider to " + max);
            } else {
                assertEquals(boolean.class, p.getType(i), lever.path());
            }
        }
    }

    @Test
    void theLeversComeFirstThenTheMarketAndCustomerParameters() {
        Properties p = tab(new LabSettings(SMALL));
        int levers = Params.levers().size();
        assertEquals(levers + LabSettings.SETUP_PATHS.size(), p.numProperties());
        for (int i = 0; i < levers; i++) {
            assertEquals(Params.levers().get(i).path(), p.getName(i));
        }
        assertEquals("market.population", p.getName(levers));
        assertTrue(p.getDescription(levers).contains("applies to the next run"));
    }

    @Test
    void settingALeverThroughThePropertiesChangesTheRunningModelsStrategyFromTheNextDay() {
        CustomerJourneyModel model = runningModel(3);
        LabSettings settings = new LabSettings(SMALL);
        settings.attach(model);
        Properties p = tab(settings);
        int latitude = indexByName(p).get("strategy.latitude");

        p.setValue(latitude, "0.9");

        assertEquals(0.9, model.strategy().latitude());
        assertEquals(0.9, p.getValue(latitude));
        assertEquals(0.9, settings.scenarioForNextStart().strategy().latitude());
        assertEquals(Map.of("latitude", 0.9), settings.changesByDay().get(model.day() + 1));
        model.schedule.step(model);
        assertEquals(0.9, model.strategy().latitude());
    }

    @Test
    void everyLeverCanBeSetThroughTheProperties() {
        CustomerJourneyModel model = runningModel(1);
        LabSettings settings = new LabSettings(SMALL);
        settings.attach(model);
        Properties p = tab(settings);
        Map<String, Integer> index = indexByName(p);
        for (ParamInfo lever : Params.levers()) {
            int i = index.get(lever.path());
            Object inForce;
            if (lever.type() == boolean.class) {
                boolean value = !(Boolean) Params.get(SMALL, lever.path());
                p.setValue(i, String.valueOf(value));
                inForce = Params.get(SMALL.withStrategy(model.strategy()), lever.path());
                assertEquals(value, inForce, lever.path());
            } else {
                // a value in the realistic range that differs from the default
                double value = lever.low() + (lever.high() - lever.low()) / 3;
                p.setValue(i, Double.toString(value));
                inForce = Params.get(SMALL.withStrategy(model.strategy()), lever.path());
                assertEquals(value, ((Number) inForce).doubleValue(), 1e-9, lever.path());
            }
        }
    }

    @Test
    void aMarketParameterAppliesToTheNextRunOnly() {
        CustomerJourneyModel model = runningModel(2);
        LabSettings settings = new LabSettings(SMALL);
        settings.attach(model);
        Properties p = tab(settings);

        p.setValue(indexByName(p).get("market.population"), "500");

        assertEquals(Lab.LAB_POPULATION, model.population().size);
        assertEquals(500, settings.scenarioForNextStart().market().population());
        assertEquals(SMALL.strategy(), model.strategy());
        assertTrue(settings.changesByDay().isEmpty());
    }

    @Test
    void aNumberOutsideTheRangeIsMovedToTheNearestEndAndTextIsRefused() {
        LabSettings settings = new LabSettings(SMALL);
        Properties p = tab(settings);
        int latitude = indexByName(p).get("strategy.latitude");

        assertEquals(1.0, p.setValue(latitude, "1.7"));
        assertEquals(0.0, p.setValue(latitude, "-3"));
        assertNull(p.setValue(latitude, "a lot"));
        assertEquals(0.0, settings.scenarioForNextStart().strategy().latitude());
    }

    @Test
    void aLargeRangeHasASliderUpToARoundNumberAndAnyValidValueCanBeTyped() {
        LabSettings settings = new LabSettings(SMALL);
        Properties p = tab(settings);
        int prevention = indexByName(p).get("strategy.prevention");
        Interval slider = (Interval) p.getDomain(prevention);
        assertEquals(10_000, slider.getMax().doubleValue());
        assertTrue(p.getDescription(prevention).contains("the slider goes to 10000"));

        p.setValue(prevention, "50000");

        assertEquals(50_000, settings.scenarioForNextStart().strategy().prevention());
    }

    @Test
    void theNetworkTypeIsAListOfItsChoices() {
        LabSettings settings = new LabSettings(SMALL);
        Properties p = tab(settings);
        int type = indexByName(p).get("network.type");
        List<String> choices = Params.info("network.type").orElseThrow().choices();
        assertArrayEquals(choices.toArray(), (Object[]) p.getDomain(type));
        assertEquals(int.class, p.getType(type));

        p.setValue(type, "2");

        assertEquals(2, p.getValue(type));
        assertEquals(
                choices.get(2), settings.scenarioForNextStart().network().type().label());
    }

    @Test
    void aPopulationIsAWholeNumberSlider() {
        Properties p = tab(new LabSettings(SMALL));
        int population = indexByName(p).get("market.population");
        Interval slider = (Interval) p.getDomain(population);
        assertTrue(!slider.isDouble());
        assertEquals(10L, slider.getMin());
        assertEquals(Lab.LAB_POPULATION, p.getValue(population));
    }

    @Test
    void aParameterTheTabDoesNotShowIsRejectedByName() {
        LabSettings settings = new LabSettings(SMALL);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> settings.set("service.openHour", 8.0));
        assertTrue(e.getMessage().contains("service.openHour"));
    }

    @Test
    void slidersEndOnOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertEquals(1, LabSettings.roundUp(1));
        assertEquals(2, LabSettings.roundUp(1.2));
        assertEquals(250, LabSettings.roundUp(240));
        assertEquals(500, LabSettings.roundUp(300));
        assertEquals(10_000, LabSettings.roundUp(8_000));
        assertEquals(0.5, LabSettings.roundUp(0.3), 1e-12);
    }
}
